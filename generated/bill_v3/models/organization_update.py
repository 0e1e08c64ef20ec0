from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_owner import CompanyOwner
    from ..models.organization_address_update import OrganizationAddressUpdate
    from ..models.processing_options import ProcessingOptions


T = TypeVar("T", bound="OrganizationUpdate")


@_attrs_define
class OrganizationUpdate:
    name: str | Unset = UNSET
    address: OrganizationAddressUpdate | Unset = UNSET
    """ The address fields to change; the others keep their values. """
    mailing_address: OrganizationAddressUpdate | Unset = UNSET
    """ The address fields to change; the others keep their values. """
    phone: str | Unset = UNSET
    company_owner: CompanyOwner | Unset = UNSET
    tax_id: str | Unset = UNSET
    tax_id_type: str | Unset = UNSET
    """ For example EIN or SSN. """
    industry: str | Unset = UNSET
    """ One of the values listOrganizationIndustries returns. """
    business_category: str | Unset = UNSET
    """ For example LLC or INDIVIDUAL. """
    account_type: str | Unset = UNSET
    """ For example BUSINESS. """
    processing_options: ProcessingOptions | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
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

        field_dict: dict[str, Any] = {}

        field_dict.update({})
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_owner import CompanyOwner  # noqa: PLC0415
        from ..models.organization_address_update import OrganizationAddressUpdate  # noqa: PLC0415
        from ..models.processing_options import ProcessingOptions  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _address = d.pop("address", UNSET)
        address: OrganizationAddressUpdate | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = OrganizationAddressUpdate.from_dict(_address)

        _mailing_address = d.pop("mailingAddress", UNSET)
        mailing_address: OrganizationAddressUpdate | Unset
        if isinstance(_mailing_address, Unset):
            mailing_address = UNSET
        else:
            mailing_address = OrganizationAddressUpdate.from_dict(_mailing_address)

        phone = d.pop("phone", UNSET)

        _company_owner = d.pop("companyOwner", UNSET)
        company_owner: CompanyOwner | Unset
        if isinstance(_company_owner, Unset):
            company_owner = UNSET
        else:
            company_owner = CompanyOwner.from_dict(_company_owner)

        tax_id = d.pop("taxId", UNSET)

        tax_id_type = d.pop("taxIdType", UNSET)

        industry = d.pop("industry", UNSET)

        business_category = d.pop("businessCategory", UNSET)

        account_type = d.pop("accountType", UNSET)

        _processing_options = d.pop("processingOptions", UNSET)
        processing_options: ProcessingOptions | Unset
        if isinstance(_processing_options, Unset):
            processing_options = UNSET
        else:
            processing_options = ProcessingOptions.from_dict(_processing_options)

        organization_update = cls(
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
        )

        return organization_update
