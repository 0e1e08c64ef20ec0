from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.actg_class_create import ActgClassCreate


T = TypeVar("T", bound="ActgClassCreateData")


@_attrs_define
class ActgClassCreateData:
    obj: ActgClassCreate

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
        from ..models.actg_class_create import ActgClassCreate  # noqa: PLC0415

        d = dict(src_dict)
        obj = ActgClassCreate.from_dict(d.pop("obj"))

        actg_class_create_data = cls(
            obj=obj,
        )

        return actg_class_create_data
