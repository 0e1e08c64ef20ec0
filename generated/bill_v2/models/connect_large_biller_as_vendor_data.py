from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectLargeBillerAsVendorData")


@_attrs_define
class ConnectLargeBillerAsVendorData:
    large_biller_id: str
    """ From LargeBillerSearch. """
    acc_number: str
    """ Your account number on the biller's statements. """
    vendor_id: str
    """ Your vendor to link to the biller. """
    address_id: str | Unset = UNSET
    """ The payment address to use """

    def to_dict(self) -> dict[str, Any]:
        large_biller_id = self.large_biller_id

        acc_number = self.acc_number

        vendor_id = self.vendor_id

        address_id = self.address_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "largeBillerId": large_biller_id,
                "accNumber": acc_number,
                "vendorId": vendor_id,
            }
        )
        if address_id is not UNSET:
            field_dict["addressId"] = address_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        large_biller_id = d.pop("largeBillerId")

        acc_number = d.pop("accNumber")

        vendor_id = d.pop("vendorId")

        address_id = d.pop("addressId", UNSET)

        connect_large_biller_as_vendor_data = cls(
            large_biller_id=large_biller_id,
            acc_number=acc_number,
            vendor_id=vendor_id,
            address_id=address_id,
        )

        return connect_large_biller_as_vendor_data
