from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.invoice_email_recipient import InvoiceEmailRecipient
    from ..models.invoice_email_sender import InvoiceEmailSender


T = TypeVar("T", bound="InvoiceEmail")


@_attrs_define
class InvoiceEmail:
    reply_to: InvoiceEmailSender
    recipient: InvoiceEmailRecipient

    def to_dict(self) -> dict[str, Any]:
        reply_to = self.reply_to.to_dict()

        recipient = self.recipient.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "replyTo": reply_to,
                "recipient": recipient,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_email_recipient import InvoiceEmailRecipient  # noqa: PLC0415
        from ..models.invoice_email_sender import InvoiceEmailSender  # noqa: PLC0415

        d = dict(src_dict)
        reply_to = InvoiceEmailSender.from_dict(d.pop("replyTo"))

        recipient = InvoiceEmailRecipient.from_dict(d.pop("recipient"))

        invoice_email = cls(
            reply_to=reply_to,
            recipient=recipient,
        )

        return invoice_email
