from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MfaAuthenticateData")


@_attrs_define
class MfaAuthenticateData:
    challenge_id: str
    token: str
    """ The code that was texted. """
    device_id: str
    machine_name: str
    remember_me: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        challenge_id = self.challenge_id

        token = self.token

        device_id = self.device_id

        machine_name = self.machine_name

        remember_me = self.remember_me

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "challengeId": challenge_id,
                "token": token,
                "deviceId": device_id,
                "machineName": machine_name,
            }
        )
        if remember_me is not UNSET:
            field_dict["rememberMe"] = remember_me

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        challenge_id = d.pop("challengeId")

        token = d.pop("token")

        device_id = d.pop("deviceId")

        machine_name = d.pop("machineName")

        remember_me = d.pop("rememberMe", UNSET)

        mfa_authenticate_data = cls(
            challenge_id=challenge_id,
            token=token,
            device_id=device_id,
            machine_name=machine_name,
            remember_me=remember_me,
        )

        return mfa_authenticate_data
