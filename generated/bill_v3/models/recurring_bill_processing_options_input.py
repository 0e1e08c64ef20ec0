from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecurringBillProcessingOptionsInput")


@_attrs_define
class RecurringBillProcessingOptionsInput:
    auto_payment: bool | Unset = UNSET
    """ Pay each bill when it is made; needs an MFA-trusted session to turn on. """

    def to_dict(self) -> dict[str, Any]:
        auto_payment = self.auto_payment

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if auto_payment is not UNSET:
            field_dict["autoPayment"] = auto_payment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        auto_payment = d.pop("autoPayment", UNSET)

        recurring_bill_processing_options_input = cls(
            auto_payment=auto_payment,
        )

        return recurring_bill_processing_options_input
