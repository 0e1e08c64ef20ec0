from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.classifications import Classifications
    from ..models.invoice_customer import InvoiceCustomer
    from ..models.invoice_line_item_change import InvoiceLineItemChange


T = TypeVar("T", bound="InvoiceUpdate")


@_attrs_define
class InvoiceUpdate:
    customer: InvoiceCustomer | Unset = UNSET
    """ The customer the invoice is for: either the `id` of an existing customer, or a `name` and `email` from which
    BILL creates the customer. """
    invoice_number: str | Unset = UNSET
    invoice_date: datetime.date | Unset = UNSET
    due_date: datetime.date | Unset = UNSET
    invoice_line_items: list[InvoiceLineItemChange] | Unset = UNSET
    pay_to_chart_of_account_id: str | Unset = UNSET
    classifications: Classifications | Unset = UNSET
    """ General-ledger tags of a bill, invoice, credit or line item. """
    sales_tax_item_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        invoice_number = self.invoice_number

        invoice_date: str | Unset = UNSET
        if not isinstance(self.invoice_date, Unset):
            invoice_date = self.invoice_date.isoformat()

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()

        invoice_line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoice_line_items, Unset):
            invoice_line_items = []
            for invoice_line_items_item_data in self.invoice_line_items:
                invoice_line_items_item = invoice_line_items_item_data.to_dict()
                invoice_line_items.append(invoice_line_items_item)

        pay_to_chart_of_account_id = self.pay_to_chart_of_account_id

        classifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.classifications, Unset):
            classifications = self.classifications.to_dict()

        sales_tax_item_id = self.sales_tax_item_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if customer is not UNSET:
            field_dict["customer"] = customer
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number
        if invoice_date is not UNSET:
            field_dict["invoiceDate"] = invoice_date
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if invoice_line_items is not UNSET:
            field_dict["invoiceLineItems"] = invoice_line_items
        if pay_to_chart_of_account_id is not UNSET:
            field_dict["payToChartOfAccountId"] = pay_to_chart_of_account_id
        if classifications is not UNSET:
            field_dict["classifications"] = classifications
        if sales_tax_item_id is not UNSET:
            field_dict["salesTaxItemId"] = sales_tax_item_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.classifications import Classifications  # noqa: PLC0415
        from ..models.invoice_customer import InvoiceCustomer  # noqa: PLC0415
        from ..models.invoice_line_item_change import InvoiceLineItemChange  # noqa: PLC0415

        d = dict(src_dict)
        _customer = d.pop("customer", UNSET)
        customer: InvoiceCustomer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = InvoiceCustomer.from_dict(_customer)

        invoice_number = d.pop("invoiceNumber", UNSET)

        _invoice_date = d.pop("invoiceDate", UNSET)
        invoice_date: datetime.date | Unset
        if isinstance(_invoice_date, Unset):
            invoice_date = UNSET
        else:
            invoice_date = datetime.date.fromisoformat(_invoice_date)

        _due_date = d.pop("dueDate", UNSET)
        due_date: datetime.date | Unset
        if isinstance(_due_date, Unset):
            due_date = UNSET
        else:
            due_date = datetime.date.fromisoformat(_due_date)

        _invoice_line_items = d.pop("invoiceLineItems", UNSET)
        invoice_line_items: list[InvoiceLineItemChange] | Unset = UNSET
        if _invoice_line_items is not UNSET:
            invoice_line_items = []
            for invoice_line_items_item_data in _invoice_line_items:
                invoice_line_items_item = InvoiceLineItemChange.from_dict(invoice_line_items_item_data)

                invoice_line_items.append(invoice_line_items_item)

        pay_to_chart_of_account_id = d.pop("payToChartOfAccountId", UNSET)

        _classifications = d.pop("classifications", UNSET)
        classifications: Classifications | Unset
        if isinstance(_classifications, Unset):
            classifications = UNSET
        else:
            classifications = Classifications.from_dict(_classifications)

        sales_tax_item_id = d.pop("salesTaxItemId", UNSET)

        invoice_update = cls(
            customer=customer,
            invoice_number=invoice_number,
            invoice_date=invoice_date,
            due_date=due_date,
            invoice_line_items=invoice_line_items,
            pay_to_chart_of_account_id=pay_to_chart_of_account_id,
            classifications=classifications,
            sales_tax_item_id=sales_tax_item_id,
        )

        return invoice_update
