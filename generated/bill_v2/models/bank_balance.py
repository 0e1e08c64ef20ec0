from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BankBalance")


@_attrs_define
class BankBalance:
    bank_balance: float | Unset = UNSET
    """ Balance of the default bank account. """
    bank_balance_date: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bank_balance = self.bank_balance

        bank_balance_date: str | Unset = UNSET
        if not isinstance(self.bank_balance_date, Unset):
            bank_balance_date = self.bank_balance_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bank_balance is not UNSET:
            field_dict["bankBalance"] = bank_balance
        if bank_balance_date is not UNSET:
            field_dict["bankBalanceDate"] = bank_balance_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bank_balance = d.pop("bankBalance", UNSET)

        _bank_balance_date = d.pop("bankBalanceDate", UNSET)
        bank_balance_date: datetime.date | Unset
        if isinstance(_bank_balance_date, Unset):
            bank_balance_date = UNSET
        else:
            bank_balance_date = datetime.date.fromisoformat(_bank_balance_date)

        bank_balance = cls(
            bank_balance=bank_balance,
            bank_balance_date=bank_balance_date,
        )

        bank_balance.additional_properties = d
        return bank_balance

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
