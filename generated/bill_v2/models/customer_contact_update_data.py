from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.customer_contact_update import CustomerContactUpdate


T = TypeVar("T", bound="CustomerContactUpdateData")


@_attrs_define
class CustomerContactUpdateData:
    obj: CustomerContactUpdate
    """ The contact's writable fields. BILL wants `customerId`, `firstName` and `email` on every update, changed or
    not. """

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
        from ..models.customer_contact_update import CustomerContactUpdate  # noqa: PLC0415

        d = dict(src_dict)
        obj = CustomerContactUpdate.from_dict(d.pop("obj"))

        customer_contact_update_data = cls(
            obj=obj,
        )

        return customer_contact_update_data
