from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscribed_event_input import SubscribedEventInput
    from ..models.subscription_status_input import SubscriptionStatusInput


T = TypeVar("T", bound="SubscriptionUpdate")


@_attrs_define
class SubscriptionUpdate:
    name: str | Unset = UNSET
    status: SubscriptionStatusInput | Unset = UNSET
    events: list[SubscribedEventInput] | Unset = UNSET
    notification_url: str | Unset = UNSET
    """ Where BILL POSTs the notifications. BILL requires an https URL; the local mock also takes http://127.0.0.1
    and http://localhost URLs so tests can receive notifications. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        notification_url = self.notification_url

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if events is not UNSET:
            field_dict["events"] = events
        if notification_url is not UNSET:
            field_dict["notificationUrl"] = notification_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscribed_event_input import SubscribedEventInput  # noqa: PLC0415
        from ..models.subscription_status_input import SubscriptionStatusInput  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _status = d.pop("status", UNSET)
        status: SubscriptionStatusInput | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SubscriptionStatusInput.from_dict(_status)

        _events = d.pop("events", UNSET)
        events: list[SubscribedEventInput] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = SubscribedEventInput.from_dict(events_item_data)

                events.append(events_item)

        notification_url = d.pop("notificationUrl", UNSET)

        subscription_update = cls(
            name=name,
            status=status,
            events=events,
            notification_url=notification_url,
        )

        return subscription_update
