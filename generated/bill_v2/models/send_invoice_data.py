from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_invoice_content import SendInvoiceContent
    from ..models.send_invoice_headers import SendInvoiceHeaders


T = TypeVar("T", bound="SendInvoiceData")


@_attrs_define
class SendInvoiceData:
    """Data of SendInvoice."""

    invoice_id: str
    """ The invoice to email (00e...). """
    headers: SendInvoiceHeaders
    """ Who the email goes to and its subject. """
    content: SendInvoiceContent | Unset = UNSET
    """ The email's text. """

    def to_dict(self) -> dict[str, Any]:
        invoice_id = self.invoice_id

        headers = self.headers.to_dict()

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "invoiceId": invoice_id,
                "headers": headers,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.send_invoice_content import SendInvoiceContent  # noqa: PLC0415
        from ..models.send_invoice_headers import SendInvoiceHeaders  # noqa: PLC0415

        d = dict(src_dict)
        invoice_id = d.pop("invoiceId")

        headers = SendInvoiceHeaders.from_dict(d.pop("headers"))

        _content = d.pop("content", UNSET)
        content: SendInvoiceContent | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = SendInvoiceContent.from_dict(_content)

        send_invoice_data = cls(
            invoice_id=invoice_id,
            headers=headers,
            content=content,
        )

        return send_invoice_data
