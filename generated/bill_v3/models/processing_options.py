from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProcessingOptions")


@_attrs_define
class ProcessingOptions:
    mailing_address_same_as_physical: bool | Unset = UNSET
    individual_transfer_out: bool | Unset = UNSET
    individual_transfer_in: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        mailing_address_same_as_physical = self.mailing_address_same_as_physical

        individual_transfer_out = self.individual_transfer_out

        individual_transfer_in = self.individual_transfer_in

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if mailing_address_same_as_physical is not UNSET:
            field_dict["mailingAddressSameAsPhysical"] = mailing_address_same_as_physical
        if individual_transfer_out is not UNSET:
            field_dict["individualTransferOut"] = individual_transfer_out
        if individual_transfer_in is not UNSET:
            field_dict["individualTransferIn"] = individual_transfer_in

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mailing_address_same_as_physical = d.pop("mailingAddressSameAsPhysical", UNSET)

        individual_transfer_out = d.pop("individualTransferOut", UNSET)

        individual_transfer_in = d.pop("individualTransferIn", UNSET)

        processing_options = cls(
            mailing_address_same_as_physical=mailing_address_same_as_physical,
            individual_transfer_out=individual_transfer_out,
            individual_transfer_in=individual_transfer_in,
        )

        return processing_options
