from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_balance import AccountBalance


T = TypeVar("T", bound="SetBankBalanceData")


@_attrs_define
class SetBankBalanceData:
    bank_balance: float
    """ Balance of the default bank account. """
    bank_balance_date: datetime.date
    """ The day the balance applies to. """
    bank_balances: list[AccountBalance] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        bank_balance = self.bank_balance

        bank_balance_date = self.bank_balance_date.isoformat()

        bank_balances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bank_balances, Unset):
            bank_balances = []
            for bank_balances_item_data in self.bank_balances:
                bank_balances_item = bank_balances_item_data.to_dict()
                bank_balances.append(bank_balances_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "bankBalance": bank_balance,
                "bankBalanceDate": bank_balance_date,
            }
        )
        if bank_balances is not UNSET:
            field_dict["bankBalances"] = bank_balances

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_balance import AccountBalance  # noqa: PLC0415

        d = dict(src_dict)
        bank_balance = d.pop("bankBalance")

        bank_balance_date = datetime.date.fromisoformat(d.pop("bankBalanceDate"))

        _bank_balances = d.pop("bankBalances", UNSET)
        bank_balances: list[AccountBalance] | Unset = UNSET
        if _bank_balances is not UNSET:
            bank_balances = []
            for bank_balances_item_data in _bank_balances:
                bank_balances_item = AccountBalance.from_dict(bank_balances_item_data)

                bank_balances.append(bank_balances_item)

        set_bank_balance_data = cls(
            bank_balance=bank_balance,
            bank_balance_date=bank_balance_date,
            bank_balances=bank_balances,
        )

        return set_bank_balance_data
