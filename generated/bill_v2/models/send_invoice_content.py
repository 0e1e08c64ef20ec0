from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendInvoiceContent")


@_attrs_define
class SendInvoiceContent:
    """The email's text."""

    body: str | Unset = UNSET
    """ One string; blank lines as \\n\\n. Leave out for the default template's text. """

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body", UNSET)

        send_invoice_content = cls(
            body=body,
        )

        return send_invoice_content
