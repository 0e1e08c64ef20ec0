from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountBalance")


@_attrs_define
class AccountBalance:
    """The balance of one bank-type chart-of-accounts entry."""

    chart_of_account_id: str | Unset = UNSET
    chart_of_account_balance: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        chart_of_account_id = self.chart_of_account_id

        chart_of_account_balance = self.chart_of_account_balance

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if chart_of_account_id is not UNSET:
            field_dict["chartOfAccountId"] = chart_of_account_id
        if chart_of_account_balance is not UNSET:
            field_dict["chartOfAccountBalance"] = chart_of_account_balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chart_of_account_id = d.pop("chartOfAccountId", UNSET)

        chart_of_account_balance = d.pop("chartOfAccountBalance", UNSET)

        account_balance = cls(
            chart_of_account_id=chart_of_account_id,
            chart_of_account_balance=chart_of_account_balance,
        )

        return account_balance
