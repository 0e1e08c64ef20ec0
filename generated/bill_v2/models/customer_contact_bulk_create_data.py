from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.customer_contact_create_data import CustomerContactCreateData


T = TypeVar("T", bound="CustomerContactBulkCreateData")


@_attrs_define
class CustomerContactBulkCreateData:
    """At most 100 items."""

    bulk: list[CustomerContactCreateData]

    def to_dict(self) -> dict[str, Any]:
        bulk = []
        for bulk_item_data in self.bulk:
            bulk_item = bulk_item_data.to_dict()
            bulk.append(bulk_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "bulk": bulk,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_contact_create_data import CustomerContactCreateData  # noqa: PLC0415

        d = dict(src_dict)
        bulk = []
        _bulk = d.pop("bulk")
        for bulk_item_data in _bulk:
            bulk_item = CustomerContactCreateData.from_dict(bulk_item_data)

            bulk.append(bulk_item)

        customer_contact_bulk_create_data = cls(
            bulk=bulk,
        )

        return customer_contact_bulk_create_data
