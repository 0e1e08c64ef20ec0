from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.active_flag import ActiveFlag
from ..models.department_update_entity import DepartmentUpdateEntity
from ..types import UNSET, Unset

T = TypeVar("T", bound="DepartmentUpdate")


@_attrs_define
class DepartmentUpdate:
    entity: DepartmentUpdateEntity
    id: str
    name: str | Unset = UNSET
    """ Unique within the organization. """
    short_name: str | Unset = UNSET
    is_active: ActiveFlag | Unset = UNSET
    """ "1" active, "2" inactive (deleted). """
    parent_department_id: str | Unset = UNSET
    """ The parent department (id prefix `0de`). """
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        name = self.name

        short_name = self.short_name

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

        parent_department_id = self.parent_department_id

        description = self.description

        field_dict: dict[str, Any] = {}

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
        if parent_department_id is not UNSET:
            field_dict["parentDepartmentId"] = parent_department_id
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = DepartmentUpdateEntity(d.pop("entity"))

        id = d.pop("id")

        name = d.pop("name", UNSET)

        short_name = d.pop("shortName", UNSET)

        _is_active = d.pop("isActive", UNSET)
        is_active: ActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = ActiveFlag(_is_active)

        parent_department_id = d.pop("parentDepartmentId", UNSET)

        description = d.pop("description", UNSET)

        department_update = cls(
            entity=entity,
            id=id,
            name=name,
            short_name=short_name,
            is_active=is_active,
            parent_department_id=parent_department_id,
            description=description,
        )

        return department_update
