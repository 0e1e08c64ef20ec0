from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganizationProcessingOptions")


@_attrs_define
class OrganizationProcessingOptions:
    mailing_address_same_as_physical: bool | Unset = UNSET
    individual_transfer_out: bool | Unset = UNSET
    individual_transfer_in: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mailing_address_same_as_physical = self.mailing_address_same_as_physical

        individual_transfer_out = self.individual_transfer_out

        individual_transfer_in = self.individual_transfer_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        organization_processing_options = cls(
            mailing_address_same_as_physical=mailing_address_same_as_physical,
            individual_transfer_out=individual_transfer_out,
            individual_transfer_in=individual_transfer_in,
        )

        organization_processing_options.additional_properties = d
        return organization_processing_options

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
