from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RiskVerification")


@_attrs_define
class RiskVerification:
    processing_status: str | Unset = UNSET
    """ For example IN_PROGRESS or COMPLETED. """
    decision: str | Unset = UNSET
    """ REVIEW, PENDING, HOLD, APPROVE or DECLINE. """
    reference_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        processing_status = self.processing_status

        decision = self.decision

        reference_id = self.reference_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if processing_status is not UNSET:
            field_dict["processingStatus"] = processing_status
        if decision is not UNSET:
            field_dict["decision"] = decision
        if reference_id is not UNSET:
            field_dict["referenceId"] = reference_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        processing_status = d.pop("processingStatus", UNSET)

        decision = d.pop("decision", UNSET)

        reference_id = d.pop("referenceId", UNSET)

        risk_verification = cls(
            processing_status=processing_status,
            decision=decision,
            reference_id=reference_id,
        )

        risk_verification.additional_properties = d
        return risk_verification

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
