from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="BillVendorCreditInput")


@_attrs_define
class BillVendorCreditInput:
    """A part of one of the vendor's credits to apply to the bill."""

    id: str
    """ BILL vendor credit id (prefix `vcr`). """
    amount: float
    """ A payment amount, at least one cent. """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        amount = d.pop("amount")

        bill_vendor_credit_input = cls(
            id=id,
            amount=amount,
        )

        return bill_vendor_credit_input
