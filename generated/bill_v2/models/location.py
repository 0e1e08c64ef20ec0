from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.active_flag import ActiveFlag
from ..models.location_entity import LocationEntity
from ..types import UNSET, Unset

T = TypeVar("T", bound="Location")


@_attrs_define
class Location:
    """Location as BILL returns it (id prefix `loc`)."""

    entity: LocationEntity
    id: str
    name: str | Unset = UNSET
    """ Unique within the organization. """
    short_name: str | Unset = UNSET
    is_active: ActiveFlag | Unset = UNSET
    """ "1" active, "2" inactive (deleted). """
    parent_location_id: str | Unset = UNSET
    """ The parent location (id prefix `loc`). """
    description: str | Unset = UNSET
    created_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    updated_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    merged_into_id: str | Unset = UNSET
    """ The location this one was merged into (id prefix `loc`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        name = self.name

        short_name = self.short_name

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

        parent_location_id = self.parent_location_id

        description = self.description

        created_time = self.created_time

        updated_time = self.updated_time

        merged_into_id = self.merged_into_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity": entity,
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if short_name is not UNSET:
            field_dict["shortName"] = short_name
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if parent_location_id is not UNSET:
            field_dict["parentLocationId"] = parent_location_id
        if description is not UNSET:
            field_dict["description"] = description
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time
        if merged_into_id is not UNSET:
            field_dict["mergedIntoId"] = merged_into_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = LocationEntity(d.pop("entity"))

        id = d.pop("id")

        name = d.pop("name", UNSET)

        short_name = d.pop("shortName", UNSET)

        _is_active = d.pop("isActive", UNSET)
        is_active: ActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = ActiveFlag(_is_active)

        parent_location_id = d.pop("parentLocationId", UNSET)

        description = d.pop("description", UNSET)

        created_time = d.pop("createdTime", UNSET)

        updated_time = d.pop("updatedTime", UNSET)

        merged_into_id = d.pop("mergedIntoId", UNSET)

        location = cls(
            entity=entity,
            id=id,
            name=name,
            short_name=short_name,
            is_active=is_active,
            parent_location_id=parent_location_id,
            description=description,
            created_time=created_time,
            updated_time=updated_time,
            merged_into_id=merged_into_id,
        )

        location.additional_properties = d
        return location

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
