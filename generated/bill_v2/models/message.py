from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_entity import MessageEntity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_sender import MessageSender


T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """A note on an object."""

    entity: MessageEntity
    id: str
    object_id: str | Unset = UNSET
    message: str | Unset = UNSET
    is_public: bool | Unset = UNSET
    created_date: str | Unset = UNSET
    users_id: str | Unset = UNSET
    """ The author. """
    from_: MessageSender | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        object_id = self.object_id

        message = self.message

        is_public = self.is_public

        created_date = self.created_date

        users_id = self.users_id

        from_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity": entity,
                "id": id,
            }
        )
        if object_id is not UNSET:
            field_dict["objectId"] = object_id
        if message is not UNSET:
            field_dict["message"] = message
        if is_public is not UNSET:
            field_dict["isPublic"] = is_public
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if users_id is not UNSET:
            field_dict["usersId"] = users_id
        if from_ is not UNSET:
            field_dict["from"] = from_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_sender import MessageSender  # noqa: PLC0415

        d = dict(src_dict)
        entity = MessageEntity(d.pop("entity"))

        id = d.pop("id")

        object_id = d.pop("objectId", UNSET)

        message = d.pop("message", UNSET)

        is_public = d.pop("isPublic", UNSET)

        created_date = d.pop("createdDate", UNSET)

        users_id = d.pop("usersId", UNSET)

        _from_ = d.pop("from", UNSET)
        from_: MessageSender | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            from_ = MessageSender.from_dict(_from_)

        message = cls(
            entity=entity,
            id=id,
            object_id=object_id,
            message=message,
            is_public=is_public,
            created_date=created_date,
            users_id=users_id,
            from_=from_,
        )

        message.additional_properties = d
        return message

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
