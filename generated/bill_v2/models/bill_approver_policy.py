from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bill_approver_policy_status import BillApproverPolicyStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bill_approver_policy_detail import BillApproverPolicyDetail


T = TypeVar("T", bound="BillApproverPolicy")


@_attrs_define
class BillApproverPolicy:
    policy_id: str | Unset = UNSET
    policy_name: str | Unset = UNSET
    policy_order: int | Unset = UNSET
    """ Where the policy stands among the others. """
    org_id: str | Unset = UNSET
    status: BillApproverPolicyStatus | Unset = UNSET
    raw_policy: BillApproverPolicyDetail | Unset = UNSET
    """ The policy's rules and mandatory approvers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        policy_id = self.policy_id

        policy_name = self.policy_name

        policy_order = self.policy_order

        org_id = self.org_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        raw_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.raw_policy, Unset):
            raw_policy = self.raw_policy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if policy_id is not UNSET:
            field_dict["policyId"] = policy_id
        if policy_name is not UNSET:
            field_dict["policyName"] = policy_name
        if policy_order is not UNSET:
            field_dict["policyOrder"] = policy_order
        if org_id is not UNSET:
            field_dict["orgId"] = org_id
        if status is not UNSET:
            field_dict["status"] = status
        if raw_policy is not UNSET:
            field_dict["rawPolicy"] = raw_policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bill_approver_policy_detail import BillApproverPolicyDetail  # noqa: PLC0415

        d = dict(src_dict)
        policy_id = d.pop("policyId", UNSET)

        policy_name = d.pop("policyName", UNSET)

        policy_order = d.pop("policyOrder", UNSET)

        org_id = d.pop("orgId", UNSET)

        _status = d.pop("status", UNSET)
        status: BillApproverPolicyStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = BillApproverPolicyStatus(_status)

        _raw_policy = d.pop("rawPolicy", UNSET)
        raw_policy: BillApproverPolicyDetail | Unset
        if isinstance(_raw_policy, Unset):
            raw_policy = UNSET
        else:
            raw_policy = BillApproverPolicyDetail.from_dict(_raw_policy)

        bill_approver_policy = cls(
            policy_id=policy_id,
            policy_name=policy_name,
            policy_order=policy_order,
            org_id=org_id,
            status=status,
            raw_policy=raw_policy,
        )

        bill_approver_policy.additional_properties = d
        return bill_approver_policy

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
