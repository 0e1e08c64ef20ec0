from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MfaSetupRequest")


@_attrs_define
class MfaSetupRequest:
    phone: str
    type_: str
    """ How the code is delivered, for example TEXT. """
    primary: bool | Unset = UNSET
    """ Only true is accepted: BILL removed backup phones. """

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        type_ = self.type_

        primary = self.primary

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "phone": phone,
                "type": type_,
            }
        )
        if primary is not UNSET:
            field_dict["primary"] = primary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone = d.pop("phone")

        type_ = d.pop("type")

        primary = d.pop("primary", UNSET)

        mfa_setup_request = cls(
            phone=phone,
            type_=type_,
            primary=primary,
        )

        return mfa_setup_request
