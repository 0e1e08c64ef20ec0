from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.vendor import Vendor


T = TypeVar("T", bound="VendorBulkResult")


@_attrs_define
class VendorBulkResult:
    vendors: list[Vendor]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vendors = []
        for vendors_item_data in self.vendors:
            vendors_item = vendors_item_data.to_dict()
            vendors.append(vendors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vendors": vendors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vendor import Vendor  # noqa: PLC0415

        d = dict(src_dict)
        vendors = []
        _vendors = d.pop("vendors")
        for vendors_item_data in _vendors:
            vendors_item = Vendor.from_dict(vendors_item_data)

            vendors.append(vendors_item)

        vendor_bulk_result = cls(
            vendors=vendors,
        )

        vendor_bulk_result.additional_properties = d
        return vendor_bulk_result

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
