from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendMessageData")


@_attrs_define
class SendMessageData:
    object_id: str
    """ The object to add the note to """
    message: str
    is_public: bool | Unset = UNSET
    """ Share the note with the other party in the BILL network. Default false. """

    def to_dict(self) -> dict[str, Any]:
        object_id = self.object_id

        message = self.message

        is_public = self.is_public

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "objectId": object_id,
                "message": message,
            }
        )
        if is_public is not UNSET:
            field_dict["isPublic"] = is_public

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_id = d.pop("objectId")

        message = d.pop("message")

        is_public = d.pop("isPublic", UNSET)

        send_message_data = cls(
            object_id=object_id,
            message=message,
            is_public=is_public,
        )

        return send_message_data
