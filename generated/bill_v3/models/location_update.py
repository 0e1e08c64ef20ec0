from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LocationUpdate")


@_attrs_define
class LocationUpdate:
    name: str | Unset = UNSET
    """ The location's name. """
    short_name: str | Unset = UNSET
    """ A short name or code, as your accounting system knows it. """
    description: str | Unset = UNSET
    parent_id: str | Unset = UNSET
    """ The parent location, when this one sits under another in the hierarchy; it must be one of your
    organization's. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        short_name = self.short_name

        description = self.description

        parent_id = self.parent_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if short_name is not UNSET:
            field_dict["shortName"] = short_name
        if description is not UNSET:
            field_dict["description"] = description
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        short_name = d.pop("shortName", UNSET)

        description = d.pop("description", UNSET)

        parent_id = d.pop("parentId", UNSET)

        location_update = cls(
            name=name,
            short_name=short_name,
            description=description,
            parent_id=parent_id,
        )

        return location_update
