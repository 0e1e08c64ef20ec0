from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vendor_bank_account_create import VendorBankAccountCreate
    from ..models.vendor_payment_purpose_input import VendorPaymentPurposeInput


T = TypeVar("T", bound="VendorPaymentInformationCreate")


@_attrs_define
class VendorPaymentInformationCreate:
    payee_name: str | Unset = UNSET
    """ The name printed on checks. """
    email: str | Unset = UNSET
    bank_account: VendorBankAccountCreate | Unset = UNSET
    payment_purpose: VendorPaymentPurposeInput | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        payee_name = self.payee_name

        email = self.email

        bank_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bank_account, Unset):
            bank_account = self.bank_account.to_dict()

        payment_purpose: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_purpose, Unset):
            payment_purpose = self.payment_purpose.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if payee_name is not UNSET:
            field_dict["payeeName"] = payee_name
        if email is not UNSET:
            field_dict["email"] = email
        if bank_account is not UNSET:
            field_dict["bankAccount"] = bank_account
        if payment_purpose is not UNSET:
            field_dict["paymentPurpose"] = payment_purpose

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vendor_bank_account_create import VendorBankAccountCreate  # noqa: PLC0415
        from ..models.vendor_payment_purpose_input import VendorPaymentPurposeInput  # noqa: PLC0415

        d = dict(src_dict)
        payee_name = d.pop("payeeName", UNSET)

        email = d.pop("email", UNSET)

        _bank_account = d.pop("bankAccount", UNSET)
        bank_account: VendorBankAccountCreate | Unset
        if isinstance(_bank_account, Unset):
            bank_account = UNSET
        else:
            bank_account = VendorBankAccountCreate.from_dict(_bank_account)

        _payment_purpose = d.pop("paymentPurpose", UNSET)
        payment_purpose: VendorPaymentPurposeInput | Unset
        if isinstance(_payment_purpose, Unset):
            payment_purpose = UNSET
        else:
            payment_purpose = VendorPaymentPurposeInput.from_dict(_payment_purpose)

        vendor_payment_information_create = cls(
            payee_name=payee_name,
            email=email,
            bank_account=bank_account,
            payment_purpose=payment_purpose,
        )

        return vendor_payment_information_create
