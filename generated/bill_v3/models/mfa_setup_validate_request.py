from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MfaSetupValidateRequest")


@_attrs_define
class MfaSetupValidateRequest:
    setup_id: str
    type_: str
    token: str

    def to_dict(self) -> dict[str, Any]:
        setup_id = self.setup_id

        type_ = self.type_

        token = self.token

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "setupId": setup_id,
                "type": type_,
                "token": token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        setup_id = d.pop("setupId")

        type_ = d.pop("type")

        token = d.pop("token")

        mfa_setup_validate_request = cls(
            setup_id=setup_id,
            type_=type_,
            token=token,
        )

        return mfa_setup_validate_request
