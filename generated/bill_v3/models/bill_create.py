from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bill_invoice_input import BillInvoiceInput
    from ..models.bill_line_item_create import BillLineItemCreate
    from ..models.bill_vendor_credit_input import BillVendorCreditInput
    from ..models.classifications import Classifications


T = TypeVar("T", bound="BillCreate")


@_attrs_define
class BillCreate:
    vendor_id: str
    """ BILL vendor id (prefix `009`). """
    due_date: datetime.date
    invoice: BillInvoiceInput
    """ The vendor's own invoice that this bill records. """
    bill_line_items: list[BillLineItemCreate]
    description: str | Unset = UNSET
    purchase_order_number: str | Unset = UNSET
    pay_from_chart_of_account_id: str | Unset = UNSET
    """ A general-ledger account id (prefix `0ca`). """
    classifications: Classifications | Unset = UNSET
    """ General-ledger tags of a bill, invoice, credit or line item. """
    vendor_credits: list[BillVendorCreditInput] | Unset = UNSET
    """ Credits of the same vendor that settle part of the bill. Each must have that much left, and together they
    cannot exceed the bill's amount. """

    def to_dict(self) -> dict[str, Any]:
        vendor_id = self.vendor_id

        due_date = self.due_date.isoformat()

        invoice = self.invoice.to_dict()

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

        vendor_credits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vendor_credits, Unset):
            vendor_credits = []
            for vendor_credits_item_data in self.vendor_credits:
                vendor_credits_item = vendor_credits_item_data.to_dict()
                vendor_credits.append(vendor_credits_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "vendorId": vendor_id,
                "dueDate": due_date,
                "invoice": invoice,
                "billLineItems": bill_line_items,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if purchase_order_number is not UNSET:
            field_dict["purchaseOrderNumber"] = purchase_order_number
        if pay_from_chart_of_account_id is not UNSET:
            field_dict["payFromChartOfAccountId"] = pay_from_chart_of_account_id
        if classifications is not UNSET:
            field_dict["classifications"] = classifications
        if vendor_credits is not UNSET:
            field_dict["vendorCredits"] = vendor_credits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bill_invoice_input import BillInvoiceInput  # noqa: PLC0415
        from ..models.bill_line_item_create import BillLineItemCreate  # noqa: PLC0415
        from ..models.bill_vendor_credit_input import BillVendorCreditInput  # noqa: PLC0415
        from ..models.classifications import Classifications  # noqa: PLC0415

        d = dict(src_dict)
        vendor_id = d.pop("vendorId")

        due_date = datetime.date.fromisoformat(d.pop("dueDate"))

        invoice = BillInvoiceInput.from_dict(d.pop("invoice"))

        bill_line_items = []
        _bill_line_items = d.pop("billLineItems")
        for bill_line_items_item_data in _bill_line_items:
            bill_line_items_item = BillLineItemCreate.from_dict(bill_line_items_item_data)

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

        _vendor_credits = d.pop("vendorCredits", UNSET)
        vendor_credits: list[BillVendorCreditInput] | Unset = UNSET
        if _vendor_credits is not UNSET:
            vendor_credits = []
            for vendor_credits_item_data in _vendor_credits:
                vendor_credits_item = BillVendorCreditInput.from_dict(vendor_credits_item_data)

                vendor_credits.append(vendor_credits_item)

        bill_create = cls(
            vendor_id=vendor_id,
            due_date=due_date,
            invoice=invoice,
            bill_line_items=bill_line_items,
            description=description,
            purchase_order_number=purchase_order_number,
            pay_from_chart_of_account_id=pay_from_chart_of_account_id,
            classifications=classifications,
            vendor_credits=vendor_credits,
        )

        return bill_create
