from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.list_sort_asc_type_1 import ListSortAscType1

T = TypeVar("T", bound="ListSort")


@_attrs_define
class ListSort:
    field: str
    asc: bool | ListSortAscType1
    """ BILL documents "true"/"false" as text; booleans are accepted too. """

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        asc: bool | str
        if isinstance(self.asc, ListSortAscType1):
            asc = self.asc.value
        else:
            asc = self.asc

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "field": field,
                "asc": asc,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field = d.pop("field")

        def _parse_asc(data: object) -> bool | ListSortAscType1:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                asc_type_1 = ListSortAscType1(data)

                return asc_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | ListSortAscType1, data)

        asc = _parse_asc(d.pop("asc"))

        list_sort = cls(
            field=field,
            asc=asc,
        )

        return list_sort
