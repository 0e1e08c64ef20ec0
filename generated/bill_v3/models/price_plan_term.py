from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PricePlanTerm")


@_attrs_define
class PricePlanTerm:
    """The price of one feature in one tier of use."""

    type_: str | Unset = UNSET
    name: str | Unset = UNSET
    """ The feature charged, for example discount or suaProcessedCount. """
    tier: float | Unset = UNSET
    """ Which band of use this entry prices: 1 for the first units, 2 for the next. """
    quantity: float | Unset = UNSET
    """ How many units the tier covers. """
    price: float | Unset = UNSET
    """ The price of each unit in the tier. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        tier = self.tier

        quantity = self.quantity

        price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if tier is not UNSET:
            field_dict["tier"] = tier
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        name = d.pop("name", UNSET)

        tier = d.pop("tier", UNSET)

        quantity = d.pop("quantity", UNSET)

        price = d.pop("price", UNSET)

        price_plan_term = cls(
            type_=type_,
            name=name,
            tier=tier,
            quantity=quantity,
            price=price,
        )

        price_plan_term.additional_properties = d
        return price_plan_term

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
