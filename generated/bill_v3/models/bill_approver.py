from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BillApprover")


@_attrs_define
class BillApprover:
    user_id: str | Unset = UNSET
    status: str | Unset = UNSET
    """ Where this approver stands, for example WAITING, APPROVED, DENIED or REROUTED. """
    approver_order: int | Unset = UNSET
    """ The approver's place in the approval sequence. """
    status_changed_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        status = self.status

        approver_order = self.approver_order

        status_changed_time: str | Unset = UNSET
        if not isinstance(self.status_changed_time, Unset):
            status_changed_time = self.status_changed_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if status is not UNSET:
            field_dict["status"] = status
        if approver_order is not UNSET:
            field_dict["approverOrder"] = approver_order
        if status_changed_time is not UNSET:
            field_dict["statusChangedTime"] = status_changed_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("userId", UNSET)

        status = d.pop("status", UNSET)

        approver_order = d.pop("approverOrder", UNSET)

        _status_changed_time = d.pop("statusChangedTime", UNSET)
        status_changed_time: datetime.datetime | Unset
        if isinstance(_status_changed_time, Unset):
            status_changed_time = UNSET
        else:
            status_changed_time = datetime.datetime.fromisoformat(_status_changed_time)

        bill_approver = cls(
            user_id=user_id,
            status=status,
            approver_order=approver_order,
            status_changed_time=status_changed_time,
        )

        bill_approver.additional_properties = d
        return bill_approver

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
