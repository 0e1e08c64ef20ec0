from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.department_update import DepartmentUpdate


T = TypeVar("T", bound="DepartmentUpdateData")


@_attrs_define
class DepartmentUpdateData:
    obj: DepartmentUpdate

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
        from ..models.department_update import DepartmentUpdate  # noqa: PLC0415

        d = dict(src_dict)
        obj = DepartmentUpdate.from_dict(d.pop("obj"))

        department_update_data = cls(
            obj=obj,
        )

        return department_update_data
