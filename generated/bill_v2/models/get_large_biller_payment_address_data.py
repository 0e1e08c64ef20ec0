from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="GetLargeBillerPaymentAddressData")


@_attrs_define
class GetLargeBillerPaymentAddressData:
    large_biller_id: str
    """ From LargeBillerSearch. """
    start: int
    """ Index of the first result; counts from 0. """
    max_: int

    def to_dict(self) -> dict[str, Any]:
        large_biller_id = self.large_biller_id

        start = self.start

        max_ = self.max_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "largeBillerId": large_biller_id,
                "start": start,
                "max": max_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        large_biller_id = d.pop("largeBillerId")

        start = d.pop("start")

        max_ = d.pop("max")

        get_large_biller_payment_address_data = cls(
            large_biller_id=large_biller_id,
            start=start,
            max_=max_,
        )

        return get_large_biller_payment_address_data
