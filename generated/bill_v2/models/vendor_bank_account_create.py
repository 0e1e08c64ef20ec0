from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.active_flag import ActiveFlag
from ..models.vendor_bank_account_create_entity import VendorBankAccountCreateEntity
from ..models.vendor_bank_account_source import VendorBankAccountSource
from ..models.vendor_intl_payment_type import VendorIntlPaymentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="VendorBankAccountCreate")


@_attrs_define
class VendorBankAccountCreate:
    entity: VendorBankAccountCreateEntity
    vendor_id: str
    """ The vendor the account pays into. """
    account_number: str
    """ The full number when creating; BILL shows only its last four digits afterwards. """
    routing_number: str
    is_active: ActiveFlag | Unset = UNSET
    """ "1" active, "2" inactive (deleted). """
    name_on_acct: str | Unset = UNSET
    """ Name of the account holder. """
    users_id: str | Unset = UNSET
    """ BILL user id (prefix `006`). """
    is_savings: bool | Unset = UNSET
    """ true for a savings account, false for checking; international accounts must say. """
    is_personal_acct: bool | Unset = UNSET
    """ true for a personal account, false for a business account. """
    intl_payment_type: VendorIntlPaymentType | Unset = UNSET
    """ International ePayment: 0 none, 1 wire, 2 international ACH. """
    payment_currency: str | Unset = UNSET
    """ Currency paid into the account (three letters). """
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

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        vendor_id = self.vendor_id

        account_number = self.account_number

        routing_number = self.routing_number

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

        name_on_acct = self.name_on_acct

        users_id = self.users_id

        is_savings = self.is_savings

        is_personal_acct = self.is_personal_acct

        intl_payment_type: str | Unset = UNSET
        if not isinstance(self.intl_payment_type, Unset):
            intl_payment_type = self.intl_payment_type.value

        payment_currency = self.payment_currency

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

        field_dict.update(
            {
                "entity": entity,
                "vendorId": vendor_id,
                "accountNumber": account_number,
                "routingNumber": routing_number,
            }
        )
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if name_on_acct is not UNSET:
            field_dict["nameOnAcct"] = name_on_acct
        if users_id is not UNSET:
            field_dict["usersId"] = users_id
        if is_savings is not UNSET:
            field_dict["isSavings"] = is_savings
        if is_personal_acct is not UNSET:
            field_dict["isPersonalAcct"] = is_personal_acct
        if intl_payment_type is not UNSET:
            field_dict["intlPaymentType"] = intl_payment_type
        if payment_currency is not UNSET:
            field_dict["paymentCurrency"] = payment_currency
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
        entity = VendorBankAccountCreateEntity(d.pop("entity"))

        vendor_id = d.pop("vendorId")

        account_number = d.pop("accountNumber")

        routing_number = d.pop("routingNumber")

        _is_active = d.pop("isActive", UNSET)
        is_active: ActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = ActiveFlag(_is_active)

        name_on_acct = d.pop("nameOnAcct", UNSET)

        users_id = d.pop("usersId", UNSET)

        is_savings = d.pop("isSavings", UNSET)

        is_personal_acct = d.pop("isPersonalAcct", UNSET)

        _intl_payment_type = d.pop("intlPaymentType", UNSET)
        intl_payment_type: VendorIntlPaymentType | Unset
        if isinstance(_intl_payment_type, Unset):
            intl_payment_type = UNSET
        else:
            intl_payment_type = VendorIntlPaymentType(_intl_payment_type)

        payment_currency = d.pop("paymentCurrency", UNSET)

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

        vendor_bank_account_create = cls(
            entity=entity,
            vendor_id=vendor_id,
            account_number=account_number,
            routing_number=routing_number,
            is_active=is_active,
            name_on_acct=name_on_acct,
            users_id=users_id,
            is_savings=is_savings,
            is_personal_acct=is_personal_acct,
            intl_payment_type=intl_payment_type,
            payment_currency=payment_currency,
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

        return vendor_bank_account_create
