from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.active_flag import ActiveFlag
from ..models.approval_policy_approver_entity import ApprovalPolicyApproverEntity
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApprovalPolicyApprover")


@_attrs_define
class ApprovalPolicyApprover:
    """A mandatory approver of an approval policy (id prefix `apa`)."""

    entity: ApprovalPolicyApproverEntity
    id: str
    approval_policy_id: str | Unset = UNSET
    """ The policy (id prefix `app`). """
    users_id: str | Unset = UNSET
    """ The approver (user id, prefix `006`). """
    is_active: ActiveFlag | Unset = UNSET
    """ "1" active, "2" inactive (deleted). """
    sort_order: int | Unset = UNSET
    """ The approver's place in the sequence, from 0. """
    created_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    updated_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        approval_policy_id = self.approval_policy_id

        users_id = self.users_id

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

        sort_order = self.sort_order

        created_time = self.created_time

        updated_time = self.updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity": entity,
                "id": id,
            }
        )
        if approval_policy_id is not UNSET:
            field_dict["approvalPolicyId"] = approval_policy_id
        if users_id is not UNSET:
            field_dict["usersId"] = users_id
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if sort_order is not UNSET:
            field_dict["sortOrder"] = sort_order
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = ApprovalPolicyApproverEntity(d.pop("entity"))

        id = d.pop("id")

        approval_policy_id = d.pop("approvalPolicyId", UNSET)

        users_id = d.pop("usersId", UNSET)

        _is_active = d.pop("isActive", UNSET)
        is_active: ActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = ActiveFlag(_is_active)

        sort_order = d.pop("sortOrder", UNSET)

        created_time = d.pop("createdTime", UNSET)

        updated_time = d.pop("updatedTime", UNSET)

        approval_policy_approver = cls(
            entity=entity,
            id=id,
            approval_policy_id=approval_policy_id,
            users_id=users_id,
            is_active=is_active,
            sort_order=sort_order,
            created_time=created_time,
            updated_time=updated_time,
        )

        approval_policy_approver.additional_properties = d
        return approval_policy_approver

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
