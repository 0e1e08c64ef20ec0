from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BankAccountDefaults")


@_attrs_define
class BankAccountDefaults:
    payables: bool | Unset = UNSET
    receivables: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payables = self.payables

        receivables = self.receivables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        bank_account_defaults = cls(
            payables=payables,
            receivables=receivables,
        )

        bank_account_defaults.additional_properties = d
        return bank_account_defaults

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
