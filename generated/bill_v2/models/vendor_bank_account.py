from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.active_flag import ActiveFlag
from ..models.vendor_bank_account_entity import VendorBankAccountEntity
from ..models.vendor_bank_account_source import VendorBankAccountSource
from ..models.vendor_bank_account_status import VendorBankAccountStatus
from ..models.vendor_intl_payment_type import VendorIntlPaymentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="VendorBankAccount")


@_attrs_define
class VendorBankAccount:
    """A vendor's bank account as BILL returns it (id prefix `vba`)."""

    entity: VendorBankAccountEntity
    id: str
    is_active: ActiveFlag | Unset = UNSET
    """ "1" active, "2" inactive (deleted). """
    created_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    updated_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    vendor_id: str | Unset = UNSET
    """ The vendor the account pays into (id prefix `009`). """
    name_on_acct: str | Unset = UNSET
    """ Name of the account holder. """
    account_number: str | Unset = UNSET
    """ Only the last four digits are shown. """
    routing_number: str | Unset = UNSET
    users_id: str | Unset = UNSET
    """ The user who added the account (id prefix `006`). """
    status: VendorBankAccountStatus | Unset = UNSET
    """ Verification: 0 not verified, 1 verified, 2 pending, 3 blocked, 4 expired, 5 invalid. At 3, 4 or 5 the
    vendor's payBy falls back to check. """
    is_savings: bool | Unset = UNSET
    """ true for a savings account, false for checking. """
    is_personal_acct: bool | Unset = UNSET
    """ true for a personal account, false for a business account. """
    intl_e_payment_acct: bool | Unset = UNSET
    """ The account can take international ePayments. """
    intl_payment_type: VendorIntlPaymentType | Unset = UNSET
    """ International ePayment: 0 none, 1 wire, 2 international ACH. """
    payment_currency: str | Unset = UNSET
    """ Currency paid into the account (three letters). """
    bank_country: str | Unset = UNSET
    vendor_bank_data: str | Unset = UNSET
    bank_add_source: VendorBankAccountSource | Unset = UNSET
    """ How the account was added: 1 not available, 2 entered by a user, 3 IVA, 4 vendor portal, 5 cloned by a user,
    6 international processor migration. """
    intl_template_key: str | Unset = UNSET
    regulatory1: str | Unset = UNSET
    """ Regulatory data; only some BILL partners may use it. """
    regulatory2: str | Unset = UNSET
    regulatory3: str | Unset = UNSET
    regulatory4: str | Unset = UNSET
    regulatory5: str | Unset = UNSET
    regulatory6: str | Unset = UNSET
    regulatory7: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

        created_time = self.created_time

        updated_time = self.updated_time

        vendor_id = self.vendor_id

        name_on_acct = self.name_on_acct

        account_number = self.account_number

        routing_number = self.routing_number

        users_id = self.users_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        is_savings = self.is_savings

        is_personal_acct = self.is_personal_acct

        intl_e_payment_acct = self.intl_e_payment_acct

        intl_payment_type: str | Unset = UNSET
        if not isinstance(self.intl_payment_type, Unset):
            intl_payment_type = self.intl_payment_type.value

        payment_currency = self.payment_currency

        bank_country = self.bank_country

        vendor_bank_data = self.vendor_bank_data

        bank_add_source: str | Unset = UNSET
        if not isinstance(self.bank_add_source, Unset):
            bank_add_source = self.bank_add_source.value

        intl_template_key = self.intl_template_key

        regulatory1 = self.regulatory1

        regulatory2 = self.regulatory2

        regulatory3 = self.regulatory3

        regulatory4 = self.regulatory4

        regulatory5 = self.regulatory5

        regulatory6 = self.regulatory6

        regulatory7 = self.regulatory7

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity": entity,
                "id": id,
            }
        )
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time
        if vendor_id is not UNSET:
            field_dict["vendorId"] = vendor_id
        if name_on_acct is not UNSET:
            field_dict["nameOnAcct"] = name_on_acct
        if account_number is not UNSET:
            field_dict["accountNumber"] = account_number
        if routing_number is not UNSET:
            field_dict["routingNumber"] = routing_number
        if users_id is not UNSET:
            field_dict["usersId"] = users_id
        if status is not UNSET:
            field_dict["status"] = status
        if is_savings is not UNSET:
            field_dict["isSavings"] = is_savings
        if is_personal_acct is not UNSET:
            field_dict["isPersonalAcct"] = is_personal_acct
        if intl_e_payment_acct is not UNSET:
            field_dict["intlEPaymentAcct"] = intl_e_payment_acct
        if intl_payment_type is not UNSET:
            field_dict["intlPaymentType"] = intl_payment_type
        if payment_currency is not UNSET:
            field_dict["paymentCurrency"] = payment_currency
        if bank_country is not UNSET:
            field_dict["bankCountry"] = bank_country
        if vendor_bank_data is not UNSET:
            field_dict["vendorBankData"] = vendor_bank_data
        if bank_add_source is not UNSET:
            field_dict["bankAddSource"] = bank_add_source
        if intl_template_key is not UNSET:
            field_dict["intlTemplateKey"] = intl_template_key
        if regulatory1 is not UNSET:
            field_dict["regulatory1"] = regulatory1
        if regulatory2 is not UNSET:
            field_dict["regulatory2"] = regulatory2
        if regulatory3 is not UNSET:
            field_dict["regulatory3"] = regulatory3
        if regulatory4 is not UNSET:
            field_dict["regulatory4"] = regulatory4
        if regulatory5 is not UNSET:
            field_dict["regulatory5"] = regulatory5
        if regulatory6 is not UNSET:
            field_dict["regulatory6"] = regulatory6
        if regulatory7 is not UNSET:
            field_dict["regulatory7"] = regulatory7

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = VendorBankAccountEntity(d.pop("entity"))

        id = d.pop("id")

        _is_active = d.pop("isActive", UNSET)
        is_active: ActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = ActiveFlag(_is_active)

        created_time = d.pop("createdTime", UNSET)

        updated_time = d.pop("updatedTime", UNSET)

        vendor_id = d.pop("vendorId", UNSET)

        name_on_acct = d.pop("nameOnAcct", UNSET)

        account_number = d.pop("accountNumber", UNSET)

        routing_number = d.pop("routingNumber", UNSET)

        users_id = d.pop("usersId", UNSET)

        _status = d.pop("status", UNSET)
        status: VendorBankAccountStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = VendorBankAccountStatus(_status)

        is_savings = d.pop("isSavings", UNSET)

        is_personal_acct = d.pop("isPersonalAcct", UNSET)

        intl_e_payment_acct = d.pop("intlEPaymentAcct", UNSET)

        _intl_payment_type = d.pop("intlPaymentType", UNSET)
        intl_payment_type: VendorIntlPaymentType | Unset
        if isinstance(_intl_payment_type, Unset):
            intl_payment_type = UNSET
        else:
            intl_payment_type = VendorIntlPaymentType(_intl_payment_type)

        payment_currency = d.pop("paymentCurrency", UNSET)

        bank_country = d.pop("bankCountry", UNSET)

        vendor_bank_data = d.pop("vendorBankData", UNSET)

        _bank_add_source = d.pop("bankAddSource", UNSET)
        bank_add_source: VendorBankAccountSource | Unset
        if isinstance(_bank_add_source, Unset):
            bank_add_source = UNSET
        else:
            bank_add_source = VendorBankAccountSource(_bank_add_source)

        intl_template_key = d.pop("intlTemplateKey", UNSET)

        regulatory1 = d.pop("regulatory1", UNSET)

        regulatory2 = d.pop("regulatory2", UNSET)

        regulatory3 = d.pop("regulatory3", UNSET)

        regulatory4 = d.pop("regulatory4", UNSET)

        regulatory5 = d.pop("regulatory5", UNSET)

        regulatory6 = d.pop("regulatory6", UNSET)

        regulatory7 = d.pop("regulatory7", UNSET)

        vendor_bank_account = cls(
            entity=entity,
            id=id,
            is_active=is_active,
            created_time=created_time,
            updated_time=updated_time,
            vendor_id=vendor_id,
            name_on_acct=name_on_acct,
            account_number=account_number,
            routing_number=routing_number,
            users_id=users_id,
            status=status,
            is_savings=is_savings,
            is_personal_acct=is_personal_acct,
            intl_e_payment_acct=intl_e_payment_acct,
            intl_payment_type=intl_payment_type,
            payment_currency=payment_currency,
            bank_country=bank_country,
            vendor_bank_data=vendor_bank_data,
            bank_add_source=bank_add_source,
            intl_template_key=intl_template_key,
            regulatory1=regulatory1,
            regulatory2=regulatory2,
            regulatory3=regulatory3,
            regulatory4=regulatory4,
            regulatory5=regulatory5,
            regulatory6=regulatory6,
            regulatory7=regulatory7,
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
