from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.subscribed_event_input import SubscribedEventInput
    from ..models.subscription_status_input import SubscriptionStatusInput


T = TypeVar("T", bound="SubscriptionReplace")


@_attrs_define
class SubscriptionReplace:
    name: str
    status: SubscriptionStatusInput
    events: list[SubscribedEventInput]
    notification_url: str
    """ Where BILL POSTs the notifications. BILL requires an https URL; the local mock also takes http://127.0.0.1
    and http://localhost URLs so tests can receive notifications. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        status = self.status.to_dict()

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

        notification_url = self.notification_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "status": status,
                "events": events,
                "notificationUrl": notification_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscribed_event_input import SubscribedEventInput  # noqa: PLC0415
        from ..models.subscription_status_input import SubscriptionStatusInput  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        status = SubscriptionStatusInput.from_dict(d.pop("status"))

        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = SubscribedEventInput.from_dict(events_item_data)

            events.append(events_item)

        notification_url = d.pop("notificationUrl")

        subscription_replace = cls(
            name=name,
            status=status,
            events=events,
            notification_url=notification_url,
        )

        return subscription_replace
