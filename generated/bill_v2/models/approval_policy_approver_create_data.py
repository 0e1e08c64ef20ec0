from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.approval_policy_approver_create import ApprovalPolicyApproverCreate


T = TypeVar("T", bound="ApprovalPolicyApproverCreateData")


@_attrs_define
class ApprovalPolicyApproverCreateData:
    obj: ApprovalPolicyApproverCreate

    def to_dict(self) -> dict[str, Any]:
        obj = self.obj.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "obj": obj,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.approval_policy_approver_create import ApprovalPolicyApproverCreate  # noqa: PLC0415

        d = dict(src_dict)
        obj = ApprovalPolicyApproverCreate.from_dict(d.pop("obj"))

        approval_policy_approver_create_data = cls(
            obj=obj,
        )

        return approval_policy_approver_create_data
