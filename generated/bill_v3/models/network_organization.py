from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.network_address import NetworkAddress
    from ..models.network_manager import NetworkManager


T = TypeVar("T", bound="NetworkOrganization")


@_attrs_define
class NetworkOrganization:
    id: str
    """ The organization's Payment Network ID (PNI); `0rv…` for verified national vendors. """
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    addresses: list[NetworkAddress] | Unset = UNSET
    managed_by: NetworkManager | Unset = UNSET
    """ Who runs the organization's BILL account, as far as BILL shows it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.addresses, Unset):
            addresses = []
            for addresses_item_data in self.addresses:
                addresses_item = addresses_item_data.to_dict()
                addresses.append(addresses_item)

        managed_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.managed_by, Unset):
            managed_by = self.managed_by.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if addresses is not UNSET:
            field_dict["addresses"] = addresses
        if managed_by is not UNSET:
            field_dict["managedBy"] = managed_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.network_address import NetworkAddress  # noqa: PLC0415
        from ..models.network_manager import NetworkManager  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        _addresses = d.pop("addresses", UNSET)
        addresses: list[NetworkAddress] | Unset = UNSET
        if _addresses is not UNSET:
            addresses = []
            for addresses_item_data in _addresses:
                addresses_item = NetworkAddress.from_dict(addresses_item_data)

                addresses.append(addresses_item)

        _managed_by = d.pop("managedBy", UNSET)
        managed_by: NetworkManager | Unset
        if isinstance(_managed_by, Unset):
            managed_by = UNSET
        else:
            managed_by = NetworkManager.from_dict(_managed_by)

        network_organization = cls(
            id=id,
            name=name,
            type_=type_,
            addresses=addresses,
            managed_by=managed_by,
        )

        network_organization.additional_properties = d
        return network_organization

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
