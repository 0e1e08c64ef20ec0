from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.bill_approval_action_action import BillApprovalActionAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="BillApprovalAction")


@_attrs_define
class BillApprovalAction:
    bill_id: str
    action: BillApprovalActionAction
    comment: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        bill_id = self.bill_id

        action = self.action.value

        comment = self.comment

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "billId": bill_id,
                "action": action,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bill_id = d.pop("billId")

        action = BillApprovalActionAction(d.pop("action"))

        comment = d.pop("comment", UNSET)

        bill_approval_action = cls(
            bill_id=bill_id,
            action=action,
            comment=comment,
        )

        return bill_approval_action
