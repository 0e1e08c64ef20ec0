from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoginAsUserRequest")


@_attrs_define
class LoginAsUserRequest:
    user_id: str
    """ BILL user id (prefix `006`). """
    organization_id: str
    """ BILL organization id (prefix `008`). """
    remember_me_id: str | Unset = UNSET
    device: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        organization_id = self.organization_id

        remember_me_id = self.remember_me_id

        device = self.device

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "userId": user_id,
                "organizationId": organization_id,
            }
        )
        if remember_me_id is not UNSET:
            field_dict["rememberMeId"] = remember_me_id
        if device is not UNSET:
            field_dict["device"] = device

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("userId")

        organization_id = d.pop("organizationId")

        remember_me_id = d.pop("rememberMeId", UNSET)

        device = d.pop("device", UNSET)

        login_as_user_request = cls(
            user_id=user_id,
            organization_id=organization_id,
            remember_me_id=remember_me_id,
            device=device,
        )

        return login_as_user_request
