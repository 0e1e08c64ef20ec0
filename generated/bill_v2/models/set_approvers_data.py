from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.approval_object_entity import ApprovalObjectEntity

T = TypeVar("T", bound="SetApproversData")


@_attrs_define
class SetApproversData:
    object_id: str
    """ The bill (`00n`) or vendor credit (`vcr`). """
    entity: ApprovalObjectEntity
    """ The kind of document `objectId` names. """
    approvers: list[str]
    """ User ids in approval order. """

    def to_dict(self) -> dict[str, Any]:
        object_id = self.object_id

        entity = self.entity.value

        approvers = self.approvers

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "objectId": object_id,
                "entity": entity,
                "approvers": approvers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_id = d.pop("objectId")

        entity = ApprovalObjectEntity(d.pop("entity"))

        approvers = cast(list[str], d.pop("approvers"))

        set_approvers_data = cls(
            object_id=object_id,
            entity=entity,
            approvers=approvers,
        )

        return set_approvers_data
