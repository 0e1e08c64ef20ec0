from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bill_active_flag import BillActiveFlag
from ..models.bill_approval_status import BillApprovalStatus
from ..models.bill_entity import BillEntity
from ..models.bill_payment_status import BillPaymentStatus
from ..models.bill_source import BillSource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bill_expense_summary import BillExpenseSummary
    from ..models.bill_item_summary import BillItemSummary
    from ..models.bill_line_item import BillLineItem


T = TypeVar("T", bound="Bill")


@_attrs_define
class Bill:
    """A bill (accounts payable) as BILL returns it."""

    entity: BillEntity
    id: str
    is_active: BillActiveFlag | Unset = UNSET
    """ Like ActiveFlag, plus the draft states bills have: "1" active, "2" inactive, "5" draft, "6" deleted draft.
    """
    vendor_id: str | Unset = UNSET
    invoice_number: str | Unset = UNSET
    approval_status: BillApprovalStatus | Unset = UNSET
    """ 0 unassigned, 1 assigned, 3 approved, 4 approving, 5 denied. """
    invoice_date: datetime.date | Unset = UNSET
    due_date: datetime.date | Unset = UNSET
    gl_posting_date: datetime.date | Unset = UNSET
    amount: float | Unset = UNSET
    """ The bill's total. """
    local_amount: float | Unset = UNSET
    """ The total in the organization's currency. """
    exchange_rate: float | Unset = UNSET
    scheduled_amount: float | Unset = UNSET
    paid_amount: float | Unset = UNSET
    due_amount: float | Unset = UNSET
    payment_status: BillPaymentStatus | Unset = UNSET
    """ 0 paid in full, 1 open, 2 partly paid, 4 scheduled, 6 in process. """
    description: str | Unset = UNSET
    po_number: str | Unset = UNSET
    created_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    updated_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    pay_from_bank_account_id: str | Unset = UNSET
    """ Only for some BILL partners. """
    pay_from_chart_of_account_id: str | Unset = UNSET
    """ Only for some BILL partners. """
    payment_term_id: str | Unset = UNSET
    has_auto_pay: bool | Unset = UNSET
    e_bill_created: bool | Unset = UNSET
    invoice_product_id: str | Unset = UNSET
    chart_of_account_id: str | Unset = UNSET
    department_id: str | Unset = UNSET
    location_id: str | Unset = UNSET
    actg_class_id: str | Unset = UNSET
    """ Classes belong on the lines; BILL expects it there. """
    source: BillSource | Unset = UNSET
    """ Where the bill came from: 0 default, 1 pay-a-vendor, 2 simple basic, 3 Paymentus. """
    use_bill_desc: bool | Unset = UNSET
    """ Use the bill's description for its expense lines. """
    default_invoice_number: bool | Unset = UNSET
    """ The invoice number defaulted to the invoice date. """
    is_auto_saved: bool | Unset = UNSET
    bill_template_id: str | Unset = UNSET
    num_appr_policy_ex: str | Unset = UNSET
    """ How many approval-policy exceptions the bill has. """
    has_linked_purchase_orders: bool | Unset = UNSET
    multiple_bill_line_items: bool | Unset = UNSET
    item: BillItemSummary | Unset = UNSET
    """ Count and total of the item lines. """
    expense: BillExpenseSummary | Unset = UNSET
    """ Count and total of the expense lines. """
    bill_line_items: list[BillLineItem] | Unset = UNSET
    """ Present when the list asks for nested records, and on Read. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

        vendor_id = self.vendor_id

        invoice_number = self.invoice_number

        approval_status: str | Unset = UNSET
        if not isinstance(self.approval_status, Unset):
            approval_status = self.approval_status.value

        invoice_date: str | Unset = UNSET
        if not isinstance(self.invoice_date, Unset):
            invoice_date = self.invoice_date.isoformat()

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()

        gl_posting_date: str | Unset = UNSET
        if not isinstance(self.gl_posting_date, Unset):
            gl_posting_date = self.gl_posting_date.isoformat()

        amount = self.amount

        local_amount = self.local_amount

        exchange_rate = self.exchange_rate

        scheduled_amount = self.scheduled_amount

        paid_amount = self.paid_amount

        due_amount = self.due_amount

        payment_status: str | Unset = UNSET
        if not isinstance(self.payment_status, Unset):
            payment_status = self.payment_status.value

        description = self.description

        po_number = self.po_number

        created_time = self.created_time

        updated_time = self.updated_time

        pay_from_bank_account_id = self.pay_from_bank_account_id

        pay_from_chart_of_account_id = self.pay_from_chart_of_account_id

        payment_term_id = self.payment_term_id

        has_auto_pay = self.has_auto_pay

        e_bill_created = self.e_bill_created

        invoice_product_id = self.invoice_product_id

        chart_of_account_id = self.chart_of_account_id

        department_id = self.department_id

        location_id = self.location_id

        actg_class_id = self.actg_class_id

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        use_bill_desc = self.use_bill_desc

        default_invoice_number = self.default_invoice_number

        is_auto_saved = self.is_auto_saved

        bill_template_id = self.bill_template_id

        num_appr_policy_ex = self.num_appr_policy_ex

        has_linked_purchase_orders = self.has_linked_purchase_orders

        multiple_bill_line_items = self.multiple_bill_line_items

        item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item, Unset):
            item = self.item.to_dict()

        expense: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense, Unset):
            expense = self.expense.to_dict()

        bill_line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bill_line_items, Unset):
            bill_line_items = []
            for bill_line_items_item_data in self.bill_line_items:
                bill_line_items_item = bill_line_items_item_data.to_dict()
                bill_line_items.append(bill_line_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity": entity,
                "id": id,
            }
        )
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if vendor_id is not UNSET:
            field_dict["vendorId"] = vendor_id
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number
        if approval_status is not UNSET:
            field_dict["approvalStatus"] = approval_status
        if invoice_date is not UNSET:
            field_dict["invoiceDate"] = invoice_date
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if gl_posting_date is not UNSET:
            field_dict["glPostingDate"] = gl_posting_date
        if amount is not UNSET:
            field_dict["amount"] = amount
        if local_amount is not UNSET:
            field_dict["localAmount"] = local_amount
        if exchange_rate is not UNSET:
            field_dict["exchangeRate"] = exchange_rate
        if scheduled_amount is not UNSET:
            field_dict["scheduledAmount"] = scheduled_amount
        if paid_amount is not UNSET:
            field_dict["paidAmount"] = paid_amount
        if due_amount is not UNSET:
            field_dict["dueAmount"] = due_amount
        if payment_status is not UNSET:
            field_dict["paymentStatus"] = payment_status
        if description is not UNSET:
            field_dict["description"] = description
        if po_number is not UNSET:
            field_dict["poNumber"] = po_number
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time
        if pay_from_bank_account_id is not UNSET:
            field_dict["payFromBankAccountId"] = pay_from_bank_account_id
        if pay_from_chart_of_account_id is not UNSET:
            field_dict["payFromChartOfAccountId"] = pay_from_chart_of_account_id
        if payment_term_id is not UNSET:
            field_dict["paymentTermId"] = payment_term_id
        if has_auto_pay is not UNSET:
            field_dict["hasAutoPay"] = has_auto_pay
        if e_bill_created is not UNSET:
            field_dict["eBillCreated"] = e_bill_created
        if invoice_product_id is not UNSET:
            field_dict["invoiceProductId"] = invoice_product_id
        if chart_of_account_id is not UNSET:
            field_dict["chartOfAccountId"] = chart_of_account_id
        if department_id is not UNSET:
            field_dict["departmentId"] = department_id
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if actg_class_id is not UNSET:
            field_dict["actgClassId"] = actg_class_id
        if source is not UNSET:
            field_dict["source"] = source
        if use_bill_desc is not UNSET:
            field_dict["useBillDesc"] = use_bill_desc
        if default_invoice_number is not UNSET:
            field_dict["defaultInvoiceNumber"] = default_invoice_number
        if is_auto_saved is not UNSET:
            field_dict["isAutoSaved"] = is_auto_saved
        if bill_template_id is not UNSET:
            field_dict["billTemplateId"] = bill_template_id
        if num_appr_policy_ex is not UNSET:
            field_dict["numApprPolicyEx"] = num_appr_policy_ex
        if has_linked_purchase_orders is not UNSET:
            field_dict["hasLinkedPurchaseOrders"] = has_linked_purchase_orders
        if multiple_bill_line_items is not UNSET:
            field_dict["multipleBillLineItems"] = multiple_bill_line_items
        if item is not UNSET:
            field_dict["item"] = item
        if expense is not UNSET:
            field_dict["expense"] = expense
        if bill_line_items is not UNSET:
            field_dict["billLineItems"] = bill_line_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bill_expense_summary import BillExpenseSummary  # noqa: PLC0415
        from ..models.bill_item_summary import BillItemSummary  # noqa: PLC0415
        from ..models.bill_line_item import BillLineItem  # noqa: PLC0415

        d = dict(src_dict)
        entity = BillEntity(d.pop("entity"))

        id = d.pop("id")

        _is_active = d.pop("isActive", UNSET)
        is_active: BillActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = BillActiveFlag(_is_active)

        vendor_id = d.pop("vendorId", UNSET)

        invoice_number = d.pop("invoiceNumber", UNSET)

        _approval_status = d.pop("approvalStatus", UNSET)
        approval_status: BillApprovalStatus | Unset
        if isinstance(_approval_status, Unset):
            approval_status = UNSET
        else:
            approval_status = BillApprovalStatus(_approval_status)

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

        _gl_posting_date = d.pop("glPostingDate", UNSET)
        gl_posting_date: datetime.date | Unset
        if isinstance(_gl_posting_date, Unset):
            gl_posting_date = UNSET
        else:
            gl_posting_date = datetime.date.fromisoformat(_gl_posting_date)

        amount = d.pop("amount", UNSET)

        local_amount = d.pop("localAmount", UNSET)

        exchange_rate = d.pop("exchangeRate", UNSET)

        scheduled_amount = d.pop("scheduledAmount", UNSET)

        paid_amount = d.pop("paidAmount", UNSET)

        due_amount = d.pop("dueAmount", UNSET)

        _payment_status = d.pop("paymentStatus", UNSET)
        payment_status: BillPaymentStatus | Unset
        if isinstance(_payment_status, Unset):
            payment_status = UNSET
        else:
            payment_status = BillPaymentStatus(_payment_status)

        description = d.pop("description", UNSET)

        po_number = d.pop("poNumber", UNSET)

        created_time = d.pop("createdTime", UNSET)

        updated_time = d.pop("updatedTime", UNSET)

        pay_from_bank_account_id = d.pop("payFromBankAccountId", UNSET)

        pay_from_chart_of_account_id = d.pop("payFromChartOfAccountId", UNSET)

        payment_term_id = d.pop("paymentTermId", UNSET)

        has_auto_pay = d.pop("hasAutoPay", UNSET)

        e_bill_created = d.pop("eBillCreated", UNSET)

        invoice_product_id = d.pop("invoiceProductId", UNSET)

        chart_of_account_id = d.pop("chartOfAccountId", UNSET)

        department_id = d.pop("departmentId", UNSET)

        location_id = d.pop("locationId", UNSET)

        actg_class_id = d.pop("actgClassId", UNSET)

        _source = d.pop("source", UNSET)
        source: BillSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = BillSource(_source)

        use_bill_desc = d.pop("useBillDesc", UNSET)

        default_invoice_number = d.pop("defaultInvoiceNumber", UNSET)

        is_auto_saved = d.pop("isAutoSaved", UNSET)

        bill_template_id = d.pop("billTemplateId", UNSET)

        num_appr_policy_ex = d.pop("numApprPolicyEx", UNSET)

        has_linked_purchase_orders = d.pop("hasLinkedPurchaseOrders", UNSET)

        multiple_bill_line_items = d.pop("multipleBillLineItems", UNSET)

        _item = d.pop("item", UNSET)
        item: BillItemSummary | Unset
        if isinstance(_item, Unset):
            item = UNSET
        else:
            item = BillItemSummary.from_dict(_item)

        _expense = d.pop("expense", UNSET)
        expense: BillExpenseSummary | Unset
        if isinstance(_expense, Unset):
            expense = UNSET
        else:
            expense = BillExpenseSummary.from_dict(_expense)

        _bill_line_items = d.pop("billLineItems", UNSET)
        bill_line_items: list[BillLineItem] | Unset = UNSET
        if _bill_line_items is not UNSET:
            bill_line_items = []
            for bill_line_items_item_data in _bill_line_items:
                bill_line_items_item = BillLineItem.from_dict(bill_line_items_item_data)

                bill_line_items.append(bill_line_items_item)

        bill = cls(
            entity=entity,
            id=id,
            is_active=is_active,
            vendor_id=vendor_id,
            invoice_number=invoice_number,
            approval_status=approval_status,
            invoice_date=invoice_date,
            due_date=due_date,
            gl_posting_date=gl_posting_date,
            amount=amount,
            local_amount=local_amount,
            exchange_rate=exchange_rate,
            scheduled_amount=scheduled_amount,
            paid_amount=paid_amount,
            due_amount=due_amount,
            payment_status=payment_status,
            description=description,
            po_number=po_number,
            created_time=created_time,
            updated_time=updated_time,
            pay_from_bank_account_id=pay_from_bank_account_id,
            pay_from_chart_of_account_id=pay_from_chart_of_account_id,
            payment_term_id=payment_term_id,
            has_auto_pay=has_auto_pay,
            e_bill_created=e_bill_created,
            invoice_product_id=invoice_product_id,
            chart_of_account_id=chart_of_account_id,
            department_id=department_id,
            location_id=location_id,
            actg_class_id=actg_class_id,
            source=source,
            use_bill_desc=use_bill_desc,
            default_invoice_number=default_invoice_number,
            is_auto_saved=is_auto_saved,
            bill_template_id=bill_template_id,
            num_appr_policy_ex=num_appr_policy_ex,
            has_linked_purchase_orders=has_linked_purchase_orders,
            multiple_bill_line_items=multiple_bill_line_items,
            item=item,
            expense=expense,
            bill_line_items=bill_line_items,
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
