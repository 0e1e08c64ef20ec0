from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.search_entity_data_entity import SearchEntityDataEntity

T = TypeVar("T", bound="SearchEntityData")


@_attrs_define
class SearchEntityData:
    term: str
    entity: SearchEntityDataEntity

    def to_dict(self) -> dict[str, Any]:
        term = self.term

        entity = self.entity.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "term": term,
                "entity": entity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        term = d.pop("term")

        entity = SearchEntityDataEntity(d.pop("entity"))

        search_entity_data = cls(
            term=term,
            entity=entity,
        )

        return search_entity_data
