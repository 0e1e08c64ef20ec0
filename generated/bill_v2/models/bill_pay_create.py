from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="BillPayCreate")


@_attrs_define
class BillPayCreate:
    """An amount to pay on one bill."""

    bill_id: str
    amount: float
    """ What to pay on the bill, counting any credit applied to it in billCredits. """

    def to_dict(self) -> dict[str, Any]:
        bill_id = self.bill_id

        amount = self.amount

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "billId": bill_id,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bill_id = d.pop("billId")

        amount = d.pop("amount")

        bill_pay_create = cls(
            bill_id=bill_id,
            amount=amount,
        )

        return bill_pay_create
