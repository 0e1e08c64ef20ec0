"""v2 Customer, CustomerContact and CustomerBankAccount over the AR records v3 keeps.

Customer and CustomerBankAccount are v3's records (ar.py, ar_customers.py), written through ar_customers'
rules; v2's flat fields map onto v3's nested ones:

    v2 Customer                       v3 customer
    name, email                       name, email ("" while v2 has sent none)
    companyName, phone, fax,          companyName, phone, fax,
    description, invoiceCurrency,     description, invoiceCurrency,
    paymentTermId, accNumber          paymentTermId, accountNumber
    contactFirstName/LastName         contact.firstName / contact.lastName
    accountType "0"/"1"/"2"           accountType NONE/BUSINESS/PERSON
    billAddress1, 2, City, State,     billingAddress.line1, line2, city, stateOrProvince,
    Zip, Country                      zipOrPostalCode, country (shipAddress* -> shippingAddress alike)
    hasAuthorizedToCharge             authorizedToCharge
    isActive "1"/"2"                  archived false/true

    v2 CustomerBankAccount            v3 customer bank account
    nameOnAccount, nickname,          nameOnAccount, nickname,
    routingNumber, accountNumber      routingNumber, accountNumber (shown masked)
    isSavings true/false              type SAVINGS/CHECKING
    isPersonalAcct true/false         ownerType PERSONAL/BUSINESS
    status "2"/"1"                    status PENDING/VERIFIED

Every other v2 field (shortName, billAddress3, altPhone, isWrittenAuth, ...) is kept beside the record
(entities extras). Read-only Customer fields are derived: balance is what the customer's active invoices still
owe; availCredit the overpayments BILL keeps for it plus what its active credit memos have left.

CustomerContact is v2's alone: its own table, `cpu` ids, each contact of an active customer of the caller's
organization. A customer bank account needs the customer's billing address (ar_customers' rule), the customer's
consent to the payment terms (agreedWithTOS), and cannot be changed once made, only deleted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from bill_mock.areas.ar import (
    ZERO,
    Customer,
    CustomerBankAccount,
    ar_tables,
    money_wire,
)
from bill_mock.areas.ar_customers import add_bank_account, add_customer, bank_account_status, update_customer
from bill_mock.errors import BillError, invalid_field
from bill_mock.state import Store
from bill_mock.v2 import wire
from bill_mock.v2.entities import Entity, extras, register_entity, set_archived
from bill_mock.v2.handlers import V2Call, handles_v2

__all__ = [
    "CUSTOMER",
    "CUSTOMER_BANK_ACCOUNT",
    "CUSTOMER_CONTACT",
    "PREFIX_CUSTOMER_CONTACT",
    "ContactTables",
    "CustomerContact",
    "active_customer",
]

PREFIX_CUSTOMER_CONTACT = "cpu"

_ACCOUNT_TYPES = {"0": "NONE", "1": "BUSINESS", "2": "PERSON"}
_TOP = {
    "name": "name",
    "email": "email",
    "companyName": "companyName",
    "phone": "phone",
    "fax": "fax",
    "description": "description",
    "invoiceCurrency": "invoiceCurrency",
    "paymentTermId": "paymentTermId",
    "accNumber": "accountNumber",
}
_CONTACT = {"contactFirstName": "firstName", "contactLastName": "lastName"}
_ADDRESS_PARTS = {
    "1": "line1",
    "2": "line2",
    "City": "city",
    "State": "stateOrProvince",
    "Zip": "zipOrPostalCode",
    "Country": "country",
}
_ADDRESSES = {"billAddress": "billingAddress", "shipAddress": "shippingAddress"}
_NESTED = {
    **{v2: ("contact", v3) for v2, v3 in _CONTACT.items()},
    **{
        prefix + part: (v3_name, v3_key)
        for prefix, v3_name in _ADDRESSES.items()
        for part, v3_key in _ADDRESS_PARTS.items()
    },
}
"""v2 field -> (v3 object, its key)."""

_ROUTING_NUMBER = re.compile(r"[0-9]{9}")
_ACCOUNT_NUMBER = re.compile(r"[0-9]{1,17}")
_BANK_STATUS = {"PENDING": "2", "VERIFIED": "1"}


# Customer


def active_customer(call: V2Call, customer_id: object, field_name: str = "customerId") -> Customer:
    """A customer named in v2 data: the caller's organization's (else BDC_1119 on the field), and active."""
    customer = ar_tables(call.store).customers.get(customer_id) if isinstance(customer_id, str) else None
    if customer is None or customer.organization_id != call.organization_id:
        raise invalid_field(field_name, customer_id)
    if customer.archived:
        raise BillError(
            400,
            "BDC_1119",
            f"{invalid_field(field_name, customer_id).message}. Customer {customer.id} is inactive; undelete it "
            "(Crud/Undelete/Customer.json) first.",
        )
    return customer


def _customer_to_v3(obj: dict[str, Any], customer: Customer | None) -> tuple[dict[str, Any], dict[str, Any]]:
    """v3's fields for the v2 fields sent (nested objects merged with the customer's), and the v2-only rest."""
    fields: dict[str, Any] = {}
    rest: dict[str, Any] = {}
    for key, value in obj.items():
        if key in _TOP:
            fields[_TOP[key]] = value
        elif key == "accountType":
            fields["accountType"] = _ACCOUNT_TYPES[value]
        elif key in _NESTED:
            name, part = _NESTED[key]
            current = customer.details.get(name) if customer is not None else None
            fields.setdefault(name, dict(current or {}))[part] = value
        else:
            rest[key] = value
    return fields, rest


def _create_customer(call: V2Call, obj: dict[str, Any]) -> Customer:
    fields, rest = _customer_to_v3(obj, None)
    customer = add_customer(call.store, call.now, call.organization_id, {"email": "", **fields})
    extras(call.store, "Customer", customer.id).update(rest)
    return customer


def _update_customer(call: V2Call, customer: Customer, obj: dict[str, Any]) -> None:
    fields, rest = _customer_to_v3(obj, customer)
    update_customer(customer, call.now, fields)
    extras(call.store, "Customer", customer.id).update(rest)


def _customer_wire(store: Store, customer: Customer) -> dict[str, Any]:
    details = customer.details
    answer: dict[str, Any] = {
        "entity": "Customer",
        "id": customer.id,
        "isActive": "2" if customer.archived else "1",
        "name": customer.name,
    }
    answer.update(extras(store, "Customer", customer.id))
    if customer.email:
        answer["email"] = customer.email
    for v2, v3 in _TOP.items():
        if v3 in details:
            answer[v2] = details[v3]
    for v2, (name, part) in _NESTED.items():
        value = (details.get(name) or {}).get(part)
        if value is not None:
            answer[v2] = value
    account_type = details.get("accountType")
    for code, name in _ACCOUNT_TYPES.items():
        if name == account_type:
            answer["accountType"] = code
    tables = ar_tables(store)
    invoices = [i for i in tables.invoices.values() if i.customer_id == customer.id and not i.archived]
    memos = [m for m in tables.credit_memos.values() if m.customer_id == customer.id and not m.archived]
    answer["balance"] = money_wire(sum((invoice.due_amount for invoice in invoices), ZERO))
    credit: Decimal = customer.balance + sum((memo.remaining_amount for memo in memos), ZERO)
    answer["availCredit"] = money_wire(credit)
    answer["hasAuthorizedToCharge"] = customer.authorized_to_charge
    answer["hasBankAccount"] = any(
        account.customer_id == customer.id and not account.archived for account in tables.bank_accounts.values()
    )
    answer["createdTime"] = wire.format_timestamp(customer.created)
    answer["updatedTime"] = wire.format_timestamp(customer.updated)
    return answer


CUSTOMER: Entity[Customer] = Entity(
    name="Customer",
    table=lambda store: ar_tables(store).customers,
    organization_of=lambda customer: customer.organization_id,
    to_wire=_customer_wire,
    create=_create_customer,
    update=_update_customer,
)


# CustomerContact


@dataclass(slots=True)
class CustomerContact:
    """A person at a customer; v3 has no such object."""

    id: str
    organization_id: str
    customer_id: str
    first_name: str
    email: str
    created: datetime
    updated: datetime
    fields: dict[str, Any] = field(default_factory=dict)
    """The optional fields as sent: lastName, phone, altPhone, fax, timezoneId."""
    archived: bool = False


@dataclass
class ContactTables:
    contacts: dict[str, CustomerContact] = field(default_factory=dict)


def _contacts(store: Store) -> dict[str, CustomerContact]:
    return store.area(ContactTables).contacts


def _contact_fields(obj: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in obj.items() if key not in ("customerId", "firstName", "email")}


def _create_contact(call: V2Call, obj: dict[str, Any]) -> CustomerContact:
    customer = active_customer(call, obj["customerId"])
    contact = CustomerContact(
        id=call.store.ids.object_id(PREFIX_CUSTOMER_CONTACT),
        organization_id=call.organization_id,
        customer_id=customer.id,
        first_name=obj["firstName"],
        email=obj["email"],
        created=call.now,
        updated=call.now,
        fields=_contact_fields(obj),
    )
    _contacts(call.store)[contact.id] = contact
    return contact


def _update_contact(call: V2Call, contact: CustomerContact, obj: dict[str, Any]) -> None:
    """The fields sent change; customerId, firstName and email come with every update."""
    contact.customer_id = active_customer(call, obj["customerId"]).id
    contact.first_name = obj["firstName"]
    contact.email = obj["email"]
    contact.fields.update(_contact_fields(obj))
    contact.updated = call.now


def _contact_wire(store: Store, contact: CustomerContact) -> dict[str, Any]:
    return {
        "entity": "CustomerContact",
        "id": contact.id,
        "isActive": "2" if contact.archived else "1",
        "createdTime": wire.format_timestamp(contact.created),
        "updatedTime": wire.format_timestamp(contact.updated),
        "customerId": contact.customer_id,
        "firstName": contact.first_name,
        "email": contact.email,
        **contact.fields,
    }


CUSTOMER_CONTACT: Entity[CustomerContact] = Entity(
    name="CustomerContact",
    table=_contacts,
    organization_of=lambda contact: contact.organization_id,
    to_wire=_contact_wire,
    create=_create_contact,
    update=_update_contact,
)


# CustomerBankAccount


def _flag(value: object) -> bool:
    return value is True or value == "true"


def _bank_account_answer(store: Store, account: CustomerBankAccount, now: datetime) -> dict[str, Any]:
    number = account.account_number
    answer: dict[str, Any] = {
        "entity": "CustomerBankAccount",
        "id": account.id,
        "isActive": "2" if account.archived else "1",
        "createdTime": wire.format_timestamp(account.created),
        "updatedTime": wire.format_timestamp(account.updated),
        "customerId": account.customer_id,
        "nameOnAccount": account.name_on_account,
        "routingNumber": account.routing_number,
        "accountNumber": "*" * max(len(number) - 4, 0) + number[-4:],
        **extras(store, "CustomerBankAccount", account.id),
        "isSavings": account.type == "SAVINGS",
        "isPersonalAcct": account.owner_type == "PERSONAL",
        "status": _BANK_STATUS[bank_account_status(account, now)],
    }
    if account.nickname is not None:
        answer["nickname"] = account.nickname
    return answer


class _BankAccountEntity(Entity[CustomerBankAccount]):
    """Its status depends on the mock's clock (PENDING for two business days), so its wire form takes the call."""

    def wire(self, call: V2Call, record: CustomerBankAccount) -> dict[str, Any]:
        return _bank_account_answer(call.store, record, call.now)


