from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="BillInvoiceInput")


@_attrs_define
class BillInvoiceInput:
    """The vendor's own invoice that this bill records."""

    invoice_number: str
    invoice_date: datetime.date

    def to_dict(self) -> dict[str, Any]:
        invoice_number = self.invoice_number

        invoice_date = self.invoice_date.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "invoiceNumber": invoice_number,
                "invoiceDate": invoice_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        invoice_number = d.pop("invoiceNumber")

        invoice_date = datetime.date.fromisoformat(d.pop("invoiceDate"))

        bill_invoice_input = cls(
            invoice_number=invoice_number,
            invoice_date=invoice_date,
        )

        return bill_invoice_input
