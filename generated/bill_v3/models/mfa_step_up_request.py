from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MfaStepUpRequest")


@_attrs_define
class MfaStepUpRequest:
    remember_me_id: str
    device: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        remember_me_id = self.remember_me_id

        device = self.device

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "rememberMeId": remember_me_id,
            }
        )
        if device is not UNSET:
            field_dict["device"] = device

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        remember_me_id = d.pop("rememberMeId")

        device = d.pop("device", UNSET)

        mfa_step_up_request = cls(
            remember_me_id=remember_me_id,
            device=device,
        )

        return mfa_step_up_request
