from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sent_pay_void_request_entity import SentPayVoidRequestEntity
from ..models.sent_pay_void_request_status import SentPayVoidRequestStatus
from ..models.sent_pay_void_request_type import SentPayVoidRequestType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SentPayVoidRequest")


@_attrs_define
class SentPayVoidRequest:
    """A request to void the payment."""

    entity: SentPayVoidRequestEntity | Unset = UNSET
    id: str | Unset = UNSET
    type_: SentPayVoidRequestType | Unset = UNSET
    """ As VoidAPPayment's voidRequestType. """
    status: SentPayVoidRequestStatus | Unset = UNSET
    """ 0 to be processed, 1 accepted, 2 rejected, 3 no-op, 4 archived. """
    reason: str | Unset = UNSET
    user_id: str | Unset = UNSET
    decision_date: str | Unset = UNSET
    created_date: str | Unset = UNSET
    updated_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity: str | Unset = UNSET
        if not isinstance(self.entity, Unset):
            entity = self.entity.value

        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        reason = self.reason

        user_id = self.user_id

        decision_date = self.decision_date

        created_date = self.created_date

        updated_date = self.updated_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entity is not UNSET:
            field_dict["entity"] = entity
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if reason is not UNSET:
            field_dict["reason"] = reason
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if decision_date is not UNSET:
            field_dict["decisionDate"] = decision_date
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if updated_date is not UNSET:
            field_dict["updatedDate"] = updated_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _entity = d.pop("entity", UNSET)
        entity: SentPayVoidRequestEntity | Unset
        if isinstance(_entity, Unset):
            entity = UNSET
        else:
            entity = SentPayVoidRequestEntity(_entity)

        id = d.pop("id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: SentPayVoidRequestType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = SentPayVoidRequestType(_type_)

        _status = d.pop("status", UNSET)
        status: SentPayVoidRequestStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SentPayVoidRequestStatus(_status)

        reason = d.pop("reason", UNSET)

        user_id = d.pop("userId", UNSET)

        decision_date = d.pop("decisionDate", UNSET)

        created_date = d.pop("createdDate", UNSET)

        updated_date = d.pop("updatedDate", UNSET)

        sent_pay_void_request = cls(
            entity=entity,
            id=id,
            type_=type_,
            status=status,
            reason=reason,
            user_id=user_id,
            decision_date=decision_date,
            created_date=created_date,
            updated_date=updated_date,
        )

        sent_pay_void_request.additional_properties = d
        return sent_pay_void_request

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
