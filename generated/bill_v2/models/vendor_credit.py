from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.active_flag import ActiveFlag
from ..models.vendor_credit_approval_status import VendorCreditApprovalStatus
from ..models.vendor_credit_credit_status import VendorCreditCreditStatus
from ..models.vendor_credit_entity import VendorCreditEntity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vendor_credit_line_item import VendorCreditLineItem


T = TypeVar("T", bound="VendorCredit")


@_attrs_define
class VendorCredit:
    """A vendor credit as BILL returns it."""

    entity: VendorCreditEntity
    id: str
    is_active: ActiveFlag | Unset = UNSET
    """ "1" active, "2" inactive (deleted). """
    vendor_id: str | Unset = UNSET
    ref_number: str | Unset = UNSET
    approval_status: VendorCreditApprovalStatus | Unset = UNSET
    """ 0 unassigned, 1 assigned, 3 approved, 4 approving, 5 denied. """
    credit_date: datetime.date | Unset = UNSET
    gl_posting_date: datetime.date | Unset = UNSET
    amount: float | Unset = UNSET
    local_amount: float | Unset = UNSET
    exchange_rate: float | Unset = UNSET
    applied_amount: float | Unset = UNSET
    """ How much of the credit has been used. """
    credit_status: VendorCreditCreditStatus | Unset = UNSET
    """ 0 fully applied, 1 not applied, 2 partly applied. """
    description: str | Unset = UNSET
    created_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    updated_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    po_number: str | Unset = UNSET
    apply_to_bank_account_id: str | Unset = UNSET
    apply_to_chart_of_account_id: str | Unset = UNSET
    vendor_credit_line_items: list[VendorCreditLineItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

        vendor_id = self.vendor_id

        ref_number = self.ref_number

        approval_status: str | Unset = UNSET
        if not isinstance(self.approval_status, Unset):
            approval_status = self.approval_status.value

        credit_date: str | Unset = UNSET
        if not isinstance(self.credit_date, Unset):
            credit_date = self.credit_date.isoformat()

        gl_posting_date: str | Unset = UNSET
        if not isinstance(self.gl_posting_date, Unset):
            gl_posting_date = self.gl_posting_date.isoformat()

        amount = self.amount

        local_amount = self.local_amount

        exchange_rate = self.exchange_rate

        applied_amount = self.applied_amount

        credit_status: str | Unset = UNSET
        if not isinstance(self.credit_status, Unset):
            credit_status = self.credit_status.value

        description = self.description

        created_time = self.created_time

        updated_time = self.updated_time

        po_number = self.po_number

        apply_to_bank_account_id = self.apply_to_bank_account_id

        apply_to_chart_of_account_id = self.apply_to_chart_of_account_id

        vendor_credit_line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vendor_credit_line_items, Unset):
            vendor_credit_line_items = []
            for vendor_credit_line_items_item_data in self.vendor_credit_line_items:
                vendor_credit_line_items_item = vendor_credit_line_items_item_data.to_dict()
                vendor_credit_line_items.append(vendor_credit_line_items_item)

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
        if ref_number is not UNSET:
            field_dict["refNumber"] = ref_number
        if approval_status is not UNSET:
            field_dict["approvalStatus"] = approval_status
        if credit_date is not UNSET:
            field_dict["creditDate"] = credit_date
        if gl_posting_date is not UNSET:
            field_dict["glPostingDate"] = gl_posting_date
        if amount is not UNSET:
            field_dict["amount"] = amount
        if local_amount is not UNSET:
            field_dict["localAmount"] = local_amount
        if exchange_rate is not UNSET:
            field_dict["exchangeRate"] = exchange_rate
        if applied_amount is not UNSET:
            field_dict["appliedAmount"] = applied_amount
        if credit_status is not UNSET:
            field_dict["creditStatus"] = credit_status
        if description is not UNSET:
            field_dict["description"] = description
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time
        if po_number is not UNSET:
            field_dict["poNumber"] = po_number
        if apply_to_bank_account_id is not UNSET:
            field_dict["applyToBankAccountId"] = apply_to_bank_account_id
        if apply_to_chart_of_account_id is not UNSET:
            field_dict["applyToChartOfAccountId"] = apply_to_chart_of_account_id
        if vendor_credit_line_items is not UNSET:
            field_dict["vendorCreditLineItems"] = vendor_credit_line_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vendor_credit_line_item import VendorCreditLineItem  # noqa: PLC0415

        d = dict(src_dict)
        entity = VendorCreditEntity(d.pop("entity"))

        id = d.pop("id")

        _is_active = d.pop("isActive", UNSET)
        is_active: ActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = ActiveFlag(_is_active)

        vendor_id = d.pop("vendorId", UNSET)

        ref_number = d.pop("refNumber", UNSET)

        _approval_status = d.pop("approvalStatus", UNSET)
        approval_status: VendorCreditApprovalStatus | Unset
        if isinstance(_approval_status, Unset):
            approval_status = UNSET
        else:
            approval_status = VendorCreditApprovalStatus(_approval_status)

        _credit_date = d.pop("creditDate", UNSET)
        credit_date: datetime.date | Unset
        if isinstance(_credit_date, Unset):
            credit_date = UNSET
        else:
            credit_date = datetime.date.fromisoformat(_credit_date)

        _gl_posting_date = d.pop("glPostingDate", UNSET)
        gl_posting_date: datetime.date | Unset
        if isinstance(_gl_posting_date, Unset):
            gl_posting_date = UNSET
        else:
            gl_posting_date = datetime.date.fromisoformat(_gl_posting_date)

        amount = d.pop("amount", UNSET)

        local_amount = d.pop("localAmount", UNSET)

        exchange_rate = d.pop("exchangeRate", UNSET)

        applied_amount = d.pop("appliedAmount", UNSET)

        _credit_status = d.pop("creditStatus", UNSET)
        credit_status: VendorCreditCreditStatus | Unset
        if isinstance(_credit_status, Unset):
            credit_status = UNSET
        else:
            credit_status = VendorCreditCreditStatus(_credit_status)

        description = d.pop("description", UNSET)

        created_time = d.pop("createdTime", UNSET)

        updated_time = d.pop("updatedTime", UNSET)

        po_number = d.pop("poNumber", UNSET)

        apply_to_bank_account_id = d.pop("applyToBankAccountId", UNSET)

        apply_to_chart_of_account_id = d.pop("applyToChartOfAccountId", UNSET)

        _vendor_credit_line_items = d.pop("vendorCreditLineItems", UNSET)
        vendor_credit_line_items: list[VendorCreditLineItem] | Unset = UNSET
        if _vendor_credit_line_items is not UNSET:
            vendor_credit_line_items = []
            for vendor_credit_line_items_item_data in _vendor_credit_line_items:
                vendor_credit_line_items_item = VendorCreditLineItem.from_dict(vendor_credit_line_items_item_data)

                vendor_credit_line_items.append(vendor_credit_line_items_item)

        vendor_credit = cls(
            entity=entity,
            id=id,
            is_active=is_active,
            vendor_id=vendor_id,
            ref_number=ref_number,
            approval_status=approval_status,
            credit_date=credit_date,
            gl_posting_date=gl_posting_date,
            amount=amount,
            local_amount=local_amount,
            exchange_rate=exchange_rate,
            applied_amount=applied_amount,
            credit_status=credit_status,
            description=description,
            created_time=created_time,
            updated_time=updated_time,
            po_number=po_number,
            apply_to_bank_account_id=apply_to_bank_account_id,
            apply_to_chart_of_account_id=apply_to_chart_of_account_id,
            vendor_credit_line_items=vendor_credit_line_items,
        )

        vendor_credit.additional_properties = d
        return vendor_credit

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
