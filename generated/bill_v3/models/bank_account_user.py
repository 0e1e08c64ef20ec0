from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BankAccountUser")


@_attrs_define
class BankAccountUser:
    id: str
    bank_account_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    archived: bool | Unset = UNSET
    verification_status: str | Unset = UNSET
    """ NOMINATED, VERIFIED or UNVERIFIED, among others. """
    created_time: datetime.datetime | Unset = UNSET
    updated_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        bank_account_id = self.bank_account_id

        user_id = self.user_id

        archived = self.archived

        verification_status = self.verification_status

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        updated_time: str | Unset = UNSET
        if not isinstance(self.updated_time, Unset):
            updated_time = self.updated_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if bank_account_id is not UNSET:
            field_dict["bankAccountId"] = bank_account_id
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if archived is not UNSET:
            field_dict["archived"] = archived
        if verification_status is not UNSET:
            field_dict["verificationStatus"] = verification_status
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        bank_account_id = d.pop("bankAccountId", UNSET)

        user_id = d.pop("userId", UNSET)

        archived = d.pop("archived", UNSET)

        verification_status = d.pop("verificationStatus", UNSET)

        _created_time = d.pop("createdTime", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = datetime.datetime.fromisoformat(_created_time)

        _updated_time = d.pop("updatedTime", UNSET)
        updated_time: datetime.datetime | Unset
        if isinstance(_updated_time, Unset):
            updated_time = UNSET
        else:
            updated_time = datetime.datetime.fromisoformat(_updated_time)

        bank_account_user = cls(
            id=id,
            bank_account_id=bank_account_id,
            user_id=user_id,
            archived=archived,
            verification_status=verification_status,
            created_time=created_time,
            updated_time=updated_time,
        )

        bank_account_user.additional_properties = d
        return bank_account_user

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
