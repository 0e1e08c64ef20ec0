from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CustomerChargeAuthorization")


@_attrs_define
class CustomerChargeAuthorization:
    authorized_to_charge: bool

    def to_dict(self) -> dict[str, Any]:
        authorized_to_charge = self.authorized_to_charge

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "authorizedToCharge": authorized_to_charge,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        authorized_to_charge = d.pop("authorizedToCharge")

        customer_charge_authorization = cls(
            authorized_to_charge=authorized_to_charge,
        )

        return customer_charge_authorization
