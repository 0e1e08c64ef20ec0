from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CardAccountDefault")


@_attrs_define
class CardAccountDefault:
    payables: bool | Unset = UNSET
    receivables: bool | Unset = UNSET
    funding: bool | Unset = UNSET
    disbursement: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payables = self.payables

        receivables = self.receivables

        funding = self.funding

        disbursement = self.disbursement

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payables is not UNSET:
            field_dict["payables"] = payables
        if receivables is not UNSET:
            field_dict["receivables"] = receivables
        if funding is not UNSET:
            field_dict["funding"] = funding
        if disbursement is not UNSET:
            field_dict["disbursement"] = disbursement

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        payables = d.pop("payables", UNSET)

        receivables = d.pop("receivables", UNSET)

        funding = d.pop("funding", UNSET)

        disbursement = d.pop("disbursement", UNSET)

        card_account_default = cls(
            payables=payables,
            receivables=receivables,
            funding=funding,
            disbursement=disbursement,
        )

        card_account_default.additional_properties = d
        return card_account_default

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
