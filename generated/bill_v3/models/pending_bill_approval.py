from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PendingBillApproval")


@_attrs_define
class PendingBillApproval:
    bill_id: str | Unset = UNSET
    vendor_id: str | Unset = UNSET
    amount: float | Unset = UNSET
    due_date: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bill_id = self.bill_id

        vendor_id = self.vendor_id

        amount = self.amount

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bill_id is not UNSET:
            field_dict["billId"] = bill_id
        if vendor_id is not UNSET:
            field_dict["vendorId"] = vendor_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bill_id = d.pop("billId", UNSET)

        vendor_id = d.pop("vendorId", UNSET)

        amount = d.pop("amount", UNSET)

        _due_date = d.pop("dueDate", UNSET)
        due_date: datetime.date | Unset
        if isinstance(_due_date, Unset):
            due_date = UNSET
        else:
            due_date = datetime.date.fromisoformat(_due_date)

        pending_bill_approval = cls(
            bill_id=bill_id,
            vendor_id=vendor_id,
            amount=amount,
            due_date=due_date,
        )

        pending_bill_approval.additional_properties = d
        return pending_bill_approval

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
