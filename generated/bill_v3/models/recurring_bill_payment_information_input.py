from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecurringBillPaymentInformationInput")


@_attrs_define
class RecurringBillPaymentInformationInput:
    bank_account_id: str | Unset = UNSET
    """ The organization's bank account automatic payments come from. """

    def to_dict(self) -> dict[str, Any]:
        bank_account_id = self.bank_account_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if bank_account_id is not UNSET:
            field_dict["bankAccountId"] = bank_account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bank_account_id = d.pop("bankAccountId", UNSET)

        recurring_bill_payment_information_input = cls(
            bank_account_id=bank_account_id,
        )

        return recurring_bill_payment_information_input
