from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SendVendorInviteData")


@_attrs_define
class SendVendorInviteData:
    vendor_id: str
    email: str
    """ Where BILL sends the invitation. """

    def to_dict(self) -> dict[str, Any]:
        vendor_id = self.vendor_id

        email = self.email

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "vendorId": vendor_id,
                "email": email,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        vendor_id = d.pop("vendorId")

        email = d.pop("email")

        send_vendor_invite_data = cls(
            vendor_id=vendor_id,
            email=email,
        )

        return send_vendor_invite_data
