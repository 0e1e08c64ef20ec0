from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="InvoicePayCreate")


@_attrs_define
class InvoicePayCreate:
    """An invoice and the amount of the payment applied to it."""

    invoice_id: str
    """ The invoice (00e...). """
    amount: float

    def to_dict(self) -> dict[str, Any]:
        invoice_id = self.invoice_id

        amount = self.amount

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "invoiceId": invoice_id,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        invoice_id = d.pop("invoiceId")

        amount = d.pop("amount")

        invoice_pay_create = cls(
            invoice_id=invoice_id,
            amount=amount,
        )

        return invoice_pay_create
