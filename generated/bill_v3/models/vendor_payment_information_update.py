from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vendor_payment_purpose_input import VendorPaymentPurposeInput


T = TypeVar("T", bound="VendorPaymentInformationUpdate")


@_attrs_define
class VendorPaymentInformationUpdate:
    """Payment details that PATCH may change; bank details have their own endpoints."""

    payee_name: str | Unset = UNSET
    email: str | Unset = UNSET
    payment_purpose: VendorPaymentPurposeInput | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        payee_name = self.payee_name

        email = self.email

        payment_purpose: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_purpose, Unset):
            payment_purpose = self.payment_purpose.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if payee_name is not UNSET:
            field_dict["payeeName"] = payee_name
        if email is not UNSET:
            field_dict["email"] = email
        if payment_purpose is not UNSET:
            field_dict["paymentPurpose"] = payment_purpose

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vendor_payment_purpose_input import VendorPaymentPurposeInput  # noqa: PLC0415

        d = dict(src_dict)
        payee_name = d.pop("payeeName", UNSET)

        email = d.pop("email", UNSET)

        _payment_purpose = d.pop("paymentPurpose", UNSET)
        payment_purpose: VendorPaymentPurposeInput | Unset
        if isinstance(_payment_purpose, Unset):
            payment_purpose = UNSET
        else:
            payment_purpose = VendorPaymentPurposeInput.from_dict(_payment_purpose)

        vendor_payment_information_update = cls(
            payee_name=payee_name,
            email=email,
            payment_purpose=payment_purpose,
        )

        return vendor_payment_information_update
