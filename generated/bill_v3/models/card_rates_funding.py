from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CardRatesFunding")


@_attrs_define
class CardRatesFunding:
    credit_card_rate: float | Unset = UNSET
    debit_card_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credit_card_rate = self.credit_card_rate

        debit_card_rate = self.debit_card_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credit_card_rate is not UNSET:
            field_dict["creditCardRate"] = credit_card_rate
        if debit_card_rate is not UNSET:
            field_dict["debitCardRate"] = debit_card_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credit_card_rate = d.pop("creditCardRate", UNSET)

        debit_card_rate = d.pop("debitCardRate", UNSET)

        card_rates_funding = cls(
            credit_card_rate=credit_card_rate,
            debit_card_rate=debit_card_rate,
        )

        card_rates_funding.additional_properties = d
        return card_rates_funding

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
