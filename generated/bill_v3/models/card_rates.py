from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.card_rates_funding import CardRatesFunding


T = TypeVar("T", bound="CardRates")


@_attrs_define
class CardRates:
    default_card_account_id: str | Unset = UNSET
    funding: CardRatesFunding | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_card_account_id = self.default_card_account_id

        funding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.funding, Unset):
            funding = self.funding.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_card_account_id is not UNSET:
            field_dict["defaultCardAccountId"] = default_card_account_id
        if funding is not UNSET:
            field_dict["funding"] = funding

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.card_rates_funding import CardRatesFunding  # noqa: PLC0415

        d = dict(src_dict)
        default_card_account_id = d.pop("defaultCardAccountId", UNSET)

        _funding = d.pop("funding", UNSET)
        funding: CardRatesFunding | Unset
        if isinstance(_funding, Unset):
            funding = UNSET
        else:
            funding = CardRatesFunding.from_dict(_funding)

        card_rates = cls(
            default_card_account_id=default_card_account_id,
            funding=funding,
        )

        card_rates.additional_properties = d
        return card_rates

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
