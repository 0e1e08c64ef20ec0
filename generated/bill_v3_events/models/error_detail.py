from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_detail_category import ErrorDetailCategory
from ..models.error_detail_severity import ErrorDetailSeverity
from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorDetail")


@_attrs_define
class ErrorDetail:
    code: str
    """ BILL's error code, such as `BDC_1109`. """
    message: str
    timestamp: str | Unset = UNSET
    """ When BILL produced the error. """
    severity: ErrorDetailSeverity | Unset = UNSET
    category: ErrorDetailCategory | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        timestamp = self.timestamp

        severity: str | Unset = UNSET
        if not isinstance(self.severity, Unset):
            severity = self.severity.value

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if severity is not UNSET:
            field_dict["severity"] = severity
        if category is not UNSET:
            field_dict["category"] = category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        timestamp = d.pop("timestamp", UNSET)

        _severity = d.pop("severity", UNSET)
        severity: ErrorDetailSeverity | Unset
        if isinstance(_severity, Unset):
            severity = UNSET
        else:
            severity = ErrorDetailSeverity(_severity)

        _category = d.pop("category", UNSET)
        category: ErrorDetailCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = ErrorDetailCategory(_category)

        error_detail = cls(
            code=code,
            message=message,
            timestamp=timestamp,
            severity=severity,
            category=category,
        )

        error_detail.additional_properties = d
        return error_detail

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
