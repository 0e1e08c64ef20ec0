from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="VendorAdditionalInfoInput")


@_attrs_define
class VendorAdditionalInfoInput:
    tax_id: str | Unset = UNSET
    tax_id_type: str | Unset = UNSET
    """ For example EIN or SSN. """
    track1099: bool | Unset = UNSET
    """ Whether payments to the vendor are reported on form 1099. """
    lead_time_in_days: int | Unset = UNSET
    combine_payments: bool | Unset = UNSET
    """ Pay several bills of this vendor in one payment. """
    payment_term_id: str | Unset = UNSET
    company_name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        tax_id = self.tax_id

        tax_id_type = self.tax_id_type

        track1099 = self.track1099

        lead_time_in_days = self.lead_time_in_days

        combine_payments = self.combine_payments

        payment_term_id = self.payment_term_id

        company_name = self.company_name

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if tax_id is not UNSET:
            field_dict["taxId"] = tax_id
        if tax_id_type is not UNSET:
            field_dict["taxIdType"] = tax_id_type
        if track1099 is not UNSET:
            field_dict["track1099"] = track1099
        if lead_time_in_days is not UNSET:
            field_dict["leadTimeInDays"] = lead_time_in_days
        if combine_payments is not UNSET:
            field_dict["combinePayments"] = combine_payments
        if payment_term_id is not UNSET:
            field_dict["paymentTermId"] = payment_term_id
        if company_name is not UNSET:
            field_dict["companyName"] = company_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tax_id = d.pop("taxId", UNSET)

        tax_id_type = d.pop("taxIdType", UNSET)

        track1099 = d.pop("track1099", UNSET)

        lead_time_in_days = d.pop("leadTimeInDays", UNSET)

        combine_payments = d.pop("combinePayments", UNSET)

        payment_term_id = d.pop("paymentTermId", UNSET)

        company_name = d.pop("companyName", UNSET)

        vendor_additional_info_input = cls(
            tax_id=tax_id,
            tax_id_type=tax_id_type,
            track1099=track1099,
            lead_time_in_days=lead_time_in_days,
            combine_payments=combine_payments,
            payment_term_id=payment_term_id,
            company_name=company_name,
        )

        return vendor_additional_info_input
