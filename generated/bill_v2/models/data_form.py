from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DataForm")


@_attrs_define
class DataForm:
    """The form of most operations. `data` is JSON text; the operation's `x-bill-data` names its schema. A bill_sdk session
    fills in devKey and sessionId and serialises the typed data model.

    """

    dev_key: str
    session_id: str
    data: str
    """ JSON text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dev_key = self.dev_key

        session_id = self.session_id

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "devKey": dev_key,
                "sessionId": session_id,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dev_key = d.pop("devKey")

        session_id = d.pop("sessionId")

        data = d.pop("data")

        data_form = cls(
            dev_key=dev_key,
            session_id=session_id,
            data=data,
        )

        data_form.additional_properties = d
        return data_form

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
