from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.customer_create import CustomerCreate


T = TypeVar("T", bound="CustomerCreateData")


@_attrs_define
class CustomerCreateData:
    obj: CustomerCreate
    """ The writable fields of a new customer. """

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
        from ..models.customer_create import CustomerCreate  # noqa: PLC0415

        d = dict(src_dict)
        obj = CustomerCreate.from_dict(d.pop("obj"))

        customer_create_data = cls(
            obj=obj,
        )

        return customer_create_data
