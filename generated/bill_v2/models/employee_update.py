from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.active_flag import ActiveFlag
from ..models.employee_update_entity import EmployeeUpdateEntity
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmployeeUpdate")


@_attrs_define
class EmployeeUpdate:
    entity: EmployeeUpdateEntity
    id: str
    short_name: str | Unset = UNSET
    is_active: ActiveFlag | Unset = UNSET
    """ "1" active, "2" inactive (deleted). """
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    parent_employee_id: str | Unset = UNSET
    """ The parent employee (id prefix `emp`). """

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        short_name = self.short_name

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

        first_name = self.first_name

        last_name = self.last_name

        parent_employee_id = self.parent_employee_id

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
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if parent_employee_id is not UNSET:
            field_dict["parentEmployeeId"] = parent_employee_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = EmployeeUpdateEntity(d.pop("entity"))

        id = d.pop("id")

        short_name = d.pop("shortName", UNSET)

        _is_active = d.pop("isActive", UNSET)
        is_active: ActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = ActiveFlag(_is_active)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        parent_employee_id = d.pop("parentEmployeeId", UNSET)

        employee_update = cls(
            entity=entity,
            id=id,
            short_name=short_name,
            is_active=is_active,
            first_name=first_name,
            last_name=last_name,
            parent_employee_id=parent_employee_id,
        )

        return employee_update
