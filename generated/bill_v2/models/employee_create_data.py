from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.employee_create import EmployeeCreate


T = TypeVar("T", bound="EmployeeCreateData")


@_attrs_define
class EmployeeCreateData:
    obj: EmployeeCreate

    def to_dict(self) -> dict[str, Any]:
        obj = self.obj.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "obj": obj,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.employee_create import EmployeeCreate  # noqa: PLC0415

        d = dict(src_dict)
        obj = EmployeeCreate.from_dict(d.pop("obj"))

        employee_create_data = cls(
            obj=obj,
        )

        return employee_create_data
