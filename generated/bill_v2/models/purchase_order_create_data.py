from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.purchase_order_create import PurchaseOrderCreate


T = TypeVar("T", bound="PurchaseOrderCreateData")


@_attrs_define
class PurchaseOrderCreateData:
    obj: PurchaseOrderCreate
    """ The fields a new purchase order is written with. """

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
        from ..models.purchase_order_create import PurchaseOrderCreate  # noqa: PLC0415

        d = dict(src_dict)
        obj = PurchaseOrderCreate.from_dict(d.pop("obj"))

        purchase_order_create_data = cls(
            obj=obj,
        )

        return purchase_order_create_data