CUSTOMER_BANK_ACCOUNT: Entity[CustomerBankAccount] = _BankAccountEntity(
    name="CustomerBankAccount",
    table=lambda store: ar_tables(store).bank_accounts,
    organization_of=lambda account: account.organization_id,
    to_wire=lambda store, account: _bank_account_answer(store, account, account.updated),
    # (to_wire has no clock; every operation goes through wire above, which has the call's)
)


@handles_v2("crudCreateCustomerBankAccount")
def _create_bank_account(call: V2Call) -> dict[str, Any]:
    data = call.data
    if data["agreedWithTOS"] is not True:
        raise BillError(
            400,
            "BDC_1119",
            f"{invalid_field('agreedWithTOS', data['agreedWithTOS']).message}. The customer must accept BILL's "
            "payment terms: send agreedWithTOS true.",
        )
    obj = dict(data["obj"])
    customer = active_customer(call, obj.pop("customerId"))
    routing_number, account_number = obj.pop("routingNumber"), obj.pop("accountNumber")
    if not _ROUTING_NUMBER.fullmatch(routing_number):
        raise BillError(
            400, "BDC_1119", f"{invalid_field('routingNumber', routing_number).message}. Send the 9-digit ABA number."
        )
    if not _ACCOUNT_NUMBER.fullmatch(account_number):
        raise BillError(
            400, "BDC_1119", f"{invalid_field('accountNumber', account_number).message}. Send 1 to 17 digits."
        )
    fields: dict[str, Any] = {
        "nameOnAccount": obj.pop("nameOnAccount"),
        "routingNumber": routing_number,
        "accountNumber": account_number,
        "type": "SAVINGS" if _flag(obj.pop("isSavings", False)) else "CHECKING",
        "ownerType": "PERSONAL" if _flag(obj.pop("isPersonalAcct", False)) else "BUSINESS",
    }
    if "nickname" in obj:
        fields["nickname"] = obj.pop("nickname")
    active = obj.pop("isActive", "1")
    obj.pop("entity", None)
    try:
        account = add_bank_account(call.store, call.now, customer, fields)
    except BillError as error:
        if error.code != "BDC_1117":
            raise
        raise BillError(
            400,
            "BDC_1117",
            "Missing required data for: billAddress1. Give the customer a billing address (billAddress1, "
            "billAddressCity, billAddressZip, billAddressCountry) with Crud/Update/Customer.json before adding "
            "a bank account.",
        ) from None
    extras(call.store, "CustomerBankAccount", account.id).update(obj)
    if active == "2":
        set_archived(call, account, False)
    return CUSTOMER_BANK_ACCOUNT.wire(call, account)


register_entity(CUSTOMER)
register_entity(CUSTOMER_CONTACT)
register_entity(CUSTOMER_BANK_ACCOUNT)
