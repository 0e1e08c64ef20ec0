from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.bill_approval_rule_input import BillApprovalRuleInput


T = TypeVar("T", bound="BillApprovalPolicyCreate")


@_attrs_define
class BillApprovalPolicyCreate:
    policy_name: str
    rules: list[BillApprovalRuleInput]
    """ All of them must hold for a bill to need this policy's approvals; none means every bill. """
    approvers: list[str]
    """ The users who approve, in the order they are asked. """

    def to_dict(self) -> dict[str, Any]:
        policy_name = self.policy_name

        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)

        approvers = self.approvers

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "policyName": policy_name,
                "rules": rules,
                "approvers": approvers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bill_approval_rule_input import BillApprovalRuleInput  # noqa: PLC0415

        d = dict(src_dict)
        policy_name = d.pop("policyName")

        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:
            rules_item = BillApprovalRuleInput.from_dict(rules_item_data)

            rules.append(rules_item)

        approvers = cast(list[str], d.pop("approvers"))

        bill_approval_policy_create = cls(
            policy_name=policy_name,
            rules=rules,
            approvers=approvers,
        )

        return bill_approval_policy_create
