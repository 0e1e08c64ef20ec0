from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PhoneCreate")


@_attrs_define
class PhoneCreate:
    phone_number: str
    """ Ten digits. """
    phone_type: str
    """ For example MOBILE. """

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        phone_type = self.phone_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "phoneNumber": phone_number,
                "phoneType": phone_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("phoneNumber")

        phone_type = d.pop("phoneType")

        phone_create = cls(
            phone_number=phone_number,
            phone_type=phone_type,
        )

        return phone_create
