from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.event_type import EventType
from ..models.event_version import EventVersion

T = TypeVar("T", bound="SubscribedEventInput")


@_attrs_define
class SubscribedEventInput:
    type_: EventType
    """ An event of the catalog. """
    version: EventVersion
    """ A payload version of an event; the catalog lists which ones each event has. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        version = self.version.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = EventType(d.pop("type"))

        version = EventVersion(d.pop("version"))

        subscribed_event_input = cls(
            type_=type_,
            version=version,
        )

        return subscribed_event_input
