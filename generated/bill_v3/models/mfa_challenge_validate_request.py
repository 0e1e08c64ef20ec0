from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MfaChallengeValidateRequest")


@_attrs_define
class MfaChallengeValidateRequest:
    challenge_id: str
    token: str
    device: str | Unset = UNSET
    machine_name: str | Unset = UNSET
    remember_me: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        challenge_id = self.challenge_id

        token = self.token

        device = self.device

        machine_name = self.machine_name

        remember_me = self.remember_me

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "challengeId": challenge_id,
                "token": token,
            }
        )
        if device is not UNSET:
            field_dict["device"] = device
        if machine_name is not UNSET:
            field_dict["machineName"] = machine_name
        if remember_me is not UNSET:
            field_dict["rememberMe"] = remember_me

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        challenge_id = d.pop("challengeId")

        token = d.pop("token")

        device = d.pop("device", UNSET)

        machine_name = d.pop("machineName", UNSET)

        remember_me = d.pop("rememberMe", UNSET)

        mfa_challenge_validate_request = cls(
            challenge_id=challenge_id,
            token=token,
            device=device,
            machine_name=machine_name,
            remember_me=remember_me,
        )

        return mfa_challenge_validate_request
