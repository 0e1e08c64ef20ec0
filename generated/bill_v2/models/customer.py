from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.active_flag import ActiveFlag
from ..models.customer_account_type import CustomerAccountType
from ..models.customer_creation_source import CustomerCreationSource
from ..models.customer_delivery_method import CustomerDeliveryMethod
from ..models.customer_entity import CustomerEntity
from ..types import UNSET, Unset

T = TypeVar("T", bound="Customer")


@_attrs_define
class Customer:
    """A customer you invoice, as BILL returns it."""

    entity: CustomerEntity
    id: str
    is_active: ActiveFlag | Unset = UNSET
    """ "1" active, "2" inactive (deleted). """
    created_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    updated_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    name: str | Unset = UNSET
    """ Unique within the organization. """
    short_name: str | Unset = UNSET
    """ A short name shown in BILL and in synced accounting software. """
    parent_customer_id: str | Unset = UNSET
    """ The parent customer (0cu...) when this one is a sub-customer. """
    company_name: str | Unset = UNSET
    contact_first_name: str | Unset = UNSET
    contact_last_name: str | Unset = UNSET
    acc_number: str | Unset = UNSET
    """ Your own account number for the customer; shown on invoices. """
    bill_address_1: str | Unset = UNSET
    bill_address_2: str | Unset = UNSET
    bill_address_3: str | Unset = UNSET
    bill_address_4: str | Unset = UNSET
    bill_address_city: str | Unset = UNSET
    bill_address_state: str | Unset = UNSET
    """ Two-letter code for a US state. """
    bill_address_country: str | Unset = UNSET
    bill_address_zip: str | Unset = UNSET
    ship_address_1: str | Unset = UNSET
    ship_address_2: str | Unset = UNSET
    ship_address_3: str | Unset = UNSET
    ship_address_4: str | Unset = UNSET
    ship_address_city: str | Unset = UNSET
    ship_address_state: str | Unset = UNSET
    """ Two-letter code for a US state. """
    ship_address_country: str | Unset = UNSET
    ship_address_zip: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    alt_phone: str | Unset = UNSET
    fax: str | Unset = UNSET
    description: str | Unset = UNSET
    invoice_currency: str | Unset = UNSET
    """ Three-letter currency code; needed for a customer invoiced abroad. """
    print_as: str | Unset = UNSET
    """ The name printed on checks. """
    merged_into_id: str | Unset = UNSET
    """ The customer this one was merged into """
    has_authorized_to_charge: bool | Unset = UNSET
    """ Whether the customer allows charging its bank account (SetCustomerAuthorization) """
    account_type: CustomerAccountType | Unset = UNSET
    """ "0" none, "1" business, "2" person. """
    payment_term_id: str | Unset = UNSET
    """ The customer's payment term (00p...). """
    balance: float | Unset = UNSET
    """ Open balance """
    avail_credit: float | Unset = UNSET
    """ Credit available to apply """
    tax_id: str | Unset = UNSET
    has_bank_account: bool | Unset = UNSET
    has_net_bank_account: bool | Unset = UNSET
    has_bank_account_auto_pay: bool | Unset = UNSET
    default_delivery_method: CustomerDeliveryMethod | Unset = UNSET
    """ How invoices go out by default: "0" email, "1" US mail. """
    is_auto_charge_dismissed: bool | Unset = UNSET
    is_tax_liable: bool | Unset = UNSET
    creation_source: CustomerCreationSource | Unset = UNSET
    """ Where the customer was made: "0" unknown, "1" BILL web app, "2" BILL web app search. """
    enabled_invoice_financing: bool | Unset = UNSET
    has_customer_card: bool | Unset = UNSET
    """ Whether a card is on file for autopay """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

        created_time = self.created_time

        updated_time = self.updated_time

        name = self.name

        short_name = self.short_name

        parent_customer_id = self.parent_customer_id

        company_name = self.company_name

        contact_first_name = self.contact_first_name

        contact_last_name = self.contact_last_name

        acc_number = self.acc_number

        bill_address_1 = self.bill_address_1

        bill_address_2 = self.bill_address_2

        bill_address_3 = self.bill_address_3

        bill_address_4 = self.bill_address_4

        bill_address_city = self.bill_address_city

        bill_address_state = self.bill_address_state

        bill_address_country = self.bill_address_country

        bill_address_zip = self.bill_address_zip

        ship_address_1 = self.ship_address_1

        ship_address_2 = self.ship_address_2

        ship_address_3 = self.ship_address_3

        ship_address_4 = self.ship_address_4

        ship_address_city = self.ship_address_city

        ship_address_state = self.ship_address_state

        ship_address_country = self.ship_address_country

        ship_address_zip = self.ship_address_zip

        email = self.email

        phone = self.phone

        alt_phone = self.alt_phone

        fax = self.fax

        description = self.description

        invoice_currency = self.invoice_currency

        print_as = self.print_as

        merged_into_id = self.merged_into_id

        has_authorized_to_charge = self.has_authorized_to_charge

        account_type: str | Unset = UNSET
        if not isinstance(self.account_type, Unset):
            account_type = self.account_type.value

        payment_term_id = self.payment_term_id

        balance = self.balance

        avail_credit = self.avail_credit

        tax_id = self.tax_id

        has_bank_account = self.has_bank_account

        has_net_bank_account = self.has_net_bank_account

        has_bank_account_auto_pay = self.has_bank_account_auto_pay

        default_delivery_method: str | Unset = UNSET
        if not isinstance(self.default_delivery_method, Unset):
            default_delivery_method = self.default_delivery_method.value

        is_auto_charge_dismissed = self.is_auto_charge_dismissed

        is_tax_liable = self.is_tax_liable

        creation_source: str | Unset = UNSET
        if not isinstance(self.creation_source, Unset):
            creation_source = self.creation_source.value

        enabled_invoice_financing = self.enabled_invoice_financing

        has_customer_card = self.has_customer_card

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
        if name is not UNSET:
            field_dict["name"] = name
        if short_name is not UNSET:
            field_dict["shortName"] = short_name
        if parent_customer_id is not UNSET:
            field_dict["parentCustomerId"] = parent_customer_id
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if contact_first_name is not UNSET:
            field_dict["contactFirstName"] = contact_first_name
        if contact_last_name is not UNSET:
            field_dict["contactLastName"] = contact_last_name
        if acc_number is not UNSET:
            field_dict["accNumber"] = acc_number
        if bill_address_1 is not UNSET:
            field_dict["billAddress1"] = bill_address_1
        if bill_address_2 is not UNSET:
            field_dict["billAddress2"] = bill_address_2
        if bill_address_3 is not UNSET:
            field_dict["billAddress3"] = bill_address_3
        if bill_address_4 is not UNSET:
            field_dict["billAddress4"] = bill_address_4
        if bill_address_city is not UNSET:
            field_dict["billAddressCity"] = bill_address_city
        if bill_address_state is not UNSET:
            field_dict["billAddressState"] = bill_address_state
        if bill_address_country is not UNSET:
            field_dict["billAddressCountry"] = bill_address_country
        if bill_address_zip is not UNSET:
            field_dict["billAddressZip"] = bill_address_zip
        if ship_address_1 is not UNSET:
            field_dict["shipAddress1"] = ship_address_1
        if ship_address_2 is not UNSET:
            field_dict["shipAddress2"] = ship_address_2
        if ship_address_3 is not UNSET:
            field_dict["shipAddress3"] = ship_address_3
        if ship_address_4 is not UNSET:
            field_dict["shipAddress4"] = ship_address_4
        if ship_address_city is not UNSET:
            field_dict["shipAddressCity"] = ship_address_city
        if ship_address_state is not UNSET:
            field_dict["shipAddressState"] = ship_address_state
        if ship_address_country is not UNSET:
            field_dict["shipAddressCountry"] = ship_address_country
        if ship_address_zip is not UNSET:
            field_dict["shipAddressZip"] = ship_address_zip
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if alt_phone is not UNSET:
            field_dict["altPhone"] = alt_phone
        if fax is not UNSET:
            field_dict["fax"] = fax
        if description is not UNSET:
            field_dict["description"] = description
        if invoice_currency is not UNSET:
            field_dict["invoiceCurrency"] = invoice_currency
        if print_as is not UNSET:
            field_dict["printAs"] = print_as
        if merged_into_id is not UNSET:
            field_dict["mergedIntoId"] = merged_into_id
        if has_authorized_to_charge is not UNSET:
            field_dict["hasAuthorizedToCharge"] = has_authorized_to_charge
        if account_type is not UNSET:
            field_dict["accountType"] = account_type
        if payment_term_id is not UNSET:
            field_dict["paymentTermId"] = payment_term_id
        if balance is not UNSET:
            field_dict["balance"] = balance
        if avail_credit is not UNSET:
            field_dict["availCredit"] = avail_credit
        if tax_id is not UNSET:
            field_dict["taxId"] = tax_id
        if has_bank_account is not UNSET:
            field_dict["hasBankAccount"] = has_bank_account
        if has_net_bank_account is not UNSET:
            field_dict["hasNetBankAccount"] = has_net_bank_account
        if has_bank_account_auto_pay is not UNSET:
            field_dict["hasBankAccountAutoPay"] = has_bank_account_auto_pay
        if default_delivery_method is not UNSET:
            field_dict["defaultDeliveryMethod"] = default_delivery_method
        if is_auto_charge_dismissed is not UNSET:
            field_dict["isAutoChargeDismissed"] = is_auto_charge_dismissed
        if is_tax_liable is not UNSET:
            field_dict["isTaxLiable"] = is_tax_liable
        if creation_source is not UNSET:
            field_dict["creationSource"] = creation_source
        if enabled_invoice_financing is not UNSET:
            field_dict["enabledInvoiceFinancing"] = enabled_invoice_financing
        if has_customer_card is not UNSET:
            field_dict["hasCustomerCard"] = has_customer_card

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = CustomerEntity(d.pop("entity"))

        id = d.pop("id")

        _is_active = d.pop("isActive", UNSET)
        is_active: ActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = ActiveFlag(_is_active)

        created_time = d.pop("createdTime", UNSET)

        updated_time = d.pop("updatedTime", UNSET)

        name = d.pop("name", UNSET)

        short_name = d.pop("shortName", UNSET)

        parent_customer_id = d.pop("parentCustomerId", UNSET)

        company_name = d.pop("companyName", UNSET)

        contact_first_name = d.pop("contactFirstName", UNSET)

        contact_last_name = d.pop("contactLastName", UNSET)

        acc_number = d.pop("accNumber", UNSET)

        bill_address_1 = d.pop("billAddress1", UNSET)

        bill_address_2 = d.pop("billAddress2", UNSET)

        bill_address_3 = d.pop("billAddress3", UNSET)

        bill_address_4 = d.pop("billAddress4", UNSET)

        bill_address_city = d.pop("billAddressCity", UNSET)

        bill_address_state = d.pop("billAddressState", UNSET)

        bill_address_country = d.pop("billAddressCountry", UNSET)

        bill_address_zip = d.pop("billAddressZip", UNSET)

        ship_address_1 = d.pop("shipAddress1", UNSET)

        ship_address_2 = d.pop("shipAddress2", UNSET)

        ship_address_3 = d.pop("shipAddress3", UNSET)

        ship_address_4 = d.pop("shipAddress4", UNSET)

        ship_address_city = d.pop("shipAddressCity", UNSET)

        ship_address_state = d.pop("shipAddressState", UNSET)

        ship_address_country = d.pop("shipAddressCountry", UNSET)

        ship_address_zip = d.pop("shipAddressZip", UNSET)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        alt_phone = d.pop("altPhone", UNSET)

        fax = d.pop("fax", UNSET)

        description = d.pop("description", UNSET)

        invoice_currency = d.pop("invoiceCurrency", UNSET)

        print_as = d.pop("printAs", UNSET)

        merged_into_id = d.pop("mergedIntoId", UNSET)

        has_authorized_to_charge = d.pop("hasAuthorizedToCharge", UNSET)

        _account_type = d.pop("accountType", UNSET)
        account_type: CustomerAccountType | Unset
        if isinstance(_account_type, Unset):
            account_type = UNSET
        else:
            account_type = CustomerAccountType(_account_type)

        payment_term_id = d.pop("paymentTermId", UNSET)

        balance = d.pop("balance", UNSET)

        avail_credit = d.pop("availCredit", UNSET)

        tax_id = d.pop("taxId", UNSET)

        has_bank_account = d.pop("hasBankAccount", UNSET)

        has_net_bank_account = d.pop("hasNetBankAccount", UNSET)

        has_bank_account_auto_pay = d.pop("hasBankAccountAutoPay", UNSET)

        _default_delivery_method = d.pop("defaultDeliveryMethod", UNSET)
        default_delivery_method: CustomerDeliveryMethod | Unset
        if isinstance(_default_delivery_method, Unset):
            default_delivery_method = UNSET
        else:
            default_delivery_method = CustomerDeliveryMethod(_default_delivery_method)

        is_auto_charge_dismissed = d.pop("isAutoChargeDismissed", UNSET)

        is_tax_liable = d.pop("isTaxLiable", UNSET)

        _creation_source = d.pop("creationSource", UNSET)
        creation_source: CustomerCreationSource | Unset
        if isinstance(_creation_source, Unset):
            creation_source = UNSET
        else:
            creation_source = CustomerCreationSource(_creation_source)

        enabled_invoice_financing = d.pop("enabledInvoiceFinancing", UNSET)

        has_customer_card = d.pop("hasCustomerCard", UNSET)

        customer = cls(
            entity=entity,
            id=id,
            is_active=is_active,
            created_time=created_time,
            updated_time=updated_time,
            name=name,
            short_name=short_name,
            parent_customer_id=parent_customer_id,
            company_name=company_name,
            contact_first_name=contact_first_name,
            contact_last_name=contact_last_name,
            acc_number=acc_number,
            bill_address_1=bill_address_1,
            bill_address_2=bill_address_2,
            bill_address_3=bill_address_3,
            bill_address_4=bill_address_4,
            bill_address_city=bill_address_city,
            bill_address_state=bill_address_state,
            bill_address_country=bill_address_country,
            bill_address_zip=bill_address_zip,
            ship_address_1=ship_address_1,
            ship_address_2=ship_address_2,
            ship_address_3=ship_address_3,
            ship_address_4=ship_address_4,
            ship_address_city=ship_address_city,
            ship_address_state=ship_address_state,
            ship_address_country=ship_address_country,
            ship_address_zip=ship_address_zip,
            email=email,
            phone=phone,
            alt_phone=alt_phone,
            fax=fax,
            description=description,
            invoice_currency=invoice_currency,
            print_as=print_as,
            merged_into_id=merged_into_id,
            has_authorized_to_charge=has_authorized_to_charge,
            account_type=account_type,
            payment_term_id=payment_term_id,
            balance=balance,
            avail_credit=avail_credit,
            tax_id=tax_id,
            has_bank_account=has_bank_account,
            has_net_bank_account=has_net_bank_account,
            has_bank_account_auto_pay=has_bank_account_auto_pay,
            default_delivery_method=default_delivery_method,
            is_auto_charge_dismissed=is_auto_charge_dismissed,
            is_tax_liable=is_tax_liable,
            creation_source=creation_source,
            enabled_invoice_financing=enabled_invoice_financing,
            has_customer_card=has_customer_card,
        )

        customer.additional_properties = d
        return customer

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
