from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.actg_class_create_entity import ActgClassCreateEntity
from ..models.active_flag import ActiveFlag
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActgClassCreate")


@_attrs_define
class ActgClassCreate:
    entity: ActgClassCreateEntity
    name: str
    """ Unique within the organization. """
    short_name: str | Unset = UNSET
    is_active: ActiveFlag | Unset = UNSET
    """ "1" active, "2" inactive (deleted). """
    parent_actg_class_id: str | Unset = UNSET
    """ The parent class (id prefix `cls`). """
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        name = self.name

        short_name = self.short_name

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

        parent_actg_class_id = self.parent_actg_class_id

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "entity": entity,
                "name": name,
            }
        )
        if short_name is not UNSET:
            field_dict["shortName"] = short_name
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if parent_actg_class_id is not UNSET:
            field_dict["parentActgClassId"] = parent_actg_class_id
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = ActgClassCreateEntity(d.pop("entity"))

        name = d.pop("name")

        short_name = d.pop("shortName", UNSET)

        _is_active = d.pop("isActive", UNSET)
        is_active: ActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = ActiveFlag(_is_active)

        parent_actg_class_id = d.pop("parentActgClassId", UNSET)

        description = d.pop("description", UNSET)

        actg_class_create = cls(
            entity=entity,
            name=name,
            short_name=short_name,
            is_active=is_active,
            parent_actg_class_id=parent_actg_class_id,
            description=description,
        )

        return actg_class_create
