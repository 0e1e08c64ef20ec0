from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.chart_of_account_update import ChartOfAccountUpdate


T = TypeVar("T", bound="ChartOfAccountUpdateData")


@_attrs_define
class ChartOfAccountUpdateData:
    obj: ChartOfAccountUpdate

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
        from ..models.chart_of_account_update import ChartOfAccountUpdate  # noqa: PLC0415

        d = dict(src_dict)
        obj = ChartOfAccountUpdate.from_dict(d.pop("obj"))

        chart_of_account_update_data = cls(
            obj=obj,
        )

        return chart_of_account_update_data
