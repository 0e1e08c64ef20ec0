from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChartOfAccountsAccountInput")


@_attrs_define
class ChartOfAccountsAccountInput:
    """How the account is classified in the general ledger."""

    type_: str | Unset = UNSET
    """ The account type, for example EXPENSE, FIXED_ASSET, CREDIT_CARD or ACCOUNTS_RECEIVABLE. """
    number: str | Unset = UNSET
    """ The account number in your accounting system, such as 1-020. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        number = self.number

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if number is not UNSET:
            field_dict["number"] = number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        number = d.pop("number", UNSET)

        chart_of_accounts_account_input = cls(
            type_=type_,
            number=number,
        )

        return chart_of_accounts_account_input
