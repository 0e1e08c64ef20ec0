from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoicePaymentLinkRequest")


@_attrs_define
class InvoicePaymentLinkRequest:
    customer_id: str
    """ BILL customer id (prefix `0cu`). """
    email: str
    """ Where BILL sends the payment receipt. """
    return_url: str | Unset = UNSET
    """ Where the payer lands after paying. """

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        email = self.email

        return_url = self.return_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "customerId": customer_id,
                "email": email,
            }
        )
        if return_url is not UNSET:
            field_dict["returnUrl"] = return_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_id = d.pop("customerId")

        email = d.pop("email")

        return_url = d.pop("returnUrl", UNSET)

        invoice_payment_link_request = cls(
            customer_id=customer_id,
            email=email,
            return_url=return_url,
        )

        return invoice_payment_link_request
