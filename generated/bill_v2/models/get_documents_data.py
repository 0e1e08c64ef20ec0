from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="GetDocumentsData")


@_attrs_define
class GetDocumentsData:
    id: str
    """ The bill (prefix `00n`). """
    start: int
    max_: int

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        start = self.start

        max_ = self.max_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "start": start,
                "max": max_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        start = d.pop("start")

        max_ = d.pop("max")

        get_documents_data = cls(
            id=id,
            start=start,
            max_=max_,
        )

        return get_documents_data
