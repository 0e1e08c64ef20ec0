"""Customers, their bank accounts and their charge authorization (records and shared rules in ar.py)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bill_mock import errors, render
from bill_mock.areas.ar import (
    ARCHIVED_FIELD,
    ID_FIELD,
    PREFIX_CUSTOMER,
    PREFIX_CUSTOMER_BANK_ACCOUNT,
    TEXT,
    TIME_FIELDS,
    Customer,
    CustomerBankAccount,
    ar_tables,
    business_days_between,
    ensure_active,
    money_wire,
    of_organization,
    refused,
    require_customer,
    set_archived,
    timestamps,
    today,
)
from bill_mock.handlers import Call, Reply, handles
from bill_mock.rules.listing import EQUALITY, Field, Listing
from bill_mock.state import Store

__all__ = ["CUSTOMER_FIELDS", "add_customer", "customer_wire"]

CUSTOMER_FIELDS = (
    "companyName",
    "contact",
    "phone",
    "fax",
    "description",
    "invoiceCurrency",
    "accountType",
    "paymentTermId",
    "accountNumber",
    "billingAddress",
    "shippingAddress",
)
"""The optional customer fields, in the order BILL sends them."""

VERIFICATION_BUSINESS_DAYS = 2
"""BILL takes up to two business days to verify a customer bank account."""

CUSTOMERS: Listing[Customer] = Listing(
    "customers",
    {
        "id": ID_FIELD,
        "archived": ARCHIVED_FIELD,
        "name": Field(lambda customer: customer.name, operators=frozenset({"eq", "sw"}), sortable=True),
        "accountType": Field(lambda customer: customer.details.get("accountType")),
        "invoiceCurrency": Field(lambda customer: customer.details.get("invoiceCurrency")),
        "email": Field(lambda customer: customer.email, operators=TEXT),
        **TIME_FIELDS,
    },
)


# rules


def add_customer(store: Store, now: datetime, organization_id: str, fields: dict[str, Any]) -> Customer:
    """A new customer from its create fields; invoices created with a customer name and email use it too."""
    customer = Customer(
        id=store.ids.object_id(PREFIX_CUSTOMER),
        organization_id=organization_id,
        name=str(fields["name"]),
        email=str(fields["email"]),
        created=now,
        updated=now,
        details={key: fields[key] for key in CUSTOMER_FIELDS if key in fields},
    )
    ar_tables(store).customers[customer.id] = customer
    return customer


def update_customer(customer: Customer, now: datetime, fields: dict[str, Any]) -> None:
    """PATCH: only the fields sent change; an address sent replaces the whole address."""
    if "name" in fields:
        customer.name = str(fields["name"])
    if "email" in fields:
        customer.email = str(fields["email"])
    customer.details.update({key: fields[key] for key in CUSTOMER_FIELDS if key in fields})
    customer.details = {key: customer.details[key] for key in CUSTOMER_FIELDS if key in customer.details}
    customer.updated = now


def add_bank_account(store: Store, now: datetime, customer: Customer, fields: dict[str, Any]) -> CustomerBankAccount:
    """BILL adds a customer bank account only once the customer has a billing address."""
    ensure_active(customer)
    if "billingAddress" not in customer.details:
        raise refused(
            "Missing required data for: billingAddress. Add the customer's billing address with "
            f"PATCH /v3/customers/{customer.id} before adding a bank account.",
            code="BDC_1117",
        )
    account = CustomerBankAccount(
        id=store.ids.object_id(PREFIX_CUSTOMER_BANK_ACCOUNT),
        organization_id=customer.organization_id,
        customer_id=customer.id,
        name_on_account=str(fields["nameOnAccount"]),
        routing_number=str(fields["routingNumber"]),
        account_number=str(fields["accountNumber"]),
        type=str(fields["type"]),
        owner_type=str(fields["ownerType"]),
        nickname=fields.get("nickname"),
        created=now,
        updated=now,
    )
    ar_tables(store).bank_accounts[account.id] = account
    return account


def bank_account_of(store: Store, customer: Customer, bank_account_id: str) -> CustomerBankAccount:
    """One of this customer's bank accounts; another customer's account is not found here."""
    account = ar_tables(store).bank_accounts.get(bank_account_id)
    if account is None or account.customer_id != customer.id:
        raise errors.not_found("bank account", bank_account_id)
    return account


def bank_account_status(account: CustomerBankAccount, now: datetime) -> str:
    """PENDING until two business days have passed on the mock's clock, then VERIFIED."""
    days = business_days_between(today(account.created), today(now))
    return "VERIFIED" if days >= VERIFICATION_BUSINESS_DAYS else "PENDING"


# wire form


