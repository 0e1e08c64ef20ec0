from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendInvoiceHeaders")


@_attrs_define
class SendInvoiceHeaders:
    """Who the email goes to and its subject."""

    from_user_id: str | Unset = UNSET
    """ BILL user id (prefix `006`). """
    to_email_addresses: list[str] | Unset = UNSET
    cc_me: bool | Unset = UNSET
    """ Copy the sender. """
    subject: str | Unset = UNSET
    """ Leave out for the default template's subject. """

    def to_dict(self) -> dict[str, Any]:
        from_user_id = self.from_user_id

        to_email_addresses: list[str] | Unset = UNSET
        if not isinstance(self.to_email_addresses, Unset):
            to_email_addresses = self.to_email_addresses

        cc_me = self.cc_me

        subject = self.subject

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if from_user_id is not UNSET:
            field_dict["fromUserId"] = from_user_id
        if to_email_addresses is not UNSET:
            field_dict["toEmailAddresses"] = to_email_addresses
        if cc_me is not UNSET:
            field_dict["ccMe"] = cc_me
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_user_id = d.pop("fromUserId", UNSET)

        to_email_addresses = cast(list[str], d.pop("toEmailAddresses", UNSET))

        cc_me = d.pop("ccMe", UNSET)

        subject = d.pop("subject", UNSET)

        send_invoice_headers = cls(
            from_user_id=from_user_id,
            to_email_addresses=to_email_addresses,
            cc_me=cc_me,
            subject=subject,
        )

        return send_invoice_headers
