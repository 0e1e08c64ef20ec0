from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.vendor_account_type import VendorAccountType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_input import AddressInput
    from ..models.vendor_additional_info_input import VendorAdditionalInfoInput
    from ..models.vendor_payment_information_update import VendorPaymentInformationUpdate


T = TypeVar("T", bound="VendorUpdate")


@_attrs_define
class VendorUpdate:
    name: str | Unset = UNSET
    short_name: str | Unset = UNSET
    account_type: VendorAccountType | Unset = UNSET
    """ Whether the vendor is a business or a person. """
    account_number: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    address: AddressInput | Unset = UNSET
    bill_currency: str | Unset = UNSET
    """ ISO 4217 currency code, such as USD. """
    additional_info: VendorAdditionalInfoInput | Unset = UNSET
    payment_information: VendorPaymentInformationUpdate | Unset = UNSET
    """ Payment details that PATCH may change; bank details have their own endpoints. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        short_name = self.short_name

        account_type: str | Unset = UNSET
        if not isinstance(self.account_type, Unset):
            account_type = self.account_type.value

        account_number = self.account_number

        email = self.email

        phone = self.phone

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        bill_currency = self.bill_currency

        additional_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_info, Unset):
            additional_info = self.additional_info.to_dict()

        payment_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_information, Unset):
            payment_information = self.payment_information.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if short_name is not UNSET:
            field_dict["shortName"] = short_name
        if account_type is not UNSET:
            field_dict["accountType"] = account_type
        if account_number is not UNSET:
            field_dict["accountNumber"] = account_number
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if address is not UNSET:
            field_dict["address"] = address
        if bill_currency is not UNSET:
            field_dict["billCurrency"] = bill_currency
        if additional_info is not UNSET:
            field_dict["additionalInfo"] = additional_info
        if payment_information is not UNSET:
            field_dict["paymentInformation"] = payment_information

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address_input import AddressInput  # noqa: PLC0415
        from ..models.vendor_additional_info_input import VendorAdditionalInfoInput  # noqa: PLC0415
        from ..models.vendor_payment_information_update import VendorPaymentInformationUpdate  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        short_name = d.pop("shortName", UNSET)

        _account_type = d.pop("accountType", UNSET)
        account_type: VendorAccountType | Unset
        if isinstance(_account_type, Unset):
            account_type = UNSET
        else:
            account_type = VendorAccountType(_account_type)

        account_number = d.pop("accountNumber", UNSET)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        _address = d.pop("address", UNSET)
        address: AddressInput | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = AddressInput.from_dict(_address)

        bill_currency = d.pop("billCurrency", UNSET)

        _additional_info = d.pop("additionalInfo", UNSET)
        additional_info: VendorAdditionalInfoInput | Unset
        if isinstance(_additional_info, Unset):
            additional_info = UNSET
        else:
            additional_info = VendorAdditionalInfoInput.from_dict(_additional_info)

        _payment_information = d.pop("paymentInformation", UNSET)
        payment_information: VendorPaymentInformationUpdate | Unset
        if isinstance(_payment_information, Unset):
            payment_information = UNSET
        else:
            payment_information = VendorPaymentInformationUpdate.from_dict(_payment_information)

        vendor_update = cls(
            name=name,
            short_name=short_name,
            account_type=account_type,
            account_number=account_number,
            email=email,
            phone=phone,
            address=address,
            bill_currency=bill_currency,
            additional_info=additional_info,
            payment_information=payment_information,
        )

        return vendor_update
