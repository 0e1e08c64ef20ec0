from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CustomerChargeInvoice")


@_attrs_define
class CustomerChargeInvoice:
    invoice_id: str
    """ BILL invoice id (prefix `00e`). """
    amount: float
    """ A payment amount, at least one cent. """

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

        customer_charge_invoice = cls(
            invoice_id=invoice_id,
            amount=amount,
        )

        return customer_charge_invoice
