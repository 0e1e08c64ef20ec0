from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_option_bank import PaymentOptionBank
    from ..models.payment_option_card import PaymentOptionCard


T = TypeVar("T", bound="PaymentOptionsFundingOptions")


@_attrs_define
class PaymentOptionsFundingOptions:
    banks: list[PaymentOptionBank] | Unset = UNSET
    cards: list[PaymentOptionCard] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        banks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.banks, Unset):
            banks = []
            for banks_item_data in self.banks:
                banks_item = banks_item_data.to_dict()
                banks.append(banks_item)

        cards: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cards, Unset):
            cards = []
            for cards_item_data in self.cards:
                cards_item = cards_item_data.to_dict()
                cards.append(cards_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if banks is not UNSET:
            field_dict["banks"] = banks
        if cards is not UNSET:
            field_dict["cards"] = cards

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_option_bank import PaymentOptionBank  # noqa: PLC0415
        from ..models.payment_option_card import PaymentOptionCard  # noqa: PLC0415

        d = dict(src_dict)
        _banks = d.pop("banks", UNSET)
        banks: list[PaymentOptionBank] | Unset = UNSET
        if _banks is not UNSET:
            banks = []
            for banks_item_data in _banks:
                banks_item = PaymentOptionBank.from_dict(banks_item_data)

                banks.append(banks_item)

        _cards = d.pop("cards", UNSET)
        cards: list[PaymentOptionCard] | Unset = UNSET
        if _cards is not UNSET:
            cards = []
            for cards_item_data in _cards:
                cards_item = PaymentOptionCard.from_dict(cards_item_data)

                cards.append(cards_item)

        payment_options_funding_options = cls(
            banks=banks,
            cards=cards,
        )

        payment_options_funding_options.additional_properties = d
        return payment_options_funding_options

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
