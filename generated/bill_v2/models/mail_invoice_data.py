from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailInvoiceData")


@_attrs_define
class MailInvoiceData:
    """Data of MailInvoice."""

    invoice_id: str
    """ The invoice to mail (00e...). """

    def to_dict(self) -> dict[str, Any]:
        invoice_id = self.invoice_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "invoiceId": invoice_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        invoice_id = d.pop("invoiceId")

        mail_invoice_data = cls(
            invoice_id=invoice_id,
        )

        return mail_invoice_data
