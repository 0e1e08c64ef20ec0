from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.active_flag import ActiveFlag
from ..models.search_entity_match_entity import SearchEntityMatchEntity
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchEntityMatch")


@_attrs_define
class SearchEntityMatch:
    """A vendor that matches the search, with the fields of a vendor record (only the common ones are listed here; the
    others come through as extra properties).

    """

    entity: SearchEntityMatchEntity
    id: str
    is_active: ActiveFlag | Unset = UNSET
    """ "1" active, "2" inactive (deleted). """
    name: str | Unset = UNSET
    short_name: str | Unset = UNSET
    name_on_check: str | Unset = UNSET
    company_name: str | Unset = UNSET
    acc_number: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    address1: str | Unset = UNSET
    address2: str | Unset = UNSET
    address_city: str | Unset = UNSET
    address_state: str | Unset = UNSET
    address_zip: str | Unset = UNSET
    address_country: str | Unset = UNSET
    created_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    updated_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

        name = self.name

        short_name = self.short_name

        name_on_check = self.name_on_check

        company_name = self.company_name

        acc_number = self.acc_number

        email = self.email

        phone = self.phone

        address1 = self.address1

        address2 = self.address2

        address_city = self.address_city

        address_state = self.address_state

        address_zip = self.address_zip

        address_country = self.address_country

        created_time = self.created_time

        updated_time = self.updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity": entity,
                "id": id,
            }
        )
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if name is not UNSET:
            field_dict["name"] = name
        if short_name is not UNSET:
            field_dict["shortName"] = short_name
        if name_on_check is not UNSET:
            field_dict["nameOnCheck"] = name_on_check
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if acc_number is not UNSET:
            field_dict["accNumber"] = acc_number
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if address_city is not UNSET:
            field_dict["addressCity"] = address_city
        if address_state is not UNSET:
            field_dict["addressState"] = address_state
        if address_zip is not UNSET:
            field_dict["addressZip"] = address_zip
        if address_country is not UNSET:
            field_dict["addressCountry"] = address_country
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = SearchEntityMatchEntity(d.pop("entity"))

        id = d.pop("id")

        _is_active = d.pop("isActive", UNSET)
        is_active: ActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = ActiveFlag(_is_active)

        name = d.pop("name", UNSET)

        short_name = d.pop("shortName", UNSET)

        name_on_check = d.pop("nameOnCheck", UNSET)

        company_name = d.pop("companyName", UNSET)

        acc_number = d.pop("accNumber", UNSET)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        address1 = d.pop("address1", UNSET)

        address2 = d.pop("address2", UNSET)

        address_city = d.pop("addressCity", UNSET)

        address_state = d.pop("addressState", UNSET)

        address_zip = d.pop("addressZip", UNSET)

        address_country = d.pop("addressCountry", UNSET)

        created_time = d.pop("createdTime", UNSET)

        updated_time = d.pop("updatedTime", UNSET)

        search_entity_match = cls(
            entity=entity,
            id=id,
            is_active=is_active,
            name=name,
            short_name=short_name,
            name_on_check=name_on_check,
            company_name=company_name,
            acc_number=acc_number,
            email=email,
            phone=phone,
            address1=address1,
            address2=address2,
            address_city=address_city,
            address_state=address_state,
            address_zip=address_zip,
            address_country=address_country,
            created_time=created_time,
            updated_time=updated_time,
        )

        search_entity_match.additional_properties = d
        return search_entity_match

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
