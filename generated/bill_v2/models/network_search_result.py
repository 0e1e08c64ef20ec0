from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.network_search_result_account_type import NetworkSearchResultAccountType
from ..models.network_search_result_type import NetworkSearchResultType
from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkSearchResult")


@_attrs_define
class NetworkSearchResult:
    """One organization that matched a NetworkSearch."""

    display_name: str | Unset = UNSET
    show_display_name_in_network: bool | Unset = UNSET
    type_: NetworkSearchResultType | Unset = UNSET
    """ "0" BILL network, "1" verified national vendor. """
    network_id: str | Unset = UNSET
    """ The organization's Payment Network ID (PNI); SendInvite takes it. """
    address_line_1: str | Unset = UNSET
    address_city: str | Unset = UNSET
    address_state: str | Unset = UNSET
    address_country: str | Unset = UNSET
    address_zip: str | Unset = UNSET
    verified_email_domain: str | Unset = UNSET
    number_of_connections: int | Unset = UNSET
    managed_by_name: str | Unset = UNSET
    managed_by_email: str | Unset = UNSET
    rank: int | Unset = UNSET
    match_score: float | Unset = UNSET
    """ Results come highest score first. """
    account_type: NetworkSearchResultAccountType | Unset = UNSET
    match_mode: str | Unset = UNSET
    """ What the match was made on. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        show_display_name_in_network = self.show_display_name_in_network

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        network_id = self.network_id

        address_line_1 = self.address_line_1

        address_city = self.address_city

        address_state = self.address_state

        address_country = self.address_country

        address_zip = self.address_zip

        verified_email_domain = self.verified_email_domain

        number_of_connections = self.number_of_connections

        managed_by_name = self.managed_by_name

        managed_by_email = self.managed_by_email

        rank = self.rank

        match_score = self.match_score

        account_type: str | Unset = UNSET
        if not isinstance(self.account_type, Unset):
            account_type = self.account_type.value

        match_mode = self.match_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if show_display_name_in_network is not UNSET:
            field_dict["showDisplayNameInNetwork"] = show_display_name_in_network
        if type_ is not UNSET:
            field_dict["type"] = type_
        if network_id is not UNSET:
            field_dict["networkId"] = network_id
        if address_line_1 is not UNSET:
            field_dict["addressLine1"] = address_line_1
        if address_city is not UNSET:
            field_dict["addressCity"] = address_city
        if address_state is not UNSET:
            field_dict["addressState"] = address_state
        if address_country is not UNSET:
            field_dict["addressCountry"] = address_country
        if address_zip is not UNSET:
            field_dict["addressZip"] = address_zip
        if verified_email_domain is not UNSET:
            field_dict["verifiedEmailDomain"] = verified_email_domain
        if number_of_connections is not UNSET:
            field_dict["numberOfConnections"] = number_of_connections
        if managed_by_name is not UNSET:
            field_dict["managedByName"] = managed_by_name
        if managed_by_email is not UNSET:
            field_dict["managedByEmail"] = managed_by_email
        if rank is not UNSET:
            field_dict["rank"] = rank
        if match_score is not UNSET:
            field_dict["matchScore"] = match_score
        if account_type is not UNSET:
            field_dict["accountType"] = account_type
        if match_mode is not UNSET:
            field_dict["matchMode"] = match_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_name = d.pop("displayName", UNSET)

        show_display_name_in_network = d.pop("showDisplayNameInNetwork", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: NetworkSearchResultType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = NetworkSearchResultType(_type_)

        network_id = d.pop("networkId", UNSET)

        address_line_1 = d.pop("addressLine1", UNSET)

        address_city = d.pop("addressCity", UNSET)

        address_state = d.pop("addressState", UNSET)

        address_country = d.pop("addressCountry", UNSET)

        address_zip = d.pop("addressZip", UNSET)

        verified_email_domain = d.pop("verifiedEmailDomain", UNSET)

        number_of_connections = d.pop("numberOfConnections", UNSET)

        managed_by_name = d.pop("managedByName", UNSET)

        managed_by_email = d.pop("managedByEmail", UNSET)

        rank = d.pop("rank", UNSET)

        match_score = d.pop("matchScore", UNSET)

        _account_type = d.pop("accountType", UNSET)
        account_type: NetworkSearchResultAccountType | Unset
        if isinstance(_account_type, Unset):
            account_type = UNSET
        else:
            account_type = NetworkSearchResultAccountType(_account_type)

        match_mode = d.pop("matchMode", UNSET)

        network_search_result = cls(
            display_name=display_name,
            show_display_name_in_network=show_display_name_in_network,
            type_=type_,
            network_id=network_id,
            address_line_1=address_line_1,
            address_city=address_city,
            address_state=address_state,
            address_country=address_country,
            address_zip=address_zip,
            verified_email_domain=verified_email_domain,
            number_of_connections=number_of_connections,
            managed_by_name=managed_by_name,
            managed_by_email=managed_by_email,
            rank=rank,
            match_score=match_score,
            account_type=account_type,
            match_mode=match_mode,
        )

        network_search_result.additional_properties = d
        return network_search_result

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