def customer_wire(customer: Customer) -> dict[str, Any]:
    wire: dict[str, Any] = {
        "id": customer.id,
        "archived": customer.archived,
        "name": customer.name,
        "email": customer.email,
        **customer.details,
        "balance": {"amount": money_wire(customer.balance)},
        "authorizedToCharge": customer.authorized_to_charge,
    }
    return {**wire, **timestamps(customer.created, customer.updated)}


def bank_account_wire(account: CustomerBankAccount, now: datetime) -> dict[str, Any]:
    wire: dict[str, Any] = {
        "id": account.id,
        "customerId": account.customer_id,
        "archived": account.archived,
        "nameOnAccount": account.name_on_account,
    }
    if account.nickname is not None:
        wire["nickname"] = account.nickname
    wire |= {
        "routingNumber": account.routing_number,
        "accountNumber": "*" * max(len(account.account_number) - 4, 0) + account.account_number[-4:],
        "type": account.type,
        "ownerType": account.owner_type,
        "status": bank_account_status(account, now),
    }
    return {**wire, **timestamps(account.created, account.updated)}


def _bank_account_listing(now: datetime) -> Listing[CustomerBankAccount]:
    return Listing(
        "customer-bank-accounts",
        {
            "id": ID_FIELD,
            "archived": ARCHIVED_FIELD,
            "status": Field(lambda account: bank_account_status(account, now), operators=EQUALITY),
            **TIME_FIELDS,
        },
    )


# handlers


def _customer(call: Call) -> Customer:
    return require_customer(call.store, call.organization_id, call.path("customerId"))


@handles("createCustomer")
def _create_customer(call: Call) -> Reply:
    return Reply(201, customer_wire(add_customer(call.store, call.now, call.organization_id, call.body)))


@handles("listCustomers")
def _list_customers(call: Call) -> Reply:
    customers = of_organization(ar_tables(call.store).customers.values(), call.organization_id)
    listed = CUSTOMERS.page(customers, call.list_query())
    return Reply(body=render.page([customer_wire(customer) for customer in listed.results], listed))


@handles("getCustomer")
def _get_customer(call: Call) -> Reply:
    return Reply(body=customer_wire(_customer(call)))


@handles("updateCustomer")
def _update_customer(call: Call) -> Reply:
    customer = _customer(call)
    update_customer(customer, call.now, call.body)
    return Reply(body=customer_wire(customer))


@handles("archiveCustomer")
def _archive_customer(call: Call) -> Reply:
    customer = _customer(call)
    set_archived(customer, call.now, archived=True)
    return Reply(body=customer_wire(customer))


@handles("restoreCustomer")
def _restore_customer(call: Call) -> Reply:
    customer = _customer(call)
    set_archived(customer, call.now, archived=False)
    return Reply(body=customer_wire(customer))


@handles("setCustomerChargeAuthorization")
def _set_charge_authorization(call: Call) -> Reply:
    customer = _customer(call)
    authorized = bool(call.body["authorizedToCharge"])
    if customer.authorized_to_charge != authorized:
        customer.authorized_to_charge = authorized
        customer.updated = call.now
    return Reply(body=customer_wire(customer))


@handles("createCustomerBankAccount")
def _create_bank_account(call: Call) -> Reply:
    account = add_bank_account(call.store, call.now, _customer(call), call.body)
    return Reply(201, bank_account_wire(account, call.now))


@handles("listCustomerBankAccounts")
def _list_bank_accounts(call: Call) -> Reply:
    customer = _customer(call)
    accounts = [a for a in ar_tables(call.store).bank_accounts.values() if a.customer_id == customer.id]
    listed = _bank_account_listing(call.now).page(accounts, call.list_query())
    return Reply(body=render.page([bank_account_wire(a, call.now) for a in listed.results], listed))


@handles("getCustomerBankAccount")
def _get_bank_account(call: Call) -> Reply:
    account = bank_account_of(call.store, _customer(call), call.path("bankAccountId"))
    return Reply(body=bank_account_wire(account, call.now))


@handles("updateCustomerBankAccount")
def _update_bank_account(call: Call) -> Reply:
    account = bank_account_of(call.store, _customer(call), call.path("bankAccountId"))
    fields = call.body
    account.name_on_account = str(fields.get("nameOnAccount", account.name_on_account))
    account.nickname = fields.get("nickname", account.nickname)
    account.type = str(fields.get("type", account.type))
    account.owner_type = str(fields.get("ownerType", account.owner_type))
    account.updated = call.now
    return Reply(body=bank_account_wire(account, call.now))


@handles("archiveCustomerBankAccount")
def _archive_bank_account(call: Call) -> Reply:
    account = bank_account_of(call.store, _customer(call), call.path("bankAccountId"))
    set_archived(account, call.now, archived=True)
    return Reply(body=bank_account_wire(account, call.now))
