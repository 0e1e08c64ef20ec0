from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.job_update_data import JobUpdateData


T = TypeVar("T", bound="JobBulkUpdateData")


@_attrs_define
class JobBulkUpdateData:
    bulk: list[JobUpdateData]

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
        from ..models.job_update_data import JobUpdateData  # noqa: PLC0415

        d = dict(src_dict)
        bulk = []
        _bulk = d.pop("bulk")
        for bulk_item_data in _bulk:
            bulk_item = JobUpdateData.from_dict(bulk_item_data)

            bulk.append(bulk_item)

        job_bulk_update_data = cls(
            bulk=bulk,
        )

        return job_bulk_update_data
