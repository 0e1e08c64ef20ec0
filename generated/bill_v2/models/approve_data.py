from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.approval_object_entity import ApprovalObjectEntity
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApproveData")


@_attrs_define
class ApproveData:
    object_id: str
    """ The bill (`00n`) or vendor credit (`vcr`). """
    entity: ApprovalObjectEntity
    """ The kind of document `objectId` names. """
    comment: str | Unset = UNSET
    """ Shown with the approval. """

    def to_dict(self) -> dict[str, Any]:
        object_id = self.object_id

        entity = self.entity.value

        comment = self.comment

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "objectId": object_id,
                "entity": entity,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_id = d.pop("objectId")

        entity = ApprovalObjectEntity(d.pop("entity"))

        comment = d.pop("comment", UNSET)

        approve_data = cls(
            object_id=object_id,
            entity=entity,
            comment=comment,
        )

        return approve_data
