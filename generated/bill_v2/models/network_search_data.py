from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.network_search_data_networks_item import NetworkSearchDataNetworksItem
from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkSearchData")


@_attrs_define
class NetworkSearchData:
    name: str
    """ The organization's name. """
    acc_number: str | Unset = UNSET
    """ Narrows the search: the organization's bank account number, or for a verified national vendor your account
    number on its statements. """
    address_zip: str | Unset = UNSET
    networks: list[NetworkSearchDataNetworksItem] | Unset = UNSET
    """ "0" the BILL network, "1" verified national vendors; one or both. """
    for_vendor: bool | Unset = UNSET
    """ true to look for a vendor """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        acc_number = self.acc_number

        address_zip = self.address_zip

        networks: list[str] | Unset = UNSET
        if not isinstance(self.networks, Unset):
            networks = []
            for networks_item_data in self.networks:
                networks_item = networks_item_data.value
                networks.append(networks_item)

        for_vendor = self.for_vendor

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if acc_number is not UNSET:
            field_dict["accNumber"] = acc_number
        if address_zip is not UNSET:
            field_dict["addressZip"] = address_zip
        if networks is not UNSET:
            field_dict["networks"] = networks
        if for_vendor is not UNSET:
            field_dict["forVendor"] = for_vendor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        acc_number = d.pop("accNumber", UNSET)

        address_zip = d.pop("addressZip", UNSET)

        _networks = d.pop("networks", UNSET)
        networks: list[NetworkSearchDataNetworksItem] | Unset = UNSET
        if _networks is not UNSET:
            networks = []
            for networks_item_data in _networks:
                networks_item = NetworkSearchDataNetworksItem(networks_item_data)

                networks.append(networks_item)

        for_vendor = d.pop("forVendor", UNSET)

        network_search_data = cls(
            name=name,
            acc_number=acc_number,
            address_zip=address_zip,
            networks=networks,
            for_vendor=for_vendor,
        )

        return network_search_data
