from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.classifications import Classifications
    from ..models.invoice_line_item import InvoiceLineItem
    from ..models.invoice_payment import InvoicePayment


T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    id: str
    archived: bool | Unset = UNSET
    invoice_number: str | Unset = UNSET
    invoice_date: datetime.date | Unset = UNSET
    due_date: datetime.date | Unset = UNSET
    customer_id: str | Unset = UNSET
    total_amount: float | Unset = UNSET
    """ The sum of the lines. """
    due_amount: float | Unset = UNSET
    """ What the customer still owes """
    scheduled_amount: float | Unset = UNSET
    credit_amount: float | Unset = UNSET
    """ The part of the total covered by credit memos. """
    status: str | Unset = UNSET
    """ OPEN, SCHEDULED, PARTIAL_PAYMENT or PAID_IN_FULL. """
    exchange_rate: float | Unset = UNSET
    invoice_line_items: list[InvoiceLineItem] | Unset = UNSET
    pay_to_chart_of_account_id: str | Unset = UNSET
    payments: list[InvoicePayment] | Unset = UNSET
    classifications: Classifications | Unset = UNSET
    """ General-ledger tags of a bill, invoice, credit or line item. """
    sales_tax_item_id: str | Unset = UNSET
    sales_tax_total: float | Unset = UNSET
    sales_tax_percentage: float | Unset = UNSET
    enable_card_payment: bool | Unset = UNSET
    invoice_pdf_id: str | Unset = UNSET
    created_time: datetime.datetime | Unset = UNSET
    updated_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        archived = self.archived

        invoice_number = self.invoice_number

        invoice_date: str | Unset = UNSET
        if not isinstance(self.invoice_date, Unset):
            invoice_date = self.invoice_date.isoformat()

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()

        customer_id = self.customer_id

        total_amount = self.total_amount

        due_amount = self.due_amount

        scheduled_amount = self.scheduled_amount

        credit_amount = self.credit_amount

        status = self.status

        exchange_rate = self.exchange_rate

        invoice_line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoice_line_items, Unset):
            invoice_line_items = []
            for invoice_line_items_item_data in self.invoice_line_items:
                invoice_line_items_item = invoice_line_items_item_data.to_dict()
                invoice_line_items.append(invoice_line_items_item)

        pay_to_chart_of_account_id = self.pay_to_chart_of_account_id

        payments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payments, Unset):
            payments = []
            for payments_item_data in self.payments:
                payments_item = payments_item_data.to_dict()
                payments.append(payments_item)

        classifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.classifications, Unset):
            classifications = self.classifications.to_dict()

        sales_tax_item_id = self.sales_tax_item_id

        sales_tax_total = self.sales_tax_total

        sales_tax_percentage = self.sales_tax_percentage

        enable_card_payment = self.enable_card_payment

        invoice_pdf_id = self.invoice_pdf_id

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        updated_time: str | Unset = UNSET
        if not isinstance(self.updated_time, Unset):
            updated_time = self.updated_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if archived is not UNSET:
            field_dict["archived"] = archived
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number
        if invoice_date is not UNSET:
            field_dict["invoiceDate"] = invoice_date
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount
        if due_amount is not UNSET:
            field_dict["dueAmount"] = due_amount
        if scheduled_amount is not UNSET:
            field_dict["scheduledAmount"] = scheduled_amount
        if credit_amount is not UNSET:
            field_dict["creditAmount"] = credit_amount
        if status is not UNSET:
            field_dict["status"] = status
        if exchange_rate is not UNSET:
            field_dict["exchangeRate"] = exchange_rate
        if invoice_line_items is not UNSET:
            field_dict["invoiceLineItems"] = invoice_line_items
        if pay_to_chart_of_account_id is not UNSET:
            field_dict["payToChartOfAccountId"] = pay_to_chart_of_account_id
        if payments is not UNSET:
            field_dict["payments"] = payments
        if classifications is not UNSET:
            field_dict["classifications"] = classifications
        if sales_tax_item_id is not UNSET:
            field_dict["salesTaxItemId"] = sales_tax_item_id
        if sales_tax_total is not UNSET:
            field_dict["salesTaxTotal"] = sales_tax_total
        if sales_tax_percentage is not UNSET:
            field_dict["salesTaxPercentage"] = sales_tax_percentage
        if enable_card_payment is not UNSET:
            field_dict["enableCardPayment"] = enable_card_payment
        if invoice_pdf_id is not UNSET:
            field_dict["invoicePdfId"] = invoice_pdf_id
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.classifications import Classifications  # noqa: PLC0415
        from ..models.invoice_line_item import InvoiceLineItem  # noqa: PLC0415
        from ..models.invoice_payment import InvoicePayment  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        archived = d.pop("archived", UNSET)

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

        customer_id = d.pop("customerId", UNSET)

        total_amount = d.pop("totalAmount", UNSET)

        due_amount = d.pop("dueAmount", UNSET)

        scheduled_amount = d.pop("scheduledAmount", UNSET)

        credit_amount = d.pop("creditAmount", UNSET)

        status = d.pop("status", UNSET)

        exchange_rate = d.pop("exchangeRate", UNSET)

        _invoice_line_items = d.pop("invoiceLineItems", UNSET)
        invoice_line_items: list[InvoiceLineItem] | Unset = UNSET
        if _invoice_line_items is not UNSET:
            invoice_line_items = []
            for invoice_line_items_item_data in _invoice_line_items:
                invoice_line_items_item = InvoiceLineItem.from_dict(invoice_line_items_item_data)

                invoice_line_items.append(invoice_line_items_item)

        pay_to_chart_of_account_id = d.pop("payToChartOfAccountId", UNSET)

        _payments = d.pop("payments", UNSET)
        payments: list[InvoicePayment] | Unset = UNSET
        if _payments is not UNSET:
            payments = []
            for payments_item_data in _payments:
                payments_item = InvoicePayment.from_dict(payments_item_data)

                payments.append(payments_item)

        _classifications = d.pop("classifications", UNSET)
        classifications: Classifications | Unset
        if isinstance(_classifications, Unset):
            classifications = UNSET
        else:
            classifications = Classifications.from_dict(_classifications)

        sales_tax_item_id = d.pop("salesTaxItemId", UNSET)

        sales_tax_total = d.pop("salesTaxTotal", UNSET)

        sales_tax_percentage = d.pop("salesTaxPercentage", UNSET)

        enable_card_payment = d.pop("enableCardPayment", UNSET)

        invoice_pdf_id = d.pop("invoicePdfId", UNSET)

        _created_time = d.pop("createdTime", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = datetime.datetime.fromisoformat(_created_time)

        _updated_time = d.pop("updatedTime", UNSET)
        updated_time: datetime.datetime | Unset
        if isinstance(_updated_time, Unset):
            updated_time = UNSET
        else:
            updated_time = datetime.datetime.fromisoformat(_updated_time)

        invoice = cls(
            id=id,
            archived=archived,
            invoice_number=invoice_number,
            invoice_date=invoice_date,
            due_date=due_date,
            customer_id=customer_id,
            total_amount=total_amount,
            due_amount=due_amount,
            scheduled_amount=scheduled_amount,
            credit_amount=credit_amount,
            status=status,
            exchange_rate=exchange_rate,
            invoice_line_items=invoice_line_items,
            pay_to_chart_of_account_id=pay_to_chart_of_account_id,
            payments=payments,
            classifications=classifications,
            sales_tax_item_id=sales_tax_item_id,
            sales_tax_total=sales_tax_total,
            sales_tax_percentage=sales_tax_percentage,
            enable_card_payment=enable_card_payment,
            invoice_pdf_id=invoice_pdf_id,
            created_time=created_time,
            updated_time=updated_time,
        )

        invoice.additional_properties = d
        return invoice

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
