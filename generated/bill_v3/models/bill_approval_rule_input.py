from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.bill_approval_rule_input_key import BillApprovalRuleInputKey
from ..models.bill_approval_rule_input_op import BillApprovalRuleInputOp

T = TypeVar("T", bound="BillApprovalRuleInput")


@_attrs_define
class BillApprovalRuleInput:
    key: BillApprovalRuleInputKey
    """ What of the bill the rule looks at. """
    op: BillApprovalRuleInputOp
    """ Amounts compare with eq, ne, gt, gte, lt and lte against one value; ids match with eq or ne (one value) and
    in or nin (several). """
    values: list[str]

    def to_dict(self) -> dict[str, Any]:
        key = self.key.value

        op = self.op.value

        values = self.values

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "key": key,
                "op": op,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = BillApprovalRuleInputKey(d.pop("key"))

        op = BillApprovalRuleInputOp(d.pop("op"))

        values = cast(list[str], d.pop("values"))

        bill_approval_rule_input = cls(
            key=key,
            op=op,
            values=values,
        )

        return bill_approval_rule_input
