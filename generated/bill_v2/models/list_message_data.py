from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ListMessageData")


@_attrs_define
class ListMessageData:
    object_id: str
    start: int
    max_: int

    def to_dict(self) -> dict[str, Any]:
        object_id = self.object_id

        start = self.start

        max_ = self.max_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "objectId": object_id,
                "start": start,
                "max": max_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_id = d.pop("objectId")

        start = d.pop("start")

        max_ = d.pop("max")

        list_message_data = cls(
            object_id=object_id,
            start=start,
            max_=max_,
        )

        return list_message_data
