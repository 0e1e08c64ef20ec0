from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SentPayIdData")


@_attrs_define
class SentPayIdData:
    """Names one payment."""

    sent_pay_id: str

    def to_dict(self) -> dict[str, Any]:
        sent_pay_id = self.sent_pay_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sentPayId": sent_pay_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sent_pay_id = d.pop("sentPayId")

        sent_pay_id_data = cls(
            sent_pay_id=sent_pay_id,
        )

        return sent_pay_id_data
