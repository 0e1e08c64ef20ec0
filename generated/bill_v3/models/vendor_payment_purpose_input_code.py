from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="VendorPaymentPurposeInputCode")


@_attrs_define
class VendorPaymentPurposeInputCode:
    value: str
    name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "value": value,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value = d.pop("value")

        name = d.pop("name", UNSET)

        vendor_payment_purpose_input_code = cls(
            value=value,
            name=name,
        )

        return vendor_payment_purpose_input_code
