from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vendor_regulatory_field import VendorRegulatoryField


T = TypeVar("T", bound="VendorBankAccountCreate")


@_attrs_define
class VendorBankAccountCreate:
    account_number: str
    """ An account number or an IBAN. """
    name_on_account: str | Unset = UNSET
    routing_number: str | Unset = UNSET
    """ The US routing number; leave it out when accountNumber is an IBAN. """
    type_: str | Unset = UNSET
    """ For example CHECKING or SAVINGS. """
    owner_type: str | Unset = UNSET
    """ For example BUSINESS or PERSON. """
    payment_currency: str | Unset = UNSET
    """ ISO 4217 currency code, such as USD. """
    regulatory_fields: list[VendorRegulatoryField] | Unset = UNSET
    """ Fields some countries require; getVendorConfiguration names them. """

    def to_dict(self) -> dict[str, Any]:
        account_number = self.account_number

        name_on_account = self.name_on_account

        routing_number = self.routing_number

        type_ = self.type_

        owner_type = self.owner_type

        payment_currency = self.payment_currency

        regulatory_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.regulatory_fields, Unset):
            regulatory_fields = []
            for regulatory_fields_item_data in self.regulatory_fields:
                regulatory_fields_item = regulatory_fields_item_data.to_dict()
                regulatory_fields.append(regulatory_fields_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountNumber": account_number,
            }
        )
        if name_on_account is not UNSET:
            field_dict["nameOnAccount"] = name_on_account
        if routing_number is not UNSET:
            field_dict["routingNumber"] = routing_number
        if type_ is not UNSET:
            field_dict["type"] = type_
        if owner_type is not UNSET:
            field_dict["ownerType"] = owner_type
        if payment_currency is not UNSET:
            field_dict["paymentCurrency"] = payment_currency
        if regulatory_fields is not UNSET:
            field_dict["regulatoryFields"] = regulatory_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vendor_regulatory_field import VendorRegulatoryField  # noqa: PLC0415

        d = dict(src_dict)
        account_number = d.pop("accountNumber")

        name_on_account = d.pop("nameOnAccount", UNSET)

        routing_number = d.pop("routingNumber", UNSET)

        type_ = d.pop("type", UNSET)

        owner_type = d.pop("ownerType", UNSET)

        payment_currency = d.pop("paymentCurrency", UNSET)

        _regulatory_fields = d.pop("regulatoryFields", UNSET)
        regulatory_fields: list[VendorRegulatoryField] | Unset = UNSET
        if _regulatory_fields is not UNSET:
            regulatory_fields = []
            for regulatory_fields_item_data in _regulatory_fields:
                regulatory_fields_item = VendorRegulatoryField.from_dict(regulatory_fields_item_data)

                regulatory_fields.append(regulatory_fields_item)

        vendor_bank_account_create = cls(
            account_number=account_number,
            name_on_account=name_on_account,
            routing_number=routing_number,
            type_=type_,
            owner_type=owner_type,
            payment_currency=payment_currency,
            regulatory_fields=regulatory_fields,
        )

        return vendor_bank_account_create
