from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CardAccountUser")


@_attrs_define
class CardAccountUser:
    card_account_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    archived: bool | Unset = UNSET
    verification_status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_account_id = self.card_account_id

        user_id = self.user_id

        archived = self.archived

        verification_status = self.verification_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if card_account_id is not UNSET:
            field_dict["cardAccountId"] = card_account_id
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if archived is not UNSET:
            field_dict["archived"] = archived
        if verification_status is not UNSET:
            field_dict["verificationStatus"] = verification_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        card_account_id = d.pop("cardAccountId", UNSET)

        user_id = d.pop("userId", UNSET)

        archived = d.pop("archived", UNSET)

        verification_status = d.pop("verificationStatus", UNSET)

        card_account_user = cls(
            card_account_id=card_account_id,
            user_id=user_id,
            archived=archived,
            verification_status=verification_status,
        )

        card_account_user.additional_properties = d
        return card_account_user

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
