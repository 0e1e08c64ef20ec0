from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AchDisbursement")


@_attrs_define
class AchDisbursement:
    """ACH to the vendor's bank account."""

    deposit_date: str | Unset = UNSET
    routing_number: str | Unset = UNSET
    account_number: str | Unset = UNSET
    sent_date: str | Unset = UNSET
    error_code: str | Unset = UNSET
    """ NACHA return code. """
    returned_date: str | Unset = UNSET
    unique_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deposit_date = self.deposit_date

        routing_number = self.routing_number

        account_number = self.account_number

        sent_date = self.sent_date

        error_code = self.error_code

        returned_date = self.returned_date

        unique_id = self.unique_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deposit_date is not UNSET:
            field_dict["depositDate"] = deposit_date
        if routing_number is not UNSET:
            field_dict["routingNumber"] = routing_number
        if account_number is not UNSET:
            field_dict["accountNumber"] = account_number
        if sent_date is not UNSET:
            field_dict["sentDate"] = sent_date
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if returned_date is not UNSET:
            field_dict["returnedDate"] = returned_date
        if unique_id is not UNSET:
            field_dict["uniqueId"] = unique_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deposit_date = d.pop("depositDate", UNSET)

        routing_number = d.pop("routingNumber", UNSET)

        account_number = d.pop("accountNumber", UNSET)

        sent_date = d.pop("sentDate", UNSET)

        error_code = d.pop("errorCode", UNSET)

        returned_date = d.pop("returnedDate", UNSET)

        unique_id = d.pop("uniqueId", UNSET)

        ach_disbursement = cls(
            deposit_date=deposit_date,
            routing_number=routing_number,
            account_number=account_number,
            sent_date=sent_date,
            error_code=error_code,
            returned_date=returned_date,
            unique_id=unique_id,
        )

        ach_disbursement.additional_properties = d
        return ach_disbursement

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
