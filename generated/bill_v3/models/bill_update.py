from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bill_invoice_input import BillInvoiceInput
    from ..models.bill_line_item_change import BillLineItemChange
    from ..models.classifications import Classifications


T = TypeVar("T", bound="BillUpdate")


@_attrs_define
class BillUpdate:
    vendor_id: str | Unset = UNSET
    """ BILL vendor id (prefix `009`). """
    due_date: datetime.date | Unset = UNSET
    invoice: BillInvoiceInput | Unset = UNSET
    """ The vendor's own invoice that this bill records. """
    bill_line_items: list[BillLineItemChange] | Unset = UNSET
    description: str | Unset = UNSET
    purchase_order_number: str | Unset = UNSET
    pay_from_chart_of_account_id: str | Unset = UNSET
    """ A general-ledger account id (prefix `0ca`). """
    classifications: Classifications | Unset = UNSET
    """ General-ledger tags of a bill, invoice, credit or line item. """

    def to_dict(self) -> dict[str, Any]:
        vendor_id = self.vendor_id

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()

        invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice, Unset):
            invoice = self.invoice.to_dict()

        bill_line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bill_line_items, Unset):
            bill_line_items = []
            for bill_line_items_item_data in self.bill_line_items:
                bill_line_items_item = bill_line_items_item_data.to_dict()
                bill_line_items.append(bill_line_items_item)

        description = self.description

        purchase_order_number = self.purchase_order_number

        pay_from_chart_of_account_id = self.pay_from_chart_of_account_id

        classifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.classifications, Unset):
            classifications = self.classifications.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if vendor_id is not UNSET:
            field_dict["vendorId"] = vendor_id
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if invoice is not UNSET:
            field_dict["invoice"] = invoice
        if bill_line_items is not UNSET:
            field_dict["billLineItems"] = bill_line_items
        if description is not UNSET:
            field_dict["description"] = description
        if purchase_order_number is not UNSET:
            field_dict["purchaseOrderNumber"] = purchase_order_number
        if pay_from_chart_of_account_id is not UNSET:
            field_dict["payFromChartOfAccountId"] = pay_from_chart_of_account_id
        if classifications is not UNSET:
            field_dict["classifications"] = classifications

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bill_invoice_input import BillInvoiceInput  # noqa: PLC0415
        from ..models.bill_line_item_change import BillLineItemChange  # noqa: PLC0415
        from ..models.classifications import Classifications  # noqa: PLC0415

        d = dict(src_dict)
        vendor_id = d.pop("vendorId", UNSET)

        _due_date = d.pop("dueDate", UNSET)
        due_date: datetime.date | Unset
        if isinstance(_due_date, Unset):
            due_date = UNSET
        else:
            due_date = datetime.date.fromisoformat(_due_date)

        _invoice = d.pop("invoice", UNSET)
        invoice: BillInvoiceInput | Unset
        if isinstance(_invoice, Unset):
            invoice = UNSET
        else:
            invoice = BillInvoiceInput.from_dict(_invoice)

        _bill_line_items = d.pop("billLineItems", UNSET)
        bill_line_items: list[BillLineItemChange] | Unset = UNSET
        if _bill_line_items is not UNSET:
            bill_line_items = []
            for bill_line_items_item_data in _bill_line_items:
                bill_line_items_item = BillLineItemChange.from_dict(bill_line_items_item_data)

                bill_line_items.append(bill_line_items_item)

        description = d.pop("description", UNSET)

        purchase_order_number = d.pop("purchaseOrderNumber", UNSET)

        pay_from_chart_of_account_id = d.pop("payFromChartOfAccountId", UNSET)

        _classifications = d.pop("classifications", UNSET)
        classifications: Classifications | Unset
        if isinstance(_classifications, Unset):
            classifications = UNSET
        else:
            classifications = Classifications.from_dict(_classifications)

        bill_update = cls(
            vendor_id=vendor_id,
            due_date=due_date,
            invoice=invoice,
            bill_line_items=bill_line_items,
            description=description,
            purchase_order_number=purchase_order_number,
            pay_from_chart_of_account_id=pay_from_chart_of_account_id,
            classifications=classifications,
        )

        return bill_update
