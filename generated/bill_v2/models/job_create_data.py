from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.job_create import JobCreate


T = TypeVar("T", bound="JobCreateData")


@_attrs_define
class JobCreateData:
    obj: JobCreate

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
        from ..models.job_create import JobCreate  # noqa: PLC0415

        d = dict(src_dict)
        obj = JobCreate.from_dict(d.pop("obj"))

        job_create_data = cls(
            obj=obj,
        )

        return job_create_data
