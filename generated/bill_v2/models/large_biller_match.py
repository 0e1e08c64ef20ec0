from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LargeBillerMatch")


@_attrs_define
class LargeBillerMatch:
    """Which of the search terms the results matched."""

    name: bool | Unset = UNSET
    acc_number: bool | Unset = UNSET
    address_zip: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        acc_number = self.acc_number

        address_zip = self.address_zip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if acc_number is not UNSET:
            field_dict["accNumber"] = acc_number
        if address_zip is not UNSET:
            field_dict["addressZip"] = address_zip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        acc_number = d.pop("accNumber", UNSET)

        address_zip = d.pop("addressZip", UNSET)

        large_biller_match = cls(
            name=name,
            acc_number=acc_number,
            address_zip=address_zip,
        )

        large_biller_match.additional_properties = d
        return large_biller_match

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
