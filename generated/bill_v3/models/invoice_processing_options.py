from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceProcessingOptions")


@_attrs_define
class InvoiceProcessingOptions:
    send_email: bool | Unset = UNSET
    """ Email the invoice to the customer as soon as it is created. """

    def to_dict(self) -> dict[str, Any]:
        send_email = self.send_email

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if send_email is not UNSET:
            field_dict["sendEmail"] = send_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        send_email = d.pop("sendEmail", UNSET)

        invoice_processing_options = cls(
            send_email=send_email,
        )

        return invoice_processing_options
