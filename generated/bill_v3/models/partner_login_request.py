from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PartnerLoginRequest")


@_attrs_define
class PartnerLoginRequest:
    app_key: str
    username: str
    password: str

    def to_dict(self) -> dict[str, Any]:
        app_key = self.app_key

        username = self.username

        password = self.password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "appKey": app_key,
                "username": username,
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_key = d.pop("appKey")

        username = d.pop("username")

        password = d.pop("password")

        partner_login_request = cls(
            app_key=app_key,
            username=username,
            password=password,
        )

        return partner_login_request
