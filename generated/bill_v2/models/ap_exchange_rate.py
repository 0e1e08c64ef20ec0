from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="APExchangeRate")


@_attrs_define
class APExchangeRate:
    payment_currency: str | Unset = UNSET
    """ The currency the vendor takes. """
    bill_currency: str | Unset = UNSET
    exchange_rate: float | Unset = UNSET
    """ Units of paymentCurrency per unit of the organization's currency. """
    valid_from: float | Unset = UNSET
    """ Lower end of the amount range the rate holds for. """
    valid_to: float | Unset = UNSET
    """ Upper end of that range. """
    vendor_id: str | Unset = UNSET
    total_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_currency = self.payment_currency

        bill_currency = self.bill_currency

        exchange_rate = self.exchange_rate

        valid_from = self.valid_from

        valid_to = self.valid_to

        vendor_id = self.vendor_id

        total_amount = self.total_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_currency is not UNSET:
            field_dict["paymentCurrency"] = payment_currency
        if bill_currency is not UNSET:
            field_dict["billCurrency"] = bill_currency
        if exchange_rate is not UNSET:
            field_dict["exchangeRate"] = exchange_rate
        if valid_from is not UNSET:
            field_dict["validFrom"] = valid_from
        if valid_to is not UNSET:
            field_dict["validTo"] = valid_to
        if vendor_id is not UNSET:
            field_dict["vendorId"] = vendor_id
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        payment_currency = d.pop("paymentCurrency", UNSET)

        bill_currency = d.pop("billCurrency", UNSET)

        exchange_rate = d.pop("exchangeRate", UNSET)

        valid_from = d.pop("validFrom", UNSET)

        valid_to = d.pop("validTo", UNSET)

        vendor_id = d.pop("vendorId", UNSET)

        total_amount = d.pop("totalAmount", UNSET)

        ap_exchange_rate = cls(
            payment_currency=payment_currency,
            bill_currency=bill_currency,
            exchange_rate=exchange_rate,
            valid_from=valid_from,
            valid_to=valid_to,
            vendor_id=vendor_id,
            total_amount=total_amount,
        )

        ap_exchange_rate.additional_properties = d
        return ap_exchange_rate

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
