from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vendor_audit_entry_field import VendorAuditEntryField
    from ..models.vendor_audit_entry_user import VendorAuditEntryUser


T = TypeVar("T", bound="VendorAuditEntry")


@_attrs_define
class VendorAuditEntry:
    source: str | Unset = UNSET
    """ Where the change came from, for example API. """
    type_: str | Unset = UNSET
    """ Create for the vendor's creation, Edit for a changed field. """
    created_time: datetime.datetime | Unset = UNSET
    user: VendorAuditEntryUser | Unset = UNSET
    """ Who made the change. """
    field: VendorAuditEntryField | Unset = UNSET
    """ For an Edit, the field and its values before and after; empty for a Create. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        type_ = self.type_

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field, Unset):
            field = self.field.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source is not UNSET:
            field_dict["source"] = source
        if type_ is not UNSET:
            field_dict["type"] = type_
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if user is not UNSET:
            field_dict["user"] = user
        if field is not UNSET:
            field_dict["field"] = field

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vendor_audit_entry_field import VendorAuditEntryField  # noqa: PLC0415
        from ..models.vendor_audit_entry_user import VendorAuditEntryUser  # noqa: PLC0415

        d = dict(src_dict)
        source = d.pop("source", UNSET)

        type_ = d.pop("type", UNSET)

        _created_time = d.pop("createdTime", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = datetime.datetime.fromisoformat(_created_time)

        _user = d.pop("user", UNSET)
        user: VendorAuditEntryUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = VendorAuditEntryUser.from_dict(_user)

        _field = d.pop("field", UNSET)
        field: VendorAuditEntryField | Unset
        if isinstance(_field, Unset):
            field = UNSET
        else:
            field = VendorAuditEntryField.from_dict(_field)

        vendor_audit_entry = cls(
            source=source,
            type_=type_,
            created_time=created_time,
            user=user,
            field=field,
        )

        vendor_audit_entry.additional_properties = d
        return vendor_audit_entry

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
