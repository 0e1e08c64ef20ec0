from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.employee_update import EmployeeUpdate


T = TypeVar("T", bound="EmployeeUpdateData")


@_attrs_define
class EmployeeUpdateData:
    obj: EmployeeUpdate

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
        from ..models.employee_update import EmployeeUpdate  # noqa: PLC0415

        d = dict(src_dict)
        obj = EmployeeUpdate.from_dict(d.pop("obj"))

        employee_update_data = cls(
            obj=obj,
        )

        return employee_update_data
