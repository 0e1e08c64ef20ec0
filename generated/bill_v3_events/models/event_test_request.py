from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_type import EventType
from ..models.event_version import EventVersion
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_test_request_additional_property import EventTestRequestAdditionalProperty


T = TypeVar("T", bound="EventTestRequest")


@_attrs_define
class EventTestRequest:
    """Optional settings of a test notification; any other field must be an object and is sent as the notification's data
    under that name.

    """

    event_type: EventType | Unset = UNSET
    """ An event of the catalog. """
    version: EventVersion | Unset = UNSET
    """ A payload version of an event; the catalog lists which ones each event has. """
    additional_properties: dict[str, EventTestRequestAdditionalProperty] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type: str | Unset = UNSET
        if not isinstance(self.event_type, Unset):
            event_type = self.event_type.value

        version: str | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version.value

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        field_dict.update({})
        if event_type is not UNSET:
            field_dict["eventType"] = event_type
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_test_request_additional_property import EventTestRequestAdditionalProperty  # noqa: PLC0415

        d = dict(src_dict)
        _event_type = d.pop("eventType", UNSET)
        event_type: EventType | Unset
        if isinstance(_event_type, Unset):
            event_type = UNSET
        else:
            event_type = EventType(_event_type)

        _version = d.pop("version", UNSET)
        version: EventVersion | Unset
        if isinstance(_version, Unset):
            version = UNSET
        else:
            version = EventVersion(_version)

        event_test_request = cls(
            event_type=event_type,
            version=version,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = EventTestRequestAdditionalProperty.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        event_test_request.additional_properties = additional_properties
        return event_test_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> EventTestRequestAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: EventTestRequestAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
