from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageSender")


@_attrs_define
class MessageSender:
    users_org_name: str | Unset = UNSET
    users_first_name: str | Unset = UNSET
    users_last_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        users_org_name = self.users_org_name

        users_first_name = self.users_first_name

        users_last_name = self.users_last_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if users_org_name is not UNSET:
            field_dict["usersOrgName"] = users_org_name
        if users_first_name is not UNSET:
            field_dict["usersFirstName"] = users_first_name
        if users_last_name is not UNSET:
            field_dict["usersLastName"] = users_last_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        users_org_name = d.pop("usersOrgName", UNSET)

        users_first_name = d.pop("usersFirstName", UNSET)

        users_last_name = d.pop("usersLastName", UNSET)

        message_sender = cls(
            users_org_name=users_org_name,
            users_first_name=users_first_name,
            users_last_name=users_last_name,
        )

        message_sender.additional_properties = d
        return message_sender

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
