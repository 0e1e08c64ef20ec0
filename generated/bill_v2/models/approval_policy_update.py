from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.active_flag import ActiveFlag
from ..models.approval_policy_condition import ApprovalPolicyCondition
from ..models.approval_policy_type import ApprovalPolicyType
from ..models.approval_policy_update_entity import ApprovalPolicyUpdateEntity
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApprovalPolicyUpdate")


@_attrs_define
class ApprovalPolicyUpdate:
    entity: ApprovalPolicyUpdateEntity
    id: str
    nickname: str | Unset = UNSET
    """ Your name for the policy. """
    type_: ApprovalPolicyType | Unset = UNSET
    """ What the policy governs: 0 bills, 1 vendor credits. """
    amount_threshold: float | Unset = UNSET
    """ The amount from which the policy applies. """
    min_num_approvers: float | Unset = UNSET
    """ How many approvers must approve at least. """
    bank_account_id: str | Unset = UNSET
    """ A bank account of the organization (id prefix `bac`); BILL's reference ties it to type "1". """
    users_id: str | Unset = UNSET
    """ A mandatory approver (user id, prefix `006`). """
    approver_not_same_as_payer: bool | Unset = UNSET
    """ The approver and the payer must be different users. """
    approver_condition: ApprovalPolicyCondition | Unset = UNSET
    """ How the policy's rules combine: 0 priority AND, 1 AND, 2 OR. """
    is_active: ActiveFlag | Unset = UNSET
    """ "1" active, "2" inactive (deleted). """

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        nickname = self.nickname

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        amount_threshold = self.amount_threshold

        min_num_approvers = self.min_num_approvers

        bank_account_id = self.bank_account_id

        users_id = self.users_id

        approver_not_same_as_payer = self.approver_not_same_as_payer

        approver_condition: str | Unset = UNSET
        if not isinstance(self.approver_condition, Unset):
            approver_condition = self.approver_condition.value

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "entity": entity,
                "id": id,
            }
        )
        if nickname is not UNSET:
            field_dict["nickname"] = nickname
        if type_ is not UNSET:
            field_dict["type"] = type_
        if amount_threshold is not UNSET:
            field_dict["amountThreshold"] = amount_threshold
        if min_num_approvers is not UNSET:
            field_dict["minNumApprovers"] = min_num_approvers
        if bank_account_id is not UNSET:
            field_dict["bankAccountId"] = bank_account_id
        if users_id is not UNSET:
            field_dict["usersId"] = users_id
        if approver_not_same_as_payer is not UNSET:
            field_dict["approverNotSameAsPayer"] = approver_not_same_as_payer
        if approver_condition is not UNSET:
            field_dict["approverCondition"] = approver_condition
        if is_active is not UNSET:
            field_dict["isActive"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = ApprovalPolicyUpdateEntity(d.pop("entity"))

        id = d.pop("id")

        nickname = d.pop("nickname", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ApprovalPolicyType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ApprovalPolicyType(_type_)

        amount_threshold = d.pop("amountThreshold", UNSET)

        min_num_approvers = d.pop("minNumApprovers", UNSET)

        bank_account_id = d.pop("bankAccountId", UNSET)

        users_id = d.pop("usersId", UNSET)

        approver_not_same_as_payer = d.pop("approverNotSameAsPayer", UNSET)

        _approver_condition = d.pop("approverCondition", UNSET)
        approver_condition: ApprovalPolicyCondition | Unset
        if isinstance(_approver_condition, Unset):
            approver_condition = UNSET
        else:
            approver_condition = ApprovalPolicyCondition(_approver_condition)

        _is_active = d.pop("isActive", UNSET)
        is_active: ActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = ActiveFlag(_is_active)

        approval_policy_update = cls(
            entity=entity,
            id=id,
            nickname=nickname,
            type_=type_,
            amount_threshold=amount_threshold,
            min_num_approvers=min_num_approvers,
            bank_account_id=bank_account_id,
            users_id=users_id,
            approver_not_same_as_payer=approver_not_same_as_payer,
            approver_condition=approver_condition,
            is_active=is_active,
        )

        return approval_policy_update
