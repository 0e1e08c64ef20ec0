"""Received payments: charging a customer's bank account, and reading every payment received (ar.py holds the
records and the rules that apply a payment to invoices; recorded payments come from ar_invoices.py).

The mock settles a charge at once: its status is PAID and the invoices are paid as soon as it is accepted.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from bill_mock import errors, render
from bill_mock.areas.ar import (
    CUSTOMER_ID_FIELD,
    ID_FIELD,
    PREFIX_RECEIVED_PAYMENT,
    TIME_FIELDS,
    ZERO,
    CustomerBankAccount,
    ReceivedPayment,
    applications,
    ar_tables,
    body_date,
    customer_in_body,
    date_field,
    money_wire,
    of_organization,
    owned,
    receive_payment,
    refused,
    timestamps,
    today,
)
from bill_mock.handlers import Call, Reply, handles
from bill_mock.rules.listing import Field, Listing
from bill_mock.state import Store

__all__ = ["charge_customer", "received_payment_wire"]

BANK_ACCOUNT = "BANK_ACCOUNT"

RECEIVED_PAYMENTS: Listing[ReceivedPayment] = Listing(
    "receivable-payments",
    {
        "id": ID_FIELD,
        "customerId": CUSTOMER_ID_FIELD,
        "status": Field(lambda payment: payment.status),
        "onlinePayment": Field(lambda payment: payment.online, kind="boolean", operators=frozenset({"eq", "ne"})),
        "paymentDate": date_field(lambda payment: payment.payment_date),
        **TIME_FIELDS,
    },
)


# rules


def _funding_account(store: Store, customer_id: str, funding: Mapping[str, Any]) -> CustomerBankAccount:
    """The customer bank account a charge draws from: one of the customer's own, not archived."""
    accounts = [a for a in ar_tables(store).bank_accounts.values() if a.customer_id == customer_id and not a.archived]
    if not accounts:
        raise refused(
            f"Customer {customer_id} has no bank account to charge; add one with "
            f"POST /v3/customers/{customer_id}/bank-accounts first."
        )
    if funding["type"] != BANK_ACCOUNT:
        raise refused(
            f"Invalid field,value: fundingAccount.type, {errors.shown_value('type', funding['type'])}: "
            f"charges are drawn from a customer bank account; send {BANK_ACCOUNT}."
        )
    account = next((a for a in accounts if a.id == funding["id"]), None)
    if account is None:
        raise errors.invalid_field("fundingAccount.id", funding["id"])
    return account


def charge_customer(store: Store, now: datetime, organization_id: str, body: Mapping[str, Any]) -> ReceivedPayment:
    """Draws the sum of `invoicePayments` from the customer's bank account and pays those invoices with it."""
    customer = customer_in_body(store, organization_id, body["customerId"], "customerId")
    if not customer.authorized_to_charge:
        raise refused(
            f"Customer {customer.id} has not authorized charges; once it has signed an ACH debit authorization, "
            f'send {{"authorizedToCharge": true}} to POST /v3/customers/{customer.id}/charge-authorization.'
        )
    account = _funding_account(store, customer.id, body["fundingAccount"])
    day = body_date(body, "paymentDate", today(now))
    if day < today(now):
        raise refused(
            f"Invalid field,value: paymentDate, {body['paymentDate']}: a charge cannot be drawn in the past; "
            "send today's date or a later one, or leave paymentDate out."
        )
    _, planned = applications(
        store,
        organization_id,
        body["invoicePayments"],
        field_name="invoicePayments",
        id_key="invoiceId",
        customer_id=customer.id,
    )
    payment = ReceivedPayment(
        id=store.ids.object_id(PREFIX_RECEIVED_PAYMENT),
        organization_id=organization_id,
        customer_id=customer.id,
        amount=sum((amount for _, amount in planned), ZERO),
        payment_date=day,
        applications=[],
        created=now,
        updated=now,
        online=True,
        description=body.get("description"),
        funding_account_id=account.id,
    )
    return receive_payment(store, now, payment, planned)


# wire form


def received_payment_wire(payment: ReceivedPayment) -> dict[str, Any]:
    wire: dict[str, Any] = {
        "id": payment.id,
        "customerId": payment.customer_id,
        "amount": money_wire(payment.amount),
        "unappliedAmount": money_wire(payment.unapplied),
        "invoicePayments": [
            {
                "invoiceId": application.invoice_id,
                "amount": money_wire(application.amount),
                "paymentDate": application.day.isoformat(),
            }
            for application in payment.applications
        ],
    }
    if payment.description is not None:
        wire["description"] = payment.description
    wire["paymentDate"] = payment.payment_date.isoformat()
    if payment.funding_account_id is not None:
        wire["fundingAccount"] = {"id": payment.funding_account_id, "type": BANK_ACCOUNT}
    wire |= {"status": payment.status, "onlinePayment": payment.online}
    return {**wire, **timestamps(payment.created, payment.updated)}


# handlers


@handles("chargeCustomer")
def _charge(call: Call) -> Reply:
    return Reply(201, received_payment_wire(charge_customer(call.store, call.now, call.organization_id, call.body)))


@handles("listReceivablePayments")
def _list(call: Call) -> Reply:
    payments = of_organization(ar_tables(call.store).received_payments.values(), call.organization_id)
    listed = RECEIVED_PAYMENTS.page(payments, call.list_query())
    return Reply(body=render.page([received_payment_wire(payment) for payment in listed.results], listed))


@handles("getReceivablePayment")
def _get(call: Call) -> Reply:
    payments = ar_tables(call.store).received_payments
    payment = owned(payments, call.organization_id, call.path("receivedPaymentId"), "received payment")
    return Reply(body=received_payment_wire(payment))
