from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vendor_bank_account import VendorBankAccount
    from ..models.vendor_payment_information_payment_purpose import VendorPaymentInformationPaymentPurpose


T = TypeVar("T", bound="VendorPaymentInformation")


@_attrs_define
class VendorPaymentInformation:
    payee_name: str | Unset = UNSET
    email: str | Unset = UNSET
    last_payment_date: str | Unset = UNSET
    pay_by_type: str | Unset = UNSET
    """ How BILL pays the vendor, for example CHECK or ACH. """
    pay_by_sub_type: str | Unset = UNSET
    bank_account: VendorBankAccount | Unset = UNSET
    payment_purpose: VendorPaymentInformationPaymentPurpose | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payee_name = self.payee_name

        email = self.email

        last_payment_date = self.last_payment_date

        pay_by_type = self.pay_by_type

        pay_by_sub_type = self.pay_by_sub_type

        bank_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bank_account, Unset):
            bank_account = self.bank_account.to_dict()

        payment_purpose: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_purpose, Unset):
            payment_purpose = self.payment_purpose.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payee_name is not UNSET:
            field_dict["payeeName"] = payee_name
        if email is not UNSET:
            field_dict["email"] = email
        if last_payment_date is not UNSET:
            field_dict["lastPaymentDate"] = last_payment_date
        if pay_by_type is not UNSET:
            field_dict["payByType"] = pay_by_type
        if pay_by_sub_type is not UNSET:
            field_dict["payBySubType"] = pay_by_sub_type
        if bank_account is not UNSET:
            field_dict["bankAccount"] = bank_account
        if payment_purpose is not UNSET:
            field_dict["paymentPurpose"] = payment_purpose

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vendor_bank_account import VendorBankAccount  # noqa: PLC0415
        from ..models.vendor_payment_information_payment_purpose import VendorPaymentInformationPaymentPurpose  # noqa: PLC0415

        d = dict(src_dict)
        payee_name = d.pop("payeeName", UNSET)

        email = d.pop("email", UNSET)

        last_payment_date = d.pop("lastPaymentDate", UNSET)

        pay_by_type = d.pop("payByType", UNSET)

        pay_by_sub_type = d.pop("payBySubType", UNSET)

        _bank_account = d.pop("bankAccount", UNSET)
        bank_account: VendorBankAccount | Unset
        if isinstance(_bank_account, Unset):
            bank_account = UNSET
        else:
            bank_account = VendorBankAccount.from_dict(_bank_account)

        _payment_purpose = d.pop("paymentPurpose", UNSET)
        payment_purpose: VendorPaymentInformationPaymentPurpose | Unset
        if isinstance(_payment_purpose, Unset):
            payment_purpose = UNSET
        else:
            payment_purpose = VendorPaymentInformationPaymentPurpose.from_dict(_payment_purpose)

        vendor_payment_information = cls(
            payee_name=payee_name,
            email=email,
            last_payment_date=last_payment_date,
            pay_by_type=pay_by_type,
            pay_by_sub_type=pay_by_sub_type,
            bank_account=bank_account,
            payment_purpose=payment_purpose,
        )

        vendor_payment_information.additional_properties = d
        return vendor_payment_information

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
