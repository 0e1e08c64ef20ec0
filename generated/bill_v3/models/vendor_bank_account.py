from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vendor_bank_account_regulatory_fields_item import VendorBankAccountRegulatoryFieldsItem


T = TypeVar("T", bound="VendorBankAccount")


@_attrs_define
class VendorBankAccount:
    name_on_account: str | Unset = UNSET
    account_number: str | Unset = UNSET
    routing_number: str | Unset = UNSET
    type_: str | Unset = UNSET
    owner_type: str | Unset = UNSET
    payment_currency: str | Unset = UNSET
    regulatory_fields: list[VendorBankAccountRegulatoryFieldsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name_on_account = self.name_on_account

        account_number = self.account_number

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
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name_on_account is not UNSET:
            field_dict["nameOnAccount"] = name_on_account
        if account_number is not UNSET:
            field_dict["accountNumber"] = account_number
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
        from ..models.vendor_bank_account_regulatory_fields_item import VendorBankAccountRegulatoryFieldsItem  # noqa: PLC0415

        d = dict(src_dict)
        name_on_account = d.pop("nameOnAccount", UNSET)

        account_number = d.pop("accountNumber", UNSET)

        routing_number = d.pop("routingNumber", UNSET)

        type_ = d.pop("type", UNSET)

        owner_type = d.pop("ownerType", UNSET)

        payment_currency = d.pop("paymentCurrency", UNSET)

        _regulatory_fields = d.pop("regulatoryFields", UNSET)
        regulatory_fields: list[VendorBankAccountRegulatoryFieldsItem] | Unset = UNSET
        if _regulatory_fields is not UNSET:
            regulatory_fields = []
            for regulatory_fields_item_data in _regulatory_fields:
                regulatory_fields_item = VendorBankAccountRegulatoryFieldsItem.from_dict(regulatory_fields_item_data)

                regulatory_fields.append(regulatory_fields_item)

        vendor_bank_account = cls(
            name_on_account=name_on_account,
            account_number=account_number,
            routing_number=routing_number,
            type_=type_,
            owner_type=owner_type,
            payment_currency=payment_currency,
            regulatory_fields=regulatory_fields,
        )

        vendor_bank_account.additional_properties = d
        return vendor_bank_account

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
