from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bill_approver_policy_approver import BillApproverPolicyApprover
    from ..models.bill_approver_policy_rule import BillApproverPolicyRule


T = TypeVar("T", bound="BillApproverPolicyDetail")


@_attrs_define
class BillApproverPolicyDetail:
    """The policy's rules and mandatory approvers."""

    policy_id: str | Unset = UNSET
    policy_name: str | Unset = UNSET
    version_id: str | Unset = UNSET
    rules: list[BillApproverPolicyRule] | Unset = UNSET
    approvers: list[BillApproverPolicyApprover] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        policy_id = self.policy_id

        policy_name = self.policy_name

        version_id = self.version_id

        rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = []
            for rules_item_data in self.rules:
                rules_item = rules_item_data.to_dict()
                rules.append(rules_item)

        approvers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.approvers, Unset):
            approvers = []
            for approvers_item_data in self.approvers:
                approvers_item = approvers_item_data.to_dict()
                approvers.append(approvers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if policy_id is not UNSET:
            field_dict["policyId"] = policy_id
        if policy_name is not UNSET:
            field_dict["policyName"] = policy_name
        if version_id is not UNSET:
            field_dict["versionId"] = version_id
        if rules is not UNSET:
            field_dict["rules"] = rules
        if approvers is not UNSET:
            field_dict["approvers"] = approvers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bill_approver_policy_approver import BillApproverPolicyApprover  # noqa: PLC0415
        from ..models.bill_approver_policy_rule import BillApproverPolicyRule  # noqa: PLC0415

        d = dict(src_dict)
        policy_id = d.pop("policyId", UNSET)

        policy_name = d.pop("policyName", UNSET)

        version_id = d.pop("versionId", UNSET)

        _rules = d.pop("rules", UNSET)
        rules: list[BillApproverPolicyRule] | Unset = UNSET
        if _rules is not UNSET:
            rules = []
            for rules_item_data in _rules:
                rules_item = BillApproverPolicyRule.from_dict(rules_item_data)

                rules.append(rules_item)

        _approvers = d.pop("approvers", UNSET)
        approvers: list[BillApproverPolicyApprover] | Unset = UNSET
        if _approvers is not UNSET:
            approvers = []
            for approvers_item_data in _approvers:
                approvers_item = BillApproverPolicyApprover.from_dict(approvers_item_data)

                approvers.append(approvers_item)

        bill_approver_policy_detail = cls(
            policy_id=policy_id,
            policy_name=policy_name,
            version_id=version_id,
            rules=rules,
            approvers=approvers,
        )

        bill_approver_policy_detail.additional_properties = d
        return bill_approver_policy_detail

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
