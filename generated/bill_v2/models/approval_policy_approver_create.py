from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.active_flag import ActiveFlag
from ..models.approval_policy_approver_create_entity import ApprovalPolicyApproverCreateEntity
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApprovalPolicyApproverCreate")


@_attrs_define
class ApprovalPolicyApproverCreate:
    entity: ApprovalPolicyApproverCreateEntity
    approval_policy_id: str
    users_id: str
    """ BILL user id (prefix `006`). """
    is_active: ActiveFlag | Unset = UNSET
    """ "1" active, "2" inactive (deleted). """
    sort_order: int | Unset = UNSET
    """ The approver's place in the sequence, from 0. """

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        approval_policy_id = self.approval_policy_id

        users_id = self.users_id

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

        sort_order = self.sort_order

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "entity": entity,
                "approvalPolicyId": approval_policy_id,
                "usersId": users_id,
            }
        )
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if sort_order is not UNSET:
            field_dict["sortOrder"] = sort_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = ApprovalPolicyApproverCreateEntity(d.pop("entity"))

        approval_policy_id = d.pop("approvalPolicyId")

        users_id = d.pop("usersId")

        _is_active = d.pop("isActive", UNSET)
        is_active: ActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = ActiveFlag(_is_active)

        sort_order = d.pop("sortOrder", UNSET)

        approval_policy_approver_create = cls(
            entity=entity,
            approval_policy_id=approval_policy_id,
            users_id=users_id,
            is_active=is_active,
            sort_order=sort_order,
        )

        return approval_policy_approver_create
