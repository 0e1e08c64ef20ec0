from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoginForm")


@_attrs_define
class LoginForm:
    user_name: str
    """ A user's sign-in name """
    password: str
    """ The user's password """
    org_id: str
    """ BILL organization id (prefix `008`). """
    dev_key: str
    mfa_id: str | Unset = UNSET
    """ From MFAAuthenticate with rememberMe; needs deviceId. """
    device_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_name = self.user_name

        password = self.password

        org_id = self.org_id

        dev_key = self.dev_key

        mfa_id = self.mfa_id

        device_id = self.device_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userName": user_name,
                "password": password,
                "orgId": org_id,
                "devKey": dev_key,
            }
        )
        if mfa_id is not UNSET:
            field_dict["mfaId"] = mfa_id
        if device_id is not UNSET:
            field_dict["deviceId"] = device_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_name = d.pop("userName")

        password = d.pop("password")

        org_id = d.pop("orgId")

        dev_key = d.pop("devKey")

        mfa_id = d.pop("mfaId", UNSET)

        device_id = d.pop("deviceId", UNSET)

        login_form = cls(
            user_name=user_name,
            password=password,
            org_id=org_id,
            dev_key=dev_key,
            mfa_id=mfa_id,
            device_id=device_id,
        )

        login_form.additional_properties = d
        return login_form

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
