from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.approval_object_entity import ApprovalObjectEntity

T = TypeVar("T", bound="ClearApproversData")


@_attrs_define
class ClearApproversData:
    object_id: str
    """ The bill (`00n`) or vendor credit (`vcr`). """
    entity: ApprovalObjectEntity
    """ The kind of document `objectId` names. """

    def to_dict(self) -> dict[str, Any]:
        object_id = self.object_id

        entity = self.entity.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "objectId": object_id,
                "entity": entity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_id = d.pop("objectId")

        entity = ApprovalObjectEntity(d.pop("entity"))

        clear_approvers_data = cls(
            object_id=object_id,
            entity=entity,
        )

        return clear_approvers_data
