from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WalletDisbursement")


@_attrs_define
class WalletDisbursement:
    """An instant transfer (wallet)."""

    deposit_date: str | Unset = UNSET
    transact_id: str | Unset = UNSET
    received_pay_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deposit_date = self.deposit_date

        transact_id = self.transact_id

        received_pay_id = self.received_pay_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deposit_date is not UNSET:
            field_dict["depositDate"] = deposit_date
        if transact_id is not UNSET:
            field_dict["transactId"] = transact_id
        if received_pay_id is not UNSET:
            field_dict["receivedPayId"] = received_pay_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deposit_date = d.pop("depositDate", UNSET)

        transact_id = d.pop("transactId", UNSET)

        received_pay_id = d.pop("receivedPayId", UNSET)

        wallet_disbursement = cls(
            deposit_date=deposit_date,
            transact_id=transact_id,
            received_pay_id=received_pay_id,
        )

        wallet_disbursement.additional_properties = d
        return wallet_disbursement

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
