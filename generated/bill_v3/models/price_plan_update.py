from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PricePlanUpdate")


@_attrs_define
class PricePlanUpdate:
    price_plan_type: str
    """ The plan name agreed with BILL, such as PricePlan1. """

    def to_dict(self) -> dict[str, Any]:
        price_plan_type = self.price_plan_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "pricePlanType": price_plan_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        price_plan_type = d.pop("pricePlanType")

        price_plan_update = cls(
            price_plan_type=price_plan_type,
        )

        return price_plan_update
