from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.large_biller_mask_entity import LargeBillerMaskEntity
from ..types import UNSET, Unset

T = TypeVar("T", bound="LargeBillerMask")


@_attrs_define
class LargeBillerMask:
    """An account-number format the biller accepts."""

    entity: LargeBillerMaskEntity | Unset = UNSET
    id: str | Unset = UNSET
    large_biller_id: str | Unset = UNSET
    effective_date: datetime.date | Unset = UNSET
    mask_length: int | Unset = UNSET
    mask_format: str | Unset = UNSET
    exception_mask: bool | Unset = UNSET
    key: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity: str | Unset = UNSET
        if not isinstance(self.entity, Unset):
            entity = self.entity.value

        id = self.id

        large_biller_id = self.large_biller_id

        effective_date: str | Unset = UNSET
        if not isinstance(self.effective_date, Unset):
            effective_date = self.effective_date.isoformat()

        mask_length = self.mask_length

        mask_format = self.mask_format

        exception_mask = self.exception_mask

        key = self.key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entity is not UNSET:
            field_dict["entity"] = entity
        if id is not UNSET:
            field_dict["id"] = id
        if large_biller_id is not UNSET:
            field_dict["largeBillerId"] = large_biller_id
        if effective_date is not UNSET:
            field_dict["effectiveDate"] = effective_date
        if mask_length is not UNSET:
            field_dict["maskLength"] = mask_length
        if mask_format is not UNSET:
            field_dict["maskFormat"] = mask_format
        if exception_mask is not UNSET:
            field_dict["exceptionMask"] = exception_mask
        if key is not UNSET:
            field_dict["key"] = key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _entity = d.pop("entity", UNSET)
        entity: LargeBillerMaskEntity | Unset
        if isinstance(_entity, Unset):
            entity = UNSET
        else:
            entity = LargeBillerMaskEntity(_entity)

        id = d.pop("id", UNSET)

        large_biller_id = d.pop("largeBillerId", UNSET)

        _effective_date = d.pop("effectiveDate", UNSET)
        effective_date: datetime.date | Unset
        if isinstance(_effective_date, Unset):
            effective_date = UNSET
        else:
            effective_date = datetime.date.fromisoformat(_effective_date)

        mask_length = d.pop("maskLength", UNSET)

        mask_format = d.pop("maskFormat", UNSET)

        exception_mask = d.pop("exceptionMask", UNSET)

        key = d.pop("key", UNSET)

        large_biller_mask = cls(
            entity=entity,
            id=id,
            large_biller_id=large_biller_id,
            effective_date=effective_date,
            mask_length=mask_length,
            mask_format=mask_format,
            exception_mask=exception_mask,
            key=key,
        )

        large_biller_mask.additional_properties = d
        return large_biller_mask

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
