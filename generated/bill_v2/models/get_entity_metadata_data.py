from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="GetEntityMetadataData")


@_attrs_define
class GetEntityMetadataData:
    entity: list[str]
    """ Object type names, case as BILL spells them (Vendor, Customer, Bill, Invoice ...). """

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "entity": entity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = cast(list[str], d.pop("entity"))

        get_entity_metadata_data = cls(
            entity=entity,
        )

        return get_entity_metadata_data
