from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="BankAccountUserNomination")


@_attrs_define
class BankAccountUserNomination:
    bank_account_id: str
    """ BILL bank account id (prefix `bac`). """
    user_id: str
    """ BILL user id (prefix `006`). """

    def to_dict(self) -> dict[str, Any]:
        bank_account_id = self.bank_account_id

        user_id = self.user_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "bankAccountId": bank_account_id,
                "userId": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bank_account_id = d.pop("bankAccountId")

        user_id = d.pop("userId")

        bank_account_user_nomination = cls(
            bank_account_id=bank_account_id,
            user_id=user_id,
        )

        return bank_account_user_nomination
