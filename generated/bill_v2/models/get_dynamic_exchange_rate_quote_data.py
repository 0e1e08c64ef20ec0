from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.ap_exchange_rate_vendor import APExchangeRateVendor


T = TypeVar("T", bound="GetDynamicExchangeRateQuoteData")


@_attrs_define
class GetDynamicExchangeRateQuoteData:
    vendor_data: list[APExchangeRateVendor]

    def to_dict(self) -> dict[str, Any]:
        vendor_data = []
        for vendor_data_item_data in self.vendor_data:
            vendor_data_item = vendor_data_item_data.to_dict()
            vendor_data.append(vendor_data_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "vendorData": vendor_data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ap_exchange_rate_vendor import APExchangeRateVendor  # noqa: PLC0415

        d = dict(src_dict)
        vendor_data = []
        _vendor_data = d.pop("vendorData")
        for vendor_data_item_data in _vendor_data:
            vendor_data_item = APExchangeRateVendor.from_dict(vendor_data_item_data)

            vendor_data.append(vendor_data_item)

        get_dynamic_exchange_rate_quote_data = cls(
            vendor_data=vendor_data,
        )

        return get_dynamic_exchange_rate_quote_data
