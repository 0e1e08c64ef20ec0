from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddressInput")


@_attrs_define
class AddressInput:
    line1: str
    city: str
    zip_or_postal_code: str
    country: str
    """ ISO 3166 two-letter country code. """
    line2: str | Unset = UNSET
    state_or_province: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        line1 = self.line1

        city = self.city

        zip_or_postal_code = self.zip_or_postal_code

        country = self.country

        line2 = self.line2

        state_or_province = self.state_or_province

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "line1": line1,
                "city": city,
                "zipOrPostalCode": zip_or_postal_code,
                "country": country,
            }
        )
        if line2 is not UNSET:
            field_dict["line2"] = line2
        if state_or_province is not UNSET:
            field_dict["stateOrProvince"] = state_or_province

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        line1 = d.pop("line1")

        city = d.pop("city")

        zip_or_postal_code = d.pop("zipOrPostalCode")

        country = d.pop("country")

        line2 = d.pop("line2", UNSET)

        state_or_province = d.pop("stateOrProvince", UNSET)

        address_input = cls(
            line1=line1,
            city=city,
            zip_or_postal_code=zip_or_postal_code,
            country=country,
            line2=line2,
            state_or_province=state_or_province,
        )

        return address_input
