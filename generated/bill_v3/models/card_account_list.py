from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.card_account import CardAccount
    from ..models.card_rates import CardRates


T = TypeVar("T", bound="CardAccountList")


@_attrs_define
class CardAccountList:
    rates: CardRates | Unset = UNSET
    cards: list[CardAccount] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rates, Unset):
            rates = self.rates.to_dict()

        cards: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cards, Unset):
            cards = []
            for cards_item_data in self.cards:
                cards_item = cards_item_data.to_dict()
                cards.append(cards_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rates is not UNSET:
            field_dict["rates"] = rates
        if cards is not UNSET:
            field_dict["cards"] = cards

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.card_account import CardAccount  # noqa: PLC0415
        from ..models.card_rates import CardRates  # noqa: PLC0415

        d = dict(src_dict)
        _rates = d.pop("rates", UNSET)
        rates: CardRates | Unset
        if isinstance(_rates, Unset):
            rates = UNSET
        else:
            rates = CardRates.from_dict(_rates)

        _cards = d.pop("cards", UNSET)
        cards: list[CardAccount] | Unset = UNSET
        if _cards is not UNSET:
            cards = []
            for cards_item_data in _cards:
                cards_item = CardAccount.from_dict(cards_item_data)

                cards.append(cards_item)

        card_account_list = cls(
            rates=rates,
            cards=cards,
        )

        card_account_list.additional_properties = d
        return card_account_list

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
