from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BillCreditCreate")


@_attrs_define
class BillCreditCreate:
    """A vendor credit to apply to one bill."""

    bill_id: str
    amount: float
    """ How much of the credit to use. """
    vendor_credit_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        bill_id = self.bill_id

        amount = self.amount

        vendor_credit_id = self.vendor_credit_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "billId": bill_id,
                "amount": amount,
            }
        )
        if vendor_credit_id is not UNSET:
            field_dict["vendorCreditId"] = vendor_credit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bill_id = d.pop("billId")

        amount = d.pop("amount")

        vendor_credit_id = d.pop("vendorCreditId", UNSET)

        bill_credit_create = cls(
            bill_id=bill_id,
            amount=amount,
            vendor_credit_id=vendor_credit_id,
        )

        return bill_credit_create
