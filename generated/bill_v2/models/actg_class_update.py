from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.actg_class_update_entity import ActgClassUpdateEntity
from ..models.active_flag import ActiveFlag
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActgClassUpdate")


@_attrs_define
class ActgClassUpdate:
    entity: ActgClassUpdateEntity
    id: str
    short_name: str | Unset = UNSET
    is_active: ActiveFlag | Unset = UNSET
    """ "1" active, "2" inactive (deleted). """
    name: str | Unset = UNSET
    """ Unique within the organization. """
    parent_actg_class_id: str | Unset = UNSET
    """ The parent class (id prefix `cls`). """
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        short_name = self.short_name

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

        name = self.name

        parent_actg_class_id = self.parent_actg_class_id

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "entity": entity,
                "id": id,
            }
        )
        if short_name is not UNSET:
            field_dict["shortName"] = short_name
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if name is not UNSET:
            field_dict["name"] = name
        if parent_actg_class_id is not UNSET:
            field_dict["parentActgClassId"] = parent_actg_class_id
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = ActgClassUpdateEntity(d.pop("entity"))

        id = d.pop("id")

        short_name = d.pop("shortName", UNSET)

        _is_active = d.pop("isActive", UNSET)
        is_active: ActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = ActiveFlag(_is_active)

        name = d.pop("name", UNSET)

        parent_actg_class_id = d.pop("parentActgClassId", UNSET)

        description = d.pop("description", UNSET)

        actg_class_update = cls(
            entity=entity,
            id=id,
            short_name=short_name,
            is_active=is_active,
            name=name,
            parent_actg_class_id=parent_actg_class_id,
            description=description,
        )

        return actg_class_update
