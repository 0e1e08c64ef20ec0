from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.customer_update import CustomerUpdate


T = TypeVar("T", bound="CustomerUpdateData")


@_attrs_define
class CustomerUpdateData:
    obj: CustomerUpdate
    """ The customer's writable fields. BILL wants `name` on every update, changed or not. """

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
        from ..models.customer_update import CustomerUpdate  # noqa: PLC0415

        d = dict(src_dict)
        obj = CustomerUpdate.from_dict(d.pop("obj"))

        customer_update_data = cls(
            obj=obj,
        )

        return customer_update_data
