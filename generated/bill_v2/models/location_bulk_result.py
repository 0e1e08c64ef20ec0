from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.location_envelope import LocationEnvelope


T = TypeVar("T", bound="LocationBulkResult")


@_attrs_define
class LocationBulkResult:
    """One envelope per item of the request, in the same order."""

    bulk: list[LocationEnvelope]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bulk = []
        for bulk_item_data in self.bulk:
            bulk_item = bulk_item_data.to_dict()
            bulk.append(bulk_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bulk": bulk,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.location_envelope import LocationEnvelope  # noqa: PLC0415

        d = dict(src_dict)
        bulk = []
        _bulk = d.pop("bulk")
        for bulk_item_data in _bulk:
            bulk_item = LocationEnvelope.from_dict(bulk_item_data)

            bulk.append(bulk_item)

        location_bulk_result = cls(
            bulk=bulk,
        )

        location_bulk_result.additional_properties = d
        return location_bulk_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
