from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.actg_class_update import ActgClassUpdate


T = TypeVar("T", bound="ActgClassUpdateData")


@_attrs_define
class ActgClassUpdateData:
    obj: ActgClassUpdate

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
        from ..models.actg_class_update import ActgClassUpdate  # noqa: PLC0415

        d = dict(src_dict)
        obj = ActgClassUpdate.from_dict(d.pop("obj"))

        actg_class_update_data = cls(
            obj=obj,
        )

        return actg_class_update_data
