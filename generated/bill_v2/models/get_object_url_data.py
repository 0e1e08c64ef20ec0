from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="GetObjectUrlData")


@_attrs_define
class GetObjectUrlData:
    object_id: str

    def to_dict(self) -> dict[str, Any]:
        object_id = self.object_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "objectId": object_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_id = d.pop("objectId")

        get_object_url_data = cls(
            object_id=object_id,
        )

        return get_object_url_data
