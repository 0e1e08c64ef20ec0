from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MfaStatusData")


@_attrs_define
class MfaStatusData:
    mfa_id: str
    device_id: str

    def to_dict(self) -> dict[str, Any]:
        mfa_id = self.mfa_id

        device_id = self.device_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "mfaId": mfa_id,
                "deviceId": device_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mfa_id = d.pop("mfaId")

        device_id = d.pop("deviceId")

        mfa_status_data = cls(
            mfa_id=mfa_id,
            device_id=device_id,
        )

        return mfa_status_data
