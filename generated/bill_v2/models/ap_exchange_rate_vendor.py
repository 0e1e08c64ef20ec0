from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.ap_exchange_rate_vendor_type import APExchangeRateVendorType
from ..types import UNSET, Unset

T = TypeVar("T", bound="APExchangeRateVendor")


@_attrs_define
class APExchangeRateVendor:
    """A vendor abroad to quote a rate for."""

    vendor_id: str | Unset = UNSET
    total_amount: float | Unset = UNSET
    """ What is to be paid, in the foreign currency. """
    type_: APExchangeRateVendorType | Unset = UNSET
    """ POC1 bill and payment in USD, POC2 bill in USD paid in a foreign currency, POC3 bill and payment in the same
    foreign currency. """

    def to_dict(self) -> dict[str, Any]:
        vendor_id = self.vendor_id

        total_amount = self.total_amount

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if vendor_id is not UNSET:
            field_dict["vendorId"] = vendor_id
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        vendor_id = d.pop("vendorId", UNSET)

        total_amount = d.pop("totalAmount", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: APExchangeRateVendorType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = APExchangeRateVendorType(_type_)

        ap_exchange_rate_vendor = cls(
            vendor_id=vendor_id,
            total_amount=total_amount,
            type_=type_,
        )

        return ap_exchange_rate_vendor
