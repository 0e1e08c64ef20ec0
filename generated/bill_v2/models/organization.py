from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.active_flag import ActiveFlag
from ..models.organization_entity import OrganizationEntity
from ..models.organization_tax_id_type import OrganizationTaxIdType
from ..models.timezone_id import TimezoneId
from ..types import UNSET, Unset

T = TypeVar("T", bound="Organization")


@_attrs_define
class Organization:
    """The company signed in to. Address fields are the physical address; `mailing...` the postal one."""

    entity: OrganizationEntity
    id: str
    """ BILL organization id (prefix `008`). """
    is_active: ActiveFlag | Unset = UNSET
    """ "1" active, "2" inactive (deleted). """
    created_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    updated_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    name: str | Unset = UNSET
    display_name: str | Unset = UNSET
    """ The name the web app shows. """
    address1: str | Unset = UNSET
    address2: str | Unset = UNSET
    address3: str | Unset = UNSET
    address4: str | Unset = UNSET
    address_city: str | Unset = UNSET
    address_state: str | Unset = UNSET
    address_zip: str | Unset = UNSET
    address_country: str | Unset = UNSET
    mail_addr_same_as_phys: bool | Unset = UNSET
    """ The postal address is the physical one. """
    mailing_address_1: str | Unset = UNSET
    mailing_address_2: str | Unset = UNSET
    mailing_address_3: str | Unset = UNSET
    mailing_address_4: str | Unset = UNSET
    mailing_address_city: str | Unset = UNSET
    mailing_address_state: str | Unset = UNSET
    mailing_address_zip: str | Unset = UNSET
    mailing_address_country: str | Unset = UNSET
    phone: str | Unset = UNSET
    fax: str | Unset = UNSET
    accounting_software: str | Unset = UNSET
    """ The accounting system the organization syncs with. """
    timezone_id: TimezoneId | Unset = UNSET
    """ BILL's time-zone code: "1" Hawaii, "2" Alaska, "3" Pacific, "4" Mountain, "5" Central, "6" Eastern, "7"
    Puerto Rico, "8" Argentina, "9" GMT, "10" Central Europe, "11" Egypt, "12" East Africa, "13" India, "14"
    Bangladesh, "15" Vietnam, "16" China, "17" Japan, "18" Australia East, "19" Solomon Islands, "21" New Zealand,
    "22" MST7MDT, "23" EST5EDT. """
    rpt_custom_1: str | Unset = UNSET
    """ Partner-only custom field. """
    rpt_custom_2: str | Unset = UNSET
    """ Partner-only custom field. """
    rpt_custom_3: str | Unset = UNSET
    """ Partner-only custom field. """
    primary_company_owner: str | Unset = UNSET
    tax_id: str | Unset = UNSET
    tax_id_type: OrganizationTaxIdType | Unset = UNSET
    """ "1" EIN, "2" SSN. """
    industry: str | Unset = UNSET
    network_connections: int | Unset = UNSET
    """ How many BILL network connections the organization has. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

        created_time = self.created_time

        updated_time = self.updated_time

        name = self.name

        display_name = self.display_name

        address1 = self.address1

        address2 = self.address2

        address3 = self.address3

        address4 = self.address4

        address_city = self.address_city

        address_state = self.address_state

        address_zip = self.address_zip

        address_country = self.address_country

        mail_addr_same_as_phys = self.mail_addr_same_as_phys

        mailing_address_1 = self.mailing_address_1

        mailing_address_2 = self.mailing_address_2

        mailing_address_3 = self.mailing_address_3

        mailing_address_4 = self.mailing_address_4

        mailing_address_city = self.mailing_address_city

        mailing_address_state = self.mailing_address_state

        mailing_address_zip = self.mailing_address_zip

        mailing_address_country = self.mailing_address_country

        phone = self.phone

        fax = self.fax

        accounting_software = self.accounting_software

        timezone_id: str | Unset = UNSET
        if not isinstance(self.timezone_id, Unset):
            timezone_id = self.timezone_id.value

        rpt_custom_1 = self.rpt_custom_1

        rpt_custom_2 = self.rpt_custom_2

        rpt_custom_3 = self.rpt_custom_3

        primary_company_owner = self.primary_company_owner

        tax_id = self.tax_id

        tax_id_type: str | Unset = UNSET
        if not isinstance(self.tax_id_type, Unset):
            tax_id_type = self.tax_id_type.value

        industry = self.industry

        network_connections = self.network_connections

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
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time
        if name is not UNSET:
            field_dict["name"] = name
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if address3 is not UNSET:
            field_dict["address3"] = address3
        if address4 is not UNSET:
            field_dict["address4"] = address4
        if address_city is not UNSET:
            field_dict["addressCity"] = address_city
        if address_state is not UNSET:
            field_dict["addressState"] = address_state
        if address_zip is not UNSET:
            field_dict["addressZip"] = address_zip
        if address_country is not UNSET:
            field_dict["addressCountry"] = address_country
        if mail_addr_same_as_phys is not UNSET:
            field_dict["mailAddrSameAsPhys"] = mail_addr_same_as_phys
        if mailing_address_1 is not UNSET:
            field_dict["mailingAddress1"] = mailing_address_1
        if mailing_address_2 is not UNSET:
            field_dict["mailingAddress2"] = mailing_address_2
        if mailing_address_3 is not UNSET:
            field_dict["mailingAddress3"] = mailing_address_3
        if mailing_address_4 is not UNSET:
            field_dict["mailingAddress4"] = mailing_address_4
        if mailing_address_city is not UNSET:
            field_dict["mailingAddressCity"] = mailing_address_city
        if mailing_address_state is not UNSET:
            field_dict["mailingAddressState"] = mailing_address_state
        if mailing_address_zip is not UNSET:
            field_dict["mailingAddressZip"] = mailing_address_zip
        if mailing_address_country is not UNSET:
            field_dict["mailingAddressCountry"] = mailing_address_country
        if phone is not UNSET:
            field_dict["phone"] = phone
        if fax is not UNSET:
            field_dict["fax"] = fax
        if accounting_software is not UNSET:
            field_dict["accountingSoftware"] = accounting_software
        if timezone_id is not UNSET:
            field_dict["timezoneId"] = timezone_id
        if rpt_custom_1 is not UNSET:
            field_dict["rptCustom1"] = rpt_custom_1
        if rpt_custom_2 is not UNSET:
            field_dict["rptCustom2"] = rpt_custom_2
        if rpt_custom_3 is not UNSET:
            field_dict["rptCustom3"] = rpt_custom_3
        if primary_company_owner is not UNSET:
            field_dict["primaryCompanyOwner"] = primary_company_owner
        if tax_id is not UNSET:
            field_dict["taxId"] = tax_id
        if tax_id_type is not UNSET:
            field_dict["taxIdType"] = tax_id_type
        if industry is not UNSET:
            field_dict["industry"] = industry
        if network_connections is not UNSET:
            field_dict["networkConnections"] = network_connections

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = OrganizationEntity(d.pop("entity"))

        id = d.pop("id")

        _is_active = d.pop("isActive", UNSET)
        is_active: ActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = ActiveFlag(_is_active)

        created_time = d.pop("createdTime", UNSET)

        updated_time = d.pop("updatedTime", UNSET)

        name = d.pop("name", UNSET)

        display_name = d.pop("displayName", UNSET)

        address1 = d.pop("address1", UNSET)

        address2 = d.pop("address2", UNSET)

        address3 = d.pop("address3", UNSET)

        address4 = d.pop("address4", UNSET)

        address_city = d.pop("addressCity", UNSET)

        address_state = d.pop("addressState", UNSET)

        address_zip = d.pop("addressZip", UNSET)

        address_country = d.pop("addressCountry", UNSET)

        mail_addr_same_as_phys = d.pop("mailAddrSameAsPhys", UNSET)

        mailing_address_1 = d.pop("mailingAddress1", UNSET)

        mailing_address_2 = d.pop("mailingAddress2", UNSET)

        mailing_address_3 = d.pop("mailingAddress3", UNSET)

        mailing_address_4 = d.pop("mailingAddress4", UNSET)

        mailing_address_city = d.pop("mailingAddressCity", UNSET)

        mailing_address_state = d.pop("mailingAddressState", UNSET)

        mailing_address_zip = d.pop("mailingAddressZip", UNSET)

        mailing_address_country = d.pop("mailingAddressCountry", UNSET)

        phone = d.pop("phone", UNSET)

        fax = d.pop("fax", UNSET)

        accounting_software = d.pop("accountingSoftware", UNSET)

        _timezone_id = d.pop("timezoneId", UNSET)
        timezone_id: TimezoneId | Unset
        if isinstance(_timezone_id, Unset):
            timezone_id = UNSET
        else:
            timezone_id = TimezoneId(_timezone_id)

        rpt_custom_1 = d.pop("rptCustom1", UNSET)

        rpt_custom_2 = d.pop("rptCustom2", UNSET)

        rpt_custom_3 = d.pop("rptCustom3", UNSET)

        primary_company_owner = d.pop("primaryCompanyOwner", UNSET)

        tax_id = d.pop("taxId", UNSET)

        _tax_id_type = d.pop("taxIdType", UNSET)
        tax_id_type: OrganizationTaxIdType | Unset
        if isinstance(_tax_id_type, Unset):
            tax_id_type = UNSET
        else:
            tax_id_type = OrganizationTaxIdType(_tax_id_type)

        industry = d.pop("industry", UNSET)

        network_connections = d.pop("networkConnections", UNSET)

        organization = cls(
            entity=entity,
            id=id,
            is_active=is_active,
            created_time=created_time,
            updated_time=updated_time,
            name=name,
            display_name=display_name,
            address1=address1,
            address2=address2,
            address3=address3,
            address4=address4,
            address_city=address_city,
            address_state=address_state,
            address_zip=address_zip,
            address_country=address_country,
            mail_addr_same_as_phys=mail_addr_same_as_phys,
            mailing_address_1=mailing_address_1,
            mailing_address_2=mailing_address_2,
            mailing_address_3=mailing_address_3,
            mailing_address_4=mailing_address_4,
            mailing_address_city=mailing_address_city,
            mailing_address_state=mailing_address_state,
            mailing_address_zip=mailing_address_zip,
            mailing_address_country=mailing_address_country,
            phone=phone,
            fax=fax,
            accounting_software=accounting_software,
            timezone_id=timezone_id,
            rpt_custom_1=rpt_custom_1,
            rpt_custom_2=rpt_custom_2,
            rpt_custom_3=rpt_custom_3,
            primary_company_owner=primary_company_owner,
            tax_id=tax_id,
            tax_id_type=tax_id_type,
            industry=industry,
            network_connections=network_connections,
        )

        organization.additional_properties = d
        return organization

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
