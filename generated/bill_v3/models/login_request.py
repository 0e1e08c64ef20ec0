from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoginRequest")


@_attrs_define
class LoginRequest:
    username: str
    """ The user's sign-in email """
    organization_id: str
    """ BILL organization id (prefix `008`). """
    dev_key: str
    password: str | Unset = UNSET
    """ The password, or a sync token. Send this or consoleApiToken. """
    console_api_token: str | Unset = UNSET
    """ Accountant Console users send this instead of a password. """
    remember_me_id: str | Unset = UNSET
    """ From a validated MFA challenge; makes the session MFA-trusted. """
    device: str | Unset = UNSET
    """ A name for the device; send it with rememberMeId. """

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        organization_id = self.organization_id

        dev_key = self.dev_key

        password = self.password

        console_api_token = self.console_api_token

        remember_me_id = self.remember_me_id

        device = self.device

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "username": username,
                "organizationId": organization_id,
                "devKey": dev_key,
            }
        )
        if password is not UNSET:
            field_dict["password"] = password
        if console_api_token is not UNSET:
            field_dict["consoleApiToken"] = console_api_token
        if remember_me_id is not UNSET:
            field_dict["rememberMeId"] = remember_me_id
        if device is not UNSET:
            field_dict["device"] = device

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")

        organization_id = d.pop("organizationId")

        dev_key = d.pop("devKey")

        password = d.pop("password", UNSET)

        console_api_token = d.pop("consoleApiToken", UNSET)

        remember_me_id = d.pop("rememberMeId", UNSET)

        device = d.pop("device", UNSET)

        login_request = cls(
            username=username,
            organization_id=organization_id,
            dev_key=dev_key,
            password=password,
            console_api_token=console_api_token,
            remember_me_id=remember_me_id,
            device=device,
        )

        return login_request
