from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RppsInformation")


@_attrs_define
class RppsInformation:
    """Needed when networkType is RPPS."""

    account_number: str
    """ Your account number with the vendor. """
    address_id: str | Unset = UNSET
    """ The vendor's payment address """

    def to_dict(self) -> dict[str, Any]:
        account_number = self.account_number

        address_id = self.address_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountNumber": account_number,
            }
        )
        if address_id is not UNSET:
            field_dict["addressId"] = address_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_number = d.pop("accountNumber")

        address_id = d.pop("addressId", UNSET)

        rpps_information = cls(
            account_number=account_number,
            address_id=address_id,
        )

        return rpps_information
