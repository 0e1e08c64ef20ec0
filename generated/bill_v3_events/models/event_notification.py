from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventNotification")


@_attrs_define
class EventNotification:
    id: str
    """ BILL's id of one notification, a UUID; an integration uses it to skip duplicates. """
    type_: str | Unset = UNSET
    """ The event type. """
    version: str | Unset = UNSET
    subscription_id: str | Unset = UNSET
    """ BILL's id of a subscription, a UUID. """
    payload: str | Unset = UNSET
    """ The notification body as sent, JSON text in a string. """
    created_time: datetime.datetime | Unset = UNSET
    status_code: int | Unset = UNSET
    """ The HTTP status the notification URL answered on the latest attempt; absent until an attempt got an answer.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        version = self.version

        subscription_id = self.subscription_id

        payload = self.payload

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        status_code = self.status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if version is not UNSET:
            field_dict["version"] = version
        if subscription_id is not UNSET:
            field_dict["subscriptionId"] = subscription_id
        if payload is not UNSET:
            field_dict["payload"] = payload
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type", UNSET)

        version = d.pop("version", UNSET)

        subscription_id = d.pop("subscriptionId", UNSET)

        payload = d.pop("payload", UNSET)

        _created_time = d.pop("createdTime", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = datetime.datetime.fromisoformat(_created_time)

        status_code = d.pop("statusCode", UNSET)

        event_notification = cls(
            id=id,
            type_=type_,
            version=version,
            subscription_id=subscription_id,
            payload=payload,
            created_time=created_time,
            status_code=status_code,
        )

        event_notification.additional_properties = d
        return event_notification

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
