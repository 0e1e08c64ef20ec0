from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.organization_company_owner import OrganizationCompanyOwner
    from ..models.organization_processing_options import OrganizationProcessingOptions


T = TypeVar("T", bound="Organization")


@_attrs_define
class Organization:
    id: str
    archived: bool | Unset = UNSET
    name: str | Unset = UNSET
    address: Address | Unset = UNSET
    mailing_address: Address | Unset = UNSET
    phone: str | Unset = UNSET
    company_owner: OrganizationCompanyOwner | Unset = UNSET
    tax_id: str | Unset = UNSET
    tax_id_type: str | Unset = UNSET
    industry: str | Unset = UNSET
    business_category: str | Unset = UNSET
    account_type: str | Unset = UNSET
    processing_options: OrganizationProcessingOptions | Unset = UNSET
    partner_name: str | Unset = UNSET
    created_time: datetime.datetime | Unset = UNSET
    updated_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        archived = self.archived

        name = self.name

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        mailing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mailing_address, Unset):
            mailing_address = self.mailing_address.to_dict()

        phone = self.phone

        company_owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company_owner, Unset):
            company_owner = self.company_owner.to_dict()

        tax_id = self.tax_id

        tax_id_type = self.tax_id_type

        industry = self.industry

        business_category = self.business_category

        account_type = self.account_type

        processing_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.processing_options, Unset):
            processing_options = self.processing_options.to_dict()

        partner_name = self.partner_name

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        updated_time: str | Unset = UNSET
        if not isinstance(self.updated_time, Unset):
            updated_time = self.updated_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if archived is not UNSET:
            field_dict["archived"] = archived
        if name is not UNSET:
            field_dict["name"] = name
        if address is not UNSET:
            field_dict["address"] = address
        if mailing_address is not UNSET:
            field_dict["mailingAddress"] = mailing_address
        if phone is not UNSET:
            field_dict["phone"] = phone
        if company_owner is not UNSET:
            field_dict["companyOwner"] = company_owner
        if tax_id is not UNSET:
            field_dict["taxId"] = tax_id
        if tax_id_type is not UNSET:
            field_dict["taxIdType"] = tax_id_type
        if industry is not UNSET:
            field_dict["industry"] = industry
        if business_category is not UNSET:
            field_dict["businessCategory"] = business_category
        if account_type is not UNSET:
            field_dict["accountType"] = account_type
        if processing_options is not UNSET:
            field_dict["processingOptions"] = processing_options
        if partner_name is not UNSET:
            field_dict["partnerName"] = partner_name
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.organization_company_owner import OrganizationCompanyOwner  # noqa: PLC0415
        from ..models.organization_processing_options import OrganizationProcessingOptions  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        archived = d.pop("archived", UNSET)

        name = d.pop("name", UNSET)

        _address = d.pop("address", UNSET)
        address: Address | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = Address.from_dict(_address)

        _mailing_address = d.pop("mailingAddress", UNSET)
        mailing_address: Address | Unset
        if isinstance(_mailing_address, Unset):
            mailing_address = UNSET
        else:
            mailing_address = Address.from_dict(_mailing_address)

        phone = d.pop("phone", UNSET)

        _company_owner = d.pop("companyOwner", UNSET)
        company_owner: OrganizationCompanyOwner | Unset
        if isinstance(_company_owner, Unset):
            company_owner = UNSET
        else:
            company_owner = OrganizationCompanyOwner.from_dict(_company_owner)

        tax_id = d.pop("taxId", UNSET)

        tax_id_type = d.pop("taxIdType", UNSET)

        industry = d.pop("industry", UNSET)

        business_category = d.pop("businessCategory", UNSET)

        account_type = d.pop("accountType", UNSET)

        _processing_options = d.pop("processingOptions", UNSET)
        processing_options: OrganizationProcessingOptions | Unset
        if isinstance(_processing_options, Unset):
            processing_options = UNSET
        else:
            processing_options = OrganizationProcessingOptions.from_dict(_processing_options)

        partner_name = d.pop("partnerName", UNSET)

        _created_time = d.pop("createdTime", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = datetime.datetime.fromisoformat(_created_time)

        _updated_time = d.pop("updatedTime", UNSET)
        updated_time: datetime.datetime | Unset
        if isinstance(_updated_time, Unset):
            updated_time = UNSET
        else:
            updated_time = datetime.datetime.fromisoformat(_updated_time)

        organization = cls(
            id=id,
            archived=archived,
            name=name,
            address=address,
            mailing_address=mailing_address,
            phone=phone,
            company_owner=company_owner,
            tax_id=tax_id,
            tax_id_type=tax_id_type,
            industry=industry,
            business_category=business_category,
            account_type=account_type,
            processing_options=processing_options,
            partner_name=partner_name,
            created_time=created_time,
            updated_time=updated_time,
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
