from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bill_approval_policy_approvers import BillApprovalPolicyApprovers
    from ..models.bill_approval_rule import BillApprovalRule


T = TypeVar("T", bound="BillApprovalPolicy")


@_attrs_define
class BillApprovalPolicy:
    id: str
    policy_name: str | Unset = UNSET
    status: str | Unset = UNSET
    rules: list[BillApprovalRule] | Unset = UNSET
    approvers: BillApprovalPolicyApprovers | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        policy_name = self.policy_name

        status = self.status

        rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = []
            for rules_item_data in self.rules:
                rules_item = rules_item_data.to_dict()
                rules.append(rules_item)

        approvers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.approvers, Unset):
            approvers = self.approvers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if policy_name is not UNSET:
            field_dict["policyName"] = policy_name
        if status is not UNSET:
            field_dict["status"] = status
        if rules is not UNSET:
            field_dict["rules"] = rules
        if approvers is not UNSET:
            field_dict["approvers"] = approvers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bill_approval_policy_approvers import BillApprovalPolicyApprovers  # noqa: PLC0415
        from ..models.bill_approval_rule import BillApprovalRule  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        policy_name = d.pop("policyName", UNSET)

        status = d.pop("status", UNSET)

        _rules = d.pop("rules", UNSET)
        rules: list[BillApprovalRule] | Unset = UNSET
        if _rules is not UNSET:
            rules = []
            for rules_item_data in _rules:
                rules_item = BillApprovalRule.from_dict(rules_item_data)

                rules.append(rules_item)

        _approvers = d.pop("approvers", UNSET)
        approvers: BillApprovalPolicyApprovers | Unset
        if isinstance(_approvers, Unset):
            approvers = UNSET
        else:
            approvers = BillApprovalPolicyApprovers.from_dict(_approvers)

        bill_approval_policy = cls(
            id=id,
            policy_name=policy_name,
            status=status,
            rules=rules,
            approvers=approvers,
        )

        bill_approval_policy.additional_properties = d
        return bill_approval_policy

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
