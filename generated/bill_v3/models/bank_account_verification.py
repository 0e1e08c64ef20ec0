from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="BankAccountVerification")


@_attrs_define
class BankAccountVerification:
    deposit_amount: float
    """ The test deposit BILL sent to the account, in dollars. """

    def to_dict(self) -> dict[str, Any]:
        deposit_amount = self.deposit_amount

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "depositAmount": deposit_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deposit_amount = d.pop("depositAmount")

        bank_account_verification = cls(
            deposit_amount=deposit_amount,
        )

        return bank_account_verification
