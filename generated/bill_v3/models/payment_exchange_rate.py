from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_exchange_rate_amount_range import PaymentExchangeRateAmountRange


T = TypeVar("T", bound="PaymentExchangeRate")


@_attrs_define
class PaymentExchangeRate:
    payment_currency: str | Unset = UNSET
    base_currency: str | Unset = UNSET
    exchange_rate: float | Unset = UNSET
    """ Units of the payment currency per unit of the base currency. """
    amount_range: PaymentExchangeRateAmountRange | Unset = UNSET
    expiration_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_currency = self.payment_currency

        base_currency = self.base_currency

        exchange_rate = self.exchange_rate

        amount_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount_range, Unset):
            amount_range = self.amount_range.to_dict()

        expiration_time: str | Unset = UNSET
        if not isinstance(self.expiration_time, Unset):
            expiration_time = self.expiration_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_currency is not UNSET:
            field_dict["paymentCurrency"] = payment_currency
        if base_currency is not UNSET:
            field_dict["baseCurrency"] = base_currency
        if exchange_rate is not UNSET:
            field_dict["exchangeRate"] = exchange_rate
        if amount_range is not UNSET:
            field_dict["amountRange"] = amount_range
        if expiration_time is not UNSET:
            field_dict["expirationTime"] = expiration_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_exchange_rate_amount_range import PaymentExchangeRateAmountRange  # noqa: PLC0415

        d = dict(src_dict)
        payment_currency = d.pop("paymentCurrency", UNSET)

        base_currency = d.pop("baseCurrency", UNSET)

        exchange_rate = d.pop("exchangeRate", UNSET)

        _amount_range = d.pop("amountRange", UNSET)
        amount_range: PaymentExchangeRateAmountRange | Unset
        if isinstance(_amount_range, Unset):
            amount_range = UNSET
        else:
            amount_range = PaymentExchangeRateAmountRange.from_dict(_amount_range)

        _expiration_time = d.pop("expirationTime", UNSET)
        expiration_time: datetime.datetime | Unset
        if isinstance(_expiration_time, Unset):
            expiration_time = UNSET
        else:
            expiration_time = datetime.datetime.fromisoformat(_expiration_time)

        payment_exchange_rate = cls(
            payment_currency=payment_currency,
            base_currency=base_currency,
            exchange_rate=exchange_rate,
            amount_range=amount_range,
            expiration_time=expiration_time,
        )

        payment_exchange_rate.additional_properties = d
        return payment_exchange_rate

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
