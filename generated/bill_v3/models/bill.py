from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ap_classifications import ApClassifications
    from ..models.bill_approver import BillApprover
    from ..models.bill_invoice import BillInvoice
    from ..models.bill_line_item import BillLineItem


T = TypeVar("T", bound="Bill")


@_attrs_define
class Bill:
    id: str
    archived: bool | Unset = UNSET
    vendor_id: str | Unset = UNSET
    vendor_name: str | Unset = UNSET
    amount: float | Unset = UNSET
    """ The sum of the bill's lines. """
    paid_amount: float | Unset = UNSET
    due_amount: float | Unset = UNSET
    """ What is still open after payments and credits. """
    scheduled_amount: float | Unset = UNSET
    credit_amount: float | Unset = UNSET
    """ The part of the bill settled with vendor credits. """
    description: str | Unset = UNSET
    due_date: datetime.date | Unset = UNSET
    invoice: BillInvoice | Unset = UNSET
    bill_line_items: list[BillLineItem] | Unset = UNSET
    purchase_order_number: str | Unset = UNSET
    pay_from_chart_of_account_id: str | Unset = UNSET
    classifications: ApClassifications | Unset = UNSET
    """ The general-ledger tags of a line as BILL returns them. """
    payment_status: str | Unset = UNSET
    """ UNPAID, PARTIAL or PAID as payments arrive; SCHEDULED while a payment is pending. """
    approval_status: str | Unset = UNSET
    """ Where the bill stands in its approval, for example ASSIGNED or APPROVED. """
    approvers: list[BillApprover] | Unset = UNSET
    created_time: datetime.datetime | Unset = UNSET
    updated_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        archived = self.archived

        vendor_id = self.vendor_id

        vendor_name = self.vendor_name

        amount = self.amount

        paid_amount = self.paid_amount

        due_amount = self.due_amount

        scheduled_amount = self.scheduled_amount

        credit_amount = self.credit_amount

        description = self.description

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

        purchase_order_number = self.purchase_order_number

        pay_from_chart_of_account_id = self.pay_from_chart_of_account_id

        classifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.classifications, Unset):
            classifications = self.classifications.to_dict()

        payment_status = self.payment_status

        approval_status = self.approval_status

        approvers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.approvers, Unset):
            approvers = []
            for approvers_item_data in self.approvers:
                approvers_item = approvers_item_data.to_dict()
                approvers.append(approvers_item)

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
        if vendor_id is not UNSET:
            field_dict["vendorId"] = vendor_id
        if vendor_name is not UNSET:
            field_dict["vendorName"] = vendor_name
        if amount is not UNSET:
            field_dict["amount"] = amount
        if paid_amount is not UNSET:
            field_dict["paidAmount"] = paid_amount
        if due_amount is not UNSET:
            field_dict["dueAmount"] = due_amount
        if scheduled_amount is not UNSET:
            field_dict["scheduledAmount"] = scheduled_amount
        if credit_amount is not UNSET:
            field_dict["creditAmount"] = credit_amount
        if description is not UNSET:
            field_dict["description"] = description
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if invoice is not UNSET:
            field_dict["invoice"] = invoice
        if bill_line_items is not UNSET:
            field_dict["billLineItems"] = bill_line_items
        if purchase_order_number is not UNSET:
            field_dict["purchaseOrderNumber"] = purchase_order_number
        if pay_from_chart_of_account_id is not UNSET:
            field_dict["payFromChartOfAccountId"] = pay_from_chart_of_account_id
        if classifications is not UNSET:
            field_dict["classifications"] = classifications
        if payment_status is not UNSET:
            field_dict["paymentStatus"] = payment_status
        if approval_status is not UNSET:
            field_dict["approvalStatus"] = approval_status
        if approvers is not UNSET:
            field_dict["approvers"] = approvers
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ap_classifications import ApClassifications  # noqa: PLC0415
        from ..models.bill_approver import BillApprover  # noqa: PLC0415
        from ..models.bill_invoice import BillInvoice  # noqa: PLC0415
        from ..models.bill_line_item import BillLineItem  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        archived = d.pop("archived", UNSET)

        vendor_id = d.pop("vendorId", UNSET)

        vendor_name = d.pop("vendorName", UNSET)

        amount = d.pop("amount", UNSET)

        paid_amount = d.pop("paidAmount", UNSET)

        due_amount = d.pop("dueAmount", UNSET)

        scheduled_amount = d.pop("scheduledAmount", UNSET)

        credit_amount = d.pop("creditAmount", UNSET)

        description = d.pop("description", UNSET)

        _due_date = d.pop("dueDate", UNSET)
        due_date: datetime.date | Unset
        if isinstance(_due_date, Unset):
            due_date = UNSET
        else:
            due_date = datetime.date.fromisoformat(_due_date)

        _invoice = d.pop("invoice", UNSET)
        invoice: BillInvoice | Unset
        if isinstance(_invoice, Unset):
            invoice = UNSET
        else:
            invoice = BillInvoice.from_dict(_invoice)

        _bill_line_items = d.pop("billLineItems", UNSET)
        bill_line_items: list[BillLineItem] | Unset = UNSET
        if _bill_line_items is not UNSET:
            bill_line_items = []
            for bill_line_items_item_data in _bill_line_items:
                bill_line_items_item = BillLineItem.from_dict(bill_line_items_item_data)

                bill_line_items.append(bill_line_items_item)

        purchase_order_number = d.pop("purchaseOrderNumber", UNSET)

        pay_from_chart_of_account_id = d.pop("payFromChartOfAccountId", UNSET)

        _classifications = d.pop("classifications", UNSET)
        classifications: ApClassifications | Unset
        if isinstance(_classifications, Unset):
            classifications = UNSET
        else:
            classifications = ApClassifications.from_dict(_classifications)

        payment_status = d.pop("paymentStatus", UNSET)

        approval_status = d.pop("approvalStatus", UNSET)

        _approvers = d.pop("approvers", UNSET)
        approvers: list[BillApprover] | Unset = UNSET
        if _approvers is not UNSET:
            approvers = []
            for approvers_item_data in _approvers:
                approvers_item = BillApprover.from_dict(approvers_item_data)

                approvers.append(approvers_item)

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

        bill = cls(
            id=id,
            archived=archived,
            vendor_id=vendor_id,
            vendor_name=vendor_name,
            amount=amount,
            paid_amount=paid_amount,
            due_amount=due_amount,
            scheduled_amount=scheduled_amount,
            credit_amount=credit_amount,
            description=description,
            due_date=due_date,
            invoice=invoice,
            bill_line_items=bill_line_items,
            purchase_order_number=purchase_order_number,
            pay_from_chart_of_account_id=pay_from_chart_of_account_id,
            classifications=classifications,
            payment_status=payment_status,
            approval_status=approval_status,
            approvers=approvers,
            created_time=created_time,
            updated_time=updated_time,
        )

        bill.additional_properties = d
        return bill

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
