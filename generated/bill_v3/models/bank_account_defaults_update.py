from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BankAccountDefaultsUpdate")


@_attrs_define
class BankAccountDefaultsUpdate:
    payables: bool | Unset = UNSET
    """ Pay bills from this account by default. """
    receivables: bool | Unset = UNSET
    """ Take customer payments into this account by default. """

    def to_dict(self) -> dict[str, Any]:
        payables = self.payables

        receivables = self.receivables

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if payables is not UNSET:
            field_dict["payables"] = payables
        if receivables is not UNSET:
            field_dict["receivables"] = receivables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        payables = d.pop("payables", UNSET)

        receivables = d.pop("receivables", UNSET)

        bank_account_defaults_update = cls(
            payables=payables,
            receivables=receivables,
        )

        return bank_account_defaults_update
