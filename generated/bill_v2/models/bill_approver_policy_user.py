from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BillApproverPolicyUser")


@_attrs_define
class BillApproverPolicyUser:
    users_id: str | Unset = UNSET
    full_name: str | Unset = UNSET
    user_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        users_id = self.users_id

        full_name = self.full_name

        user_type = self.user_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if users_id is not UNSET:
            field_dict["usersId"] = users_id
        if full_name is not UNSET:
            field_dict["fullName"] = full_name
        if user_type is not UNSET:
            field_dict["userType"] = user_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        users_id = d.pop("usersId", UNSET)

        full_name = d.pop("fullName", UNSET)

        user_type = d.pop("userType", UNSET)

        bill_approver_policy_user = cls(
            users_id=users_id,
            full_name=full_name,
            user_type=user_type,
        )

        bill_approver_policy_user.additional_properties = d
        return bill_approver_policy_user

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
