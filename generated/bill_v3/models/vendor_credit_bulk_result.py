from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.vendor_credit import VendorCredit


T = TypeVar("T", bound="VendorCreditBulkResult")


@_attrs_define
class VendorCreditBulkResult:
    vendor_credits: list[VendorCredit]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vendor_credits = []
        for vendor_credits_item_data in self.vendor_credits:
            vendor_credits_item = vendor_credits_item_data.to_dict()
            vendor_credits.append(vendor_credits_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vendorCredits": vendor_credits,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vendor_credit import VendorCredit  # noqa: PLC0415

        d = dict(src_dict)
        vendor_credits = []
        _vendor_credits = d.pop("vendorCredits")
        for vendor_credits_item_data in _vendor_credits:
            vendor_credits_item = VendorCredit.from_dict(vendor_credits_item_data)

            vendor_credits.append(vendor_credits_item)

        vendor_credit_bulk_result = cls(
            vendor_credits=vendor_credits,
        )

        vendor_credit_bulk_result.additional_properties = d
        return vendor_credit_bulk_result

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
