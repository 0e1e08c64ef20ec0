from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RppsDisbursement")


@_attrs_define
class RppsDisbursement:
    """ACH to a verified national vendor."""

    arrives_by_date: str | Unset = UNSET
    sent_date: str | Unset = UNSET
    error_code: str | Unset = UNSET
    """ NACHA return code. """
    large_biller_id: float | Unset = UNSET
    returned_date: str | Unset = UNSET
    trace_number: int | Unset = UNSET
    batch_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arrives_by_date = self.arrives_by_date

        sent_date = self.sent_date

        error_code = self.error_code

        large_biller_id = self.large_biller_id

        returned_date = self.returned_date

        trace_number = self.trace_number

        batch_number = self.batch_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if arrives_by_date is not UNSET:
            field_dict["arrivesByDate"] = arrives_by_date
        if sent_date is not UNSET:
            field_dict["sentDate"] = sent_date
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if large_biller_id is not UNSET:
            field_dict["largeBillerId"] = large_biller_id
        if returned_date is not UNSET:
            field_dict["returnedDate"] = returned_date
        if trace_number is not UNSET:
            field_dict["traceNumber"] = trace_number
        if batch_number is not UNSET:
            field_dict["batchNumber"] = batch_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        arrives_by_date = d.pop("arrivesByDate", UNSET)

        sent_date = d.pop("sentDate", UNSET)

        error_code = d.pop("errorCode", UNSET)

        large_biller_id = d.pop("largeBillerId", UNSET)

        returned_date = d.pop("returnedDate", UNSET)

        trace_number = d.pop("traceNumber", UNSET)

        batch_number = d.pop("batchNumber", UNSET)

        rpps_disbursement = cls(
            arrives_by_date=arrives_by_date,
            sent_date=sent_date,
            error_code=error_code,
            large_biller_id=large_biller_id,
            returned_date=returned_date,
            trace_number=trace_number,
            batch_number=batch_number,
        )

        rpps_disbursement.additional_properties = d
        return rpps_disbursement

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
