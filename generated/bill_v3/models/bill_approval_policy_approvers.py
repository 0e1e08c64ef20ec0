from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bill_approval_policy_approvers_groups_item import BillApprovalPolicyApproversGroupsItem
    from ..models.bill_approval_policy_approvers_users_item import BillApprovalPolicyApproversUsersItem


T = TypeVar("T", bound="BillApprovalPolicyApprovers")


@_attrs_define
class BillApprovalPolicyApprovers:
    users: list[BillApprovalPolicyApproversUsersItem] | Unset = UNSET
    groups: list[BillApprovalPolicyApproversGroupsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                users.append(users_item)

        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if users is not UNSET:
            field_dict["users"] = users
        if groups is not UNSET:
            field_dict["groups"] = groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bill_approval_policy_approvers_groups_item import BillApprovalPolicyApproversGroupsItem  # noqa: PLC0415
        from ..models.bill_approval_policy_approvers_users_item import BillApprovalPolicyApproversUsersItem  # noqa: PLC0415

        d = dict(src_dict)
        _users = d.pop("users", UNSET)
        users: list[BillApprovalPolicyApproversUsersItem] | Unset = UNSET
        if _users is not UNSET:
            users = []
            for users_item_data in _users:
                users_item = BillApprovalPolicyApproversUsersItem.from_dict(users_item_data)

                users.append(users_item)

        _groups = d.pop("groups", UNSET)
        groups: list[BillApprovalPolicyApproversGroupsItem] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = BillApprovalPolicyApproversGroupsItem.from_dict(groups_item_data)

                groups.append(groups_item)

        bill_approval_policy_approvers = cls(
            users=users,
            groups=groups,
        )

        bill_approval_policy_approvers.additional_properties = d
        return bill_approval_policy_approvers

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
