from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.chart_of_account_create import ChartOfAccountCreate


T = TypeVar("T", bound="ChartOfAccountCreateData")


@_attrs_define
class ChartOfAccountCreateData:
    obj: ChartOfAccountCreate

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
        from ..models.chart_of_account_create import ChartOfAccountCreate  # noqa: PLC0415

        d = dict(src_dict)
        obj = ChartOfAccountCreate.from_dict(d.pop("obj"))

        chart_of_account_create_data = cls(
            obj=obj,
        )

        return chart_of_account_create_data
