from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DisconnectVendorFromNetworkData")


@_attrs_define
class DisconnectVendorFromNetworkData:
    vendor_id: str
    """ Your vendor (009...) """

    def to_dict(self) -> dict[str, Any]:
        vendor_id = self.vendor_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "vendorId": vendor_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        vendor_id = d.pop("vendorId")

        disconnect_vendor_from_network_data = cls(
            vendor_id=vendor_id,
        )

        return disconnect_vendor_from_network_data
