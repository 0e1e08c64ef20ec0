from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bill_approval_policy_approvers_groups_item_users_item import (
        BillApprovalPolicyApproversGroupsItemUsersItem,
    )


T = TypeVar("T", bound="BillApprovalPolicyApproversGroupsItem")


@_attrs_define
class BillApprovalPolicyApproversGroupsItem:
    group_id: str | Unset = UNSET
    group_name: str | Unset = UNSET
    users: list[BillApprovalPolicyApproversGroupsItemUsersItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_id = self.group_id

        group_name = self.group_name

        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                users.append(users_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if group_name is not UNSET:
            field_dict["groupName"] = group_name
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bill_approval_policy_approvers_groups_item_users_item import (
            BillApprovalPolicyApproversGroupsItemUsersItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        group_id = d.pop("groupId", UNSET)

        group_name = d.pop("groupName", UNSET)

        _users = d.pop("users", UNSET)
        users: list[BillApprovalPolicyApproversGroupsItemUsersItem] | Unset = UNSET
        if _users is not UNSET:
            users = []
            for users_item_data in _users:
                users_item = BillApprovalPolicyApproversGroupsItemUsersItem.from_dict(users_item_data)

                users.append(users_item)

        bill_approval_policy_approvers_groups_item = cls(
            group_id=group_id,
            group_name=group_name,
            users=users,
        )

        bill_approval_policy_approvers_groups_item.additional_properties = d
        return bill_approval_policy_approvers_groups_item

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
