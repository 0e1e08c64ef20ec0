from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.customer_contact_create import CustomerContactCreate


T = TypeVar("T", bound="CustomerContactCreateData")


@_attrs_define
class CustomerContactCreateData:
    obj: CustomerContactCreate
    """ The writable fields of a new customer contact. """

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
        from ..models.customer_contact_create import CustomerContactCreate  # noqa: PLC0415

        d = dict(src_dict)
        obj = CustomerContactCreate.from_dict(d.pop("obj"))

        customer_contact_create_data = cls(
            obj=obj,
        )

        return customer_contact_create_data
