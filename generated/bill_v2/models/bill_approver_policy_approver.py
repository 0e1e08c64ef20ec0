from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bill_approver_policy_approver_user_type import BillApproverPolicyApproverUserType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bill_approver_policy_user import BillApproverPolicyUser


T = TypeVar("T", bound="BillApproverPolicyApprover")


@_attrs_define
class BillApproverPolicyApprover:
    """A mandatory approver of a policy: one user or an approver group."""

    users_id: str | Unset = UNSET
    """ A user id, or an approver group's id when userType is ApproverGroup. """
    full_name: str | Unset = UNSET
    user_type: BillApproverPolicyApproverUserType | Unset = UNSET
    users: list[BillApproverPolicyUser] | Unset = UNSET
    """ The members, for an approver group. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        users_id = self.users_id

        full_name = self.full_name

        user_type: str | Unset = UNSET
        if not isinstance(self.user_type, Unset):
            user_type = self.user_type.value

        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                users.append(users_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if users_id is not UNSET:
            field_dict["usersId"] = users_id
        if full_name is not UNSET:
            field_dict["fullName"] = full_name
        if user_type is not UNSET:
            field_dict["userType"] = user_type
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bill_approver_policy_user import BillApproverPolicyUser  # noqa: PLC0415

        d = dict(src_dict)
        users_id = d.pop("usersId", UNSET)

        full_name = d.pop("fullName", UNSET)

        _user_type = d.pop("userType", UNSET)
        user_type: BillApproverPolicyApproverUserType | Unset
        if isinstance(_user_type, Unset):
            user_type = UNSET
        else:
            user_type = BillApproverPolicyApproverUserType(_user_type)

        _users = d.pop("users", UNSET)
        users: list[BillApproverPolicyUser] | Unset = UNSET
        if _users is not UNSET:
            users = []
            for users_item_data in _users:
                users_item = BillApproverPolicyUser.from_dict(users_item_data)

                users.append(users_item)

        bill_approver_policy_approver = cls(
            users_id=users_id,
            full_name=full_name,
            user_type=user_type,
            users=users,
        )

        bill_approver_policy_approver.additional_properties = d
        return bill_approver_policy_approver

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
