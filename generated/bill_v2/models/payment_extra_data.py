from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_extra_data_disbursement_status import PaymentExtraDataDisbursementStatus
from ..models.payment_extra_data_disbursement_status_description import PaymentExtraDataDisbursementStatusDescription
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentExtraData")


@_attrs_define
class PaymentExtraData:
    """More about where a payment went, from ListPayments."""

    estimated_arrives_by_date: str | Unset = UNSET
    bank_name: str | Unset = UNSET
    account_number: str | Unset = UNSET
    is_savings: bool | Unset = UNSET
    disbursement_status: PaymentExtraDataDisbursementStatus | Unset = UNSET
    """ 0 scheduled, 3 done, 4 failed, 5 void, 6 on hold, 7 held for currency exchange. """
    disbursement_status_description: PaymentExtraDataDisbursementStatusDescription | Unset = UNSET
    adjusted_combined_status: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        estimated_arrives_by_date = self.estimated_arrives_by_date

        bank_name = self.bank_name

        account_number = self.account_number

        is_savings = self.is_savings

        disbursement_status: str | Unset = UNSET
        if not isinstance(self.disbursement_status, Unset):
            disbursement_status = self.disbursement_status.value

        disbursement_status_description: str | Unset = UNSET
        if not isinstance(self.disbursement_status_description, Unset):
            disbursement_status_description = self.disbursement_status_description.value

        adjusted_combined_status = self.adjusted_combined_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if estimated_arrives_by_date is not UNSET:
            field_dict["estimatedArrivesByDate"] = estimated_arrives_by_date
        if bank_name is not UNSET:
            field_dict["bankName"] = bank_name
        if account_number is not UNSET:
            field_dict["accountNumber"] = account_number
        if is_savings is not UNSET:
            field_dict["isSavings"] = is_savings
        if disbursement_status is not UNSET:
            field_dict["disbursementStatus"] = disbursement_status
        if disbursement_status_description is not UNSET:
            field_dict["disbursementStatusDescription"] = disbursement_status_description
        if adjusted_combined_status is not UNSET:
            field_dict["adjustedCombinedStatus"] = adjusted_combined_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        estimated_arrives_by_date = d.pop("estimatedArrivesByDate", UNSET)

        bank_name = d.pop("bankName", UNSET)

        account_number = d.pop("accountNumber", UNSET)

        is_savings = d.pop("isSavings", UNSET)

        _disbursement_status = d.pop("disbursementStatus", UNSET)
        disbursement_status: PaymentExtraDataDisbursementStatus | Unset
        if isinstance(_disbursement_status, Unset):
            disbursement_status = UNSET
        else:
            disbursement_status = PaymentExtraDataDisbursementStatus(_disbursement_status)

        _disbursement_status_description = d.pop("disbursementStatusDescription", UNSET)
        disbursement_status_description: PaymentExtraDataDisbursementStatusDescription | Unset
        if isinstance(_disbursement_status_description, Unset):
            disbursement_status_description = UNSET
        else:
            disbursement_status_description = PaymentExtraDataDisbursementStatusDescription(
                _disbursement_status_description
            )

        adjusted_combined_status = d.pop("adjustedCombinedStatus", UNSET)

        payment_extra_data = cls(
            estimated_arrives_by_date=estimated_arrives_by_date,
            bank_name=bank_name,
            account_number=account_number,
            is_savings=is_savings,
            disbursement_status=disbursement_status,
            disbursement_status_description=disbursement_status_description,
            adjusted_combined_status=adjusted_combined_status,
        )

        payment_extra_data.additional_properties = d
        return payment_extra_data

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
