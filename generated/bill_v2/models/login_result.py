from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LoginResult")


@_attrs_define
class LoginResult:
    session_id: str
    org_id: str
    api_end_point: str
    """ The base URL to send this session's calls to. """
    users_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        org_id = self.org_id

        api_end_point = self.api_end_point

        users_id = self.users_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sessionId": session_id,
                "orgId": org_id,
                "apiEndPoint": api_end_point,
                "usersId": users_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        session_id = d.pop("sessionId")

        org_id = d.pop("orgId")

        api_end_point = d.pop("apiEndPoint")

        users_id = d.pop("usersId")

        login_result = cls(
            session_id=session_id,
            org_id=org_id,
            api_end_point=api_end_point,
            users_id=users_id,
        )

        login_result.additional_properties = d
        return login_result

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
