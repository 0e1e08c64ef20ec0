from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.list_filter_op import ListFilterOp

T = TypeVar("T", bound="ListFilter")


@_attrs_define
class ListFilter:
    field: str
    op: ListFilterOp
    value: bool | float | list[float | str] | str
    """ One value, or a list for `in` and `nin`. """

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        op = self.op.value

        value: bool | float | list[float | str] | str
        if isinstance(self.value, list):
            value = []
            for value_type_3_item_data in self.value:
                value_type_3_item: float | str
                value_type_3_item = value_type_3_item_data
                value.append(value_type_3_item)

        else:
            value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "field": field,
                "op": op,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field = d.pop("field")

        op = ListFilterOp(d.pop("op"))

        def _parse_value(data: object) -> bool | float | list[float | str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                value_type_3 = []
                _value_type_3 = data
                for value_type_3_item_data in _value_type_3:

                    def _parse_value_type_3_item(data: object) -> float | str:
                        return cast(float | str, data)

                    value_type_3_item = _parse_value_type_3_item(value_type_3_item_data)

                    value_type_3.append(value_type_3_item)

                return value_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | float | list[float | str] | str, data)

        value = _parse_value(d.pop("value"))

        list_filter = cls(
            field=field,
            op=op,
            value=value,
        )

        return list_filter
