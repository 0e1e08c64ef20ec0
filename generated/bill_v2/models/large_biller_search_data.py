from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LargeBillerSearchData")


@_attrs_define
class LargeBillerSearchData:
    name: str
    start: int
    """ Index of the first result; counts from 0. """
    max_: int
    acc_number: str | Unset = UNSET
    """ Your account number on the biller's statements. """
    address_zip: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        start = self.start

        max_ = self.max_

        acc_number = self.acc_number

        address_zip = self.address_zip

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "start": start,
                "max": max_,
            }
        )
        if acc_number is not UNSET:
            field_dict["accNumber"] = acc_number
        if address_zip is not UNSET:
            field_dict["addressZip"] = address_zip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        start = d.pop("start")

        max_ = d.pop("max")

        acc_number = d.pop("accNumber", UNSET)

        address_zip = d.pop("addressZip", UNSET)

        large_biller_search_data = cls(
            name=name,
            start=start,
            max_=max_,
            acc_number=acc_number,
            address_zip=address_zip,
        )

        return large_biller_search_data
