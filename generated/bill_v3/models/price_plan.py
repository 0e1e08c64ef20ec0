from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.price_plan_term import PricePlanTerm


T = TypeVar("T", bound="PricePlan")


@_attrs_define
class PricePlan:
    id: str
    name: str | Unset = UNSET
    monthly_price: float | Unset = UNSET
    """ The subscription fee per month. """
    allow_trial: bool | Unset = UNSET
    price_varies_per_user: bool | Unset = UNSET
    plan_terms: list[PricePlanTerm] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        monthly_price = self.monthly_price

        allow_trial = self.allow_trial

        price_varies_per_user = self.price_varies_per_user

        plan_terms: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.plan_terms, Unset):
            plan_terms = []
            for plan_terms_item_data in self.plan_terms:
                plan_terms_item = plan_terms_item_data.to_dict()
                plan_terms.append(plan_terms_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if monthly_price is not UNSET:
            field_dict["monthlyPrice"] = monthly_price
        if allow_trial is not UNSET:
            field_dict["allowTrial"] = allow_trial
        if price_varies_per_user is not UNSET:
            field_dict["priceVariesPerUser"] = price_varies_per_user
        if plan_terms is not UNSET:
            field_dict["planTerms"] = plan_terms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.price_plan_term import PricePlanTerm  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        monthly_price = d.pop("monthlyPrice", UNSET)

        allow_trial = d.pop("allowTrial", UNSET)

        price_varies_per_user = d.pop("priceVariesPerUser", UNSET)

        _plan_terms = d.pop("planTerms", UNSET)
        plan_terms: list[PricePlanTerm] | Unset = UNSET
        if _plan_terms is not UNSET:
            plan_terms = []
            for plan_terms_item_data in _plan_terms:
                plan_terms_item = PricePlanTerm.from_dict(plan_terms_item_data)

                plan_terms.append(plan_terms_item)

        price_plan = cls(
            id=id,
            name=name,
            monthly_price=monthly_price,
            allow_trial=allow_trial,
            price_varies_per_user=price_varies_per_user,
            plan_terms=plan_terms,
        )

        price_plan.additional_properties = d
        return price_plan

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
