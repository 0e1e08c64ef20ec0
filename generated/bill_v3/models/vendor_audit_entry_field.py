from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vendor_audit_entry_field_value import VendorAuditEntryFieldValue


T = TypeVar("T", bound="VendorAuditEntryField")


@_attrs_define
class VendorAuditEntryField:
    """For an Edit, the field and its values before and after; empty for a Create."""

    name: str | Unset = UNSET
    value: VendorAuditEntryFieldValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vendor_audit_entry_field_value import VendorAuditEntryFieldValue  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _value = d.pop("value", UNSET)
        value: VendorAuditEntryFieldValue | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = VendorAuditEntryFieldValue.from_dict(_value)

        vendor_audit_entry_field = cls(
            name=name,
            value=value,
        )

        vendor_audit_entry_field.additional_properties = d
        return vendor_audit_entry_field

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
