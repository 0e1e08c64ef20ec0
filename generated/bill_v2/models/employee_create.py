from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.active_flag import ActiveFlag
from ..models.employee_create_entity import EmployeeCreateEntity
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmployeeCreate")


@_attrs_define
class EmployeeCreate:
    entity: EmployeeCreateEntity
    first_name: str
    last_name: str
    short_name: str | Unset = UNSET
    is_active: ActiveFlag | Unset = UNSET
    """ "1" active, "2" inactive (deleted). """
    parent_employee_id: str | Unset = UNSET
    """ The parent employee (id prefix `emp`). """

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        first_name = self.first_name

        last_name = self.last_name

        short_name = self.short_name

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

        parent_employee_id = self.parent_employee_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "entity": entity,
                "firstName": first_name,
                "lastName": last_name,
            }
        )
        if short_name is not UNSET:
            field_dict["shortName"] = short_name
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if parent_employee_id is not UNSET:
            field_dict["parentEmployeeId"] = parent_employee_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = EmployeeCreateEntity(d.pop("entity"))

        first_name = d.pop("firstName")

        last_name = d.pop("lastName")

        short_name = d.pop("shortName", UNSET)

        _is_active = d.pop("isActive", UNSET)
        is_active: ActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = ActiveFlag(_is_active)

        parent_employee_id = d.pop("parentEmployeeId", UNSET)

        employee_create = cls(
            entity=entity,
            first_name=first_name,
            last_name=last_name,
            short_name=short_name,
            is_active=is_active,
            parent_employee_id=parent_employee_id,
        )

        return employee_create
