from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.payment_void_type import PaymentVoidType

T = TypeVar("T", bound="PaymentVoid")


@_attrs_define
class PaymentVoid:
    type_: PaymentVoidType
    reason: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = PaymentVoidType(d.pop("type"))

        reason = d.pop("reason")

        payment_void = cls(
            type_=type_,
            reason=reason,
        )

        return payment_void
