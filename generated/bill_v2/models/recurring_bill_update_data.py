from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.recurring_bill_update import RecurringBillUpdate


T = TypeVar("T", bound="RecurringBillUpdateData")


@_attrs_define
class RecurringBillUpdateData:
    obj: RecurringBillUpdate
    """ A whole recurring bill to write over the stored one. """

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
        from ..models.recurring_bill_update import RecurringBillUpdate  # noqa: PLC0415

        d = dict(src_dict)
        obj = RecurringBillUpdate.from_dict(d.pop("obj"))

        recurring_bill_update_data = cls(
            obj=obj,
        )

        return recurring_bill_update_data
