"""v2's AR transactions over v3's records: sending and mailing invoices, recording and charging payments,
customers' charge authorization, and reading received payments, invoice credits and convenience fees.

Everything acts on the tables v3 keeps (ar.py), through v3's rules, so what either API does the other sees:
- SendInvoice is v3's sendInvoice (the email is kept in `sent_emails`; replies go to `headers.fromUserId`,
  by default the caller; recipients default to the customer's email). The app counts it against the
  5-a-minute message limit (limits.V2_MESSAGE_OPERATIONS), as v3 counts its own; a token may not send.
- MailInvoice has no v3 twin: the mailing is kept in this area's table. BILL mails only to a US billing
  address with a street, city, state and zip. Paper mail is neither a text nor an email, so it is not
  counted against the message limit.
- RecordARPayment is v3's recordInvoicePayment: the invoices' amount due and payment status change, and
  v3's /v3/receivable-payments lists the payment. `amount` defaults to the sum of invoicePays; what the
  invoices do not take joins the customer's balance, as on v3.
- ChargeCustomer is v3's chargeCustomer (authorization, the customer's own bank account, no past dates),
  plus v2's totalAmount: what it adds beyond invoicePays stays unapplied on the customer's balance.
- SetCustomerAuthorization sets v3's authorizedToCharge.
- ReceivedPay is v3's received payment; each part applied to an invoice is an InvoicePay (0ip...).
  InvoiceCredit is a credit memo's part applied to an invoice (v3 keeps them on the invoice). Both get
  their v2 ids here on first sight, kept for good. v2-only fields (refNumber, depositToAccountId, ...)
  are kept beside the payment (entities.extras).
- RPConvFee is v2's own: the mock's organizations charge no convenience fees, so only
  `add_convenience_fee` (for tests and the control plane) fills the table.
- GetARSummary counts the caller's active invoices that still owe money by due date (overdue, today, in
  the next 7 days, later, all) and its received payments by payment date (last and current calendar
  month, the last 7 days including today, today, the next 7 days, later than that), totals as text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import cache
from typing import Any

import bill_spec
from bill_mock.areas.ar import (
    ZERO,
    Application,
    Customer,
    Invoice,
    ReceivedPayment,
    applications,
    ar_tables,
    body_date,
    cents,
    decimal,
    midnight,
    money_wire,
    of_organization,
    today,
)
from bill_mock.areas.ar_invoices import record_payment, send_invoice
from bill_mock.areas.ar_receivable_payments import BANK_ACCOUNT, charge_customer
from bill_mock.errors import BillError, invalid_field
from bill_mock.state import Store
from bill_mock.v2 import listing, wire
from bill_mock.v2.entities import extras
from bill_mock.v2.handlers import V2Call, handles_v2

__all__ = [
    "ArPaymentTables",
    "ConvenienceFee",
    "MailedInvoice",
    "add_convenience_fee",
    "invoice_pay_id",
    "received_pay_wire",
]

PREFIX_INVOICE_CREDIT = "icr"
PREFIX_INVOICE_PAY = "0ip"
PREFIX_CONVENIENCE_FEE = "rpf"

_MAX_AMOUNT = Decimal(10_000_000_000)
"""The largest payment BILL takes (v3's ArPaymentAmount maximum)."""
_PAYMENT_TYPES = {"0": "CASH", "1": "CHECK", "2": "CREDIT_CARD", "3": "ACH", "4": "PAYPAL", "5": "OTHER"}
"""RecordARPayment's paymentType codes and v3's names for them."""
_ACH = "3"
_OTHER = "5"
_STATUSES = {"PAID": "0", "VOID": "1", "SCHEDULED": "2", "CANCELED": "3", "ESCHEATED": "4"}
_SOURCE_OTHER = "0"
_SOURCE_BILL = "2"
_US = frozenset({"US", "USA", "UNITED STATES", "UNITED STATES OF AMERICA"})
_MAIL_ADDRESS = ("line1", "city", "stateOrProvince", "zipOrPostalCode")
_PAY_ENTITY = "ReceivedPay"
_SUMMARY_DAYS = 7


# this area's tables


@dataclass(frozen=True, slots=True)
class MailedInvoice:
    """One invoice the mock would have printed and mailed."""

    invoice_id: str
    user_id: str
    address: dict[str, Any]
    at: datetime


@dataclass(slots=True)
class ConvenienceFee:
    """A fee charged to a customer on a received payment (v2's RPConvFee)."""

    id: str
    organization_id: str
    received_pay_id: str
    amount: Decimal
    payment_date: date
    created: datetime
    ref_number: str | None = None
    chart_of_account_id: str | None = None


@dataclass
class ArPaymentTables:
    mailed: list[MailedInvoice] = field(default_factory=list)
    fees: dict[str, ConvenienceFee] = field(default_factory=dict)
    credit_ids: dict[tuple[str, int], str] = field(default_factory=dict)
    """InvoiceCredit ids by (invoice id, position in the invoice's credits)."""
    credits_by_id: dict[str, tuple[str, int]] = field(default_factory=dict)
    pay_ids: dict[tuple[str, int], str] = field(default_factory=dict)
    """InvoicePay ids by (received payment id, position in its applications)."""


def _tables(store: Store) -> ArPaymentTables:
    return store.area(ArPaymentTables)


def invoice_pay_id(store: Store, payment_id: str, index: int) -> str:
    """The InvoicePay id of a payment's `index`th application, the same on every read."""
    tables = _tables(store)
    key = (payment_id, index)
    found = tables.pay_ids.get(key)
    if found is None:
        found = tables.pay_ids[key] = store.ids.object_id(PREFIX_INVOICE_PAY)
    return found


def _credit_id(store: Store, invoice_id: str, index: int) -> str:
    tables = _tables(store)
    key = (invoice_id, index)
    found = tables.credit_ids.get(key)
    if found is None:
        found = tables.credit_ids[key] = store.ids.object_id(PREFIX_INVOICE_CREDIT)
        tables.credits_by_id[found] = key
    return found


def add_convenience_fee(
    store: Store,
    now: datetime,
    payment: ReceivedPayment,
    amount: Decimal,
    *,
    ref_number: str | None = None,
    chart_of_account_id: str | None = None,
) -> ConvenienceFee:
    """Records a convenience fee on a received payment (the mock charges none by itself)."""
    fee = ConvenienceFee(
        id=store.ids.object_id(PREFIX_CONVENIENCE_FEE),
        organization_id=payment.organization_id,
        received_pay_id=payment.id,
        amount=cents(amount),
        payment_date=payment.payment_date,
        created=now,
        ref_number=ref_number,
        chart_of_account_id=chart_of_account_id,
    )
    _tables(store).fees[fee.id] = fee
    return fee


# lookups and checks, in v2's words


def _invoice(call: V2Call, invoice_id: str) -> Invoice:
    invoice = ar_tables(call.store).invoices.get(invoice_id)
    if invoice is None or invoice.organization_id != call.organization_id:
        raise invalid_field("invoiceId", invoice_id)
    return invoice


def _active_invoice(call: V2Call, invoice_id: str, doing: str) -> Invoice:
    invoice = _invoice(call, invoice_id)
    if invoice.archived:
        raise _refused(
            f"{invalid_field('invoiceId', invoice_id).message}. The invoice is inactive; undelete it before {doing}"
        )
    return invoice


def _customer(call: V2Call, customer_id: str) -> Customer:
    customer = ar_tables(call.store).customers.get(customer_id)
    if customer is None or customer.organization_id != call.organization_id:
        raise invalid_field("customerId", customer_id)
    return customer


def _refused(message: str) -> BillError:
    return BillError(400, "BDC_1119", message)


def _amount(value: Any, field_name: str) -> Decimal:
    """A money amount of at least a cent and at most BILL's largest payment, in cents."""
    amount = decimal(value)
    if not amount.is_finite() or not ZERO < amount <= _MAX_AMOUNT or cents(amount) <= ZERO:
        raise invalid_field(field_name, value)
    return cents(amount)


def _invoice_pays(call: V2Call, entries: Sequence[Mapping[str, Any]], customer_id: str) -> Decimal:
    """Checks invoicePays with v3's rules (one customer, active invoices, at most what each owes) and answers
    their sum; nothing changes."""
    for index, entry in enumerate(entries):
        _amount(entry["amount"], f"invoicePays.{index}.amount")
    _, planned = applications(
        call.store,
        call.organization_id,
        entries,
        field_name="invoicePays",
        id_key="invoiceId",
        customer_id=customer_id,
    )
    return sum((amount for _, amount in planned), ZERO)


# wire forms


def _timestamps(created: datetime, updated: datetime) -> dict[str, str]:
    return {"createdTime": wire.format_timestamp(created), "updatedTime": wire.format_timestamp(updated)}


def _fees_of(store: Store, payment_id: str) -> Decimal:
    return sum((fee.amount for fee in _tables(store).fees.values() if fee.received_pay_id == payment_id), ZERO)


def _payment_type(store: Store, payment: ReceivedPayment) -> str:
    code = extras(store, _PAY_ENTITY, payment.id).get("paymentType")
    if isinstance(code, str):
        return code
    by_name = {name: code for code, name in _PAYMENT_TYPES.items()}
    if payment.payment_type in by_name:
        return by_name[payment.payment_type]
    return _ACH if payment.online else _OTHER


def received_pay_wire(store: Store, payment: ReceivedPayment, *, nested: bool = True) -> dict[str, Any]:
    """A received payment as v2 shows it; `nested` adds its invoicePays."""
    info = extras(store, _PAY_ENTITY, payment.id)
    status = _STATUSES.get(payment.status, "0")
    fees = money_wire(_fees_of(store, payment.id))
    result: dict[str, Any] = {
        "entity": "ReceivedPay",
        "id": payment.id,
        **_timestamps(payment.created, payment.updated),
        "customerId": payment.customer_id,
        "status": status,
        "paymentDate": payment.payment_date.isoformat(),
    }
    if "depositToAccountId" in info:
        result["depositToAccountId"] = info["depositToAccountId"]
    result |= {
        "isOnline": payment.online,
        "paymentType": _payment_type(store, payment),
        "amount": money_wire(payment.amount),
        "unappliedAmount": money_wire(payment.unapplied),
    }
    if payment.description is not None:
        result["description"] = payment.description
    if "refNumber" in info:
        result["refNumber"] = info["refNumber"]
    result |= {
        "convFeeAmount": fees,
        "source": _SOURCE_BILL if payment.online else _SOURCE_OTHER,
        "isMarkedAsCompleted": False,
        "holdDisbursement": False,
    }
    if payment.funding_account_id is not None:
        result["customerBankAccountId"] = payment.funding_account_id
    result["rPConvFee"] = fees
    if nested:
        result["invoicePays"] = [
            _invoice_pay_wire(store, payment, index, application, status)
            for index, application in enumerate(payment.applications)
        ]
    return result


def _invoice_pay_wire(
    store: Store, payment: ReceivedPayment, index: int, application: Application, status: str
) -> dict[str, Any]:
    invoice = ar_tables(store).invoices.get(application.invoice_id)
    return {
        "entity": "InvoicePay",
        "id": invoice_pay_id(store, payment.id, index),
        "invoiceId": application.invoice_id,
        "amount": money_wire(application.amount),
        "status": status,
        "paymentDate": application.day.isoformat(),
        **_timestamps(payment.created, payment.updated),
        "receivedPayId": payment.id,
        "creditApplied": bool(invoice is not None and invoice.credits),
    }


def _credit_wire(store: Store, invoice: Invoice, index: int) -> dict[str, Any]:
    credit = invoice.credits[index]
    created = invoice.created if today(invoice.created) == credit.day else midnight(credit.day)
    return {
        "entity": "InvoiceCredit",
        "id": _credit_id(store, invoice.id, index),
        "isActive": "1",
        "invoiceId": invoice.id,
        "creditMemoId": credit.source_id,
        "amount": money_wire(credit.amount),
        "syncedAmount": 0.0,
        **_timestamps(created, created),
    }


def _fee_wire(fee: ConvenienceFee) -> dict[str, Any]:
    result: dict[str, Any] = {"entity": "RPConvFee", "id": fee.id}
    if fee.ref_number is not None:
        result["refNumber"] = fee.ref_number
    result |= {"amount": money_wire(fee.amount), "paymentDate": fee.payment_date.isoformat()}
    if fee.chart_of_account_id is not None:
        result["chartOfAccountId"] = fee.chart_of_account_id
    return result


def _customer_wire(store: Store, customer: Customer) -> dict[str, Any]:
    """SetCustomerAuthorization's answer: the customer's charge-related fields (Crud/Read/Customer has the rest)."""
    tables = ar_tables(store)
    accounts = [a for a in tables.bank_accounts.values() if a.customer_id == customer.id and not a.archived]
    owed = sum(
        (
            invoice.due_amount
            for invoice in tables.invoices.values()
            if invoice.customer_id == customer.id and not invoice.archived
        ),
        ZERO,
    )
    result: dict[str, Any] = {
        "entity": "Customer",
        "id": customer.id,
        "isActive": "2" if customer.archived else "1",
        "name": customer.name,
    }
    if customer.email:
        result["email"] = customer.email
    return result | {
        "hasAuthorizedToCharge": customer.authorized_to_charge,
        "hasBankAccount": bool(accounts),
        "hasBankAccountAutoPay": False,
        "hasCreditCard": False,
        "hasCreditCardAutoPay": False,
        "isAutoChargeDismissed": False,
        "balance": money_wire(owed),
        **_timestamps(customer.created, customer.updated),
    }


@cache
def _fields(entity: str) -> frozenset[str]:
    schemas = bill_spec.load(bill_spec.SPEC_V2)["components"]["schemas"]
    return frozenset(schemas[entity].get("properties", {}))


# sending and mailing invoices


@handles_v2("sendInvoice")
def _send_invoice(call: V2Call) -> dict[str, Any]:
    data = call.data
    invoice = _active_invoice(call, data["invoiceId"], "sending it")
    headers = data["headers"]
    user_id = headers.get("fromUserId", call.user_id)
    user = call.store.users.get(user_id)
    if user is None or user.organization_id != call.organization_id or user.archived:
        raise invalid_field("headers.fromUserId", user_id)
    recipients = list(headers.get("toEmailAddresses") or ())
    if not recipients:
        customer = ar_tables(call.store).customers.get(invoice.customer_id)
        email = customer.email if customer is not None else ""
        if not email:
            raise wire.missing_data("headers.toEmailAddresses")
        recipients = [email]
    send_invoice(call.store, call.now, invoice, {"replyTo": {"userId": user_id}, "recipient": {"to": recipients}})
    return {}


@handles_v2("mailInvoice")
def _mail_invoice(call: V2Call) -> dict[str, Any]:
    invoice = _active_invoice(call, call.data["invoiceId"], "mailing it")
    customer = ar_tables(call.store).customers.get(invoice.customer_id)
    address = dict(customer.details.get("billingAddress") or {}) if customer is not None else {}
    country = str(address.get("country") or "US").strip().upper()
    missing = [name for name in _MAIL_ADDRESS if not str(address.get(name) or "").strip()]
    if country not in _US or missing:
        raise _refused(
            f"{invalid_field('invoiceId', invoice.id).message}. BILL mails invoices only to a billing address in "
            f"the US with a street, city, state and zip; customer {invoice.customer_id}'s has "
            f"{'no ' + ', '.join(missing) if missing else 'another country'}. Complete it with "
            "Crud/Update/Customer.json, or send the invoice by email."
        )
    _tables(call.store).mailed.append(MailedInvoice(invoice.id, call.user_id, address, call.now))
    return {}


# charging and recording payments


@handles_v2("setCustomerAuthorization")
def _set_authorization(call: V2Call) -> dict[str, Any]:
    customer = _customer(call, call.data["customerId"])
    authorized = bool(call.data["hasAuthorizedToCharge"])
    if customer.authorized_to_charge != authorized:
        customer.authorized_to_charge = authorized
        customer.updated = call.now
    return _customer_wire(call.store, customer)


@handles_v2("recordARPayment")
def _record_payment(call: V2Call) -> dict[str, Any]:
    data = call.data
    customer = _customer(call, data["customerId"])
    applied = _invoice_pays(call, data["invoicePays"], customer.id)
    if "amount" in data:
        amount = _amount(data["amount"], "amount")
    elif applied > ZERO:
        amount = applied
    else:
        raise wire.missing_data("amount")
    body: dict[str, Any] = {
        "customerId": customer.id,
        "paymentDate": data["paymentDate"],
        "paymentType": _PAYMENT_TYPES[data["paymentType"]],
        "amount": amount,
        "invoices": [{"id": entry["invoiceId"], "amount": entry["amount"]} for entry in data["invoicePays"]],
    }
    if "description" in data:
        body["description"] = data["description"]
    payment = record_payment(call.store, call.now, call.organization_id, body)
    info = extras(call.store, _PAY_ENTITY, payment.id)
    info["paymentType"] = data["paymentType"]
    info.update({key: data[key] for key in ("refNumber", "depositToAccountId") if key in data})
    return received_pay_wire(call.store, payment)


@handles_v2("chargeCustomer")
def _charge_customer(call: V2Call) -> dict[str, Any]:
    data = call.data
    customer = _customer(call, data["customerId"])
    if customer.archived:
        raise _refused(
            f"{invalid_field('customerId', customer.id).message}. The customer is inactive; undelete it "
            "(Crud/Undelete/Customer.json) before charging it"
        )
    if not customer.authorized_to_charge:
        raise _refused(
            f"Customer {customer.id} has not authorized charges; once it has signed an ACH debit authorization, "
            'send {"hasAuthorizedToCharge": true} to SetCustomerAuthorization.json.'
        )
    account = ar_tables(call.store).bank_accounts.get(data["paymentAccountId"])
    if account is None or account.customer_id != customer.id or account.archived:
        raise invalid_field("paymentAccountId", data["paymentAccountId"])
    if "paymentDate" in data and body_date(data, "paymentDate") < today(call.now):
        raise _refused(
            f"Invalid field,value: paymentDate, {data['paymentDate']}. A charge cannot be drawn in the past; "
            "send today's date or a later one, or leave paymentDate out."
        )
    pays = data.get("invoicePays") or []
    applied = _invoice_pays(call, pays, customer.id)
    total = applied
    if "totalAmount" in data:
        total = _amount(data["totalAmount"], "totalAmount")
        if total < applied:
            raise _refused(
                f"{invalid_field('totalAmount', data['totalAmount']).message}. invoicePays take {applied} in all; "
                "totalAmount must be at least that (what it adds stays unapplied)."
            )
    elif not pays:
        raise wire.missing_data("totalAmount")
    body: dict[str, Any] = {
        "customerId": customer.id,
        "fundingAccount": {"id": account.id, "type": BANK_ACCOUNT},
        "invoicePayments": [{"invoiceId": entry["invoiceId"], "amount": entry["amount"]} for entry in pays],
    }
    if "paymentDate" in data:
        body["paymentDate"] = data["paymentDate"]
    if "memo" in data:
        body["description"] = data["memo"]
    payment = charge_customer(call.store, call.now, call.organization_id, body)
    extra = total - payment.amount
    if extra > ZERO:  # v2's totalAmount beyond the invoices: kept as the customer's balance, as v3 keeps overpayments
        payment.amount, payment.unapplied = total, payment.unapplied + extra
        customer.balance += extra
        customer.updated = call.now
    info = extras(call.store, _PAY_ENTITY, payment.id)
    info["paymentType"] = data["paymentType"]
    if "emailReceipt" in data:
        info["emailReceipt"] = data["emailReceipt"]
    return {"chargedReceivedPay": received_pay_wire(call.store, payment)}


# received payments, invoice credits, convenience fees


def _payments(call: V2Call) -> list[ReceivedPayment]:
    return of_organization(ar_tables(call.store).received_payments.values(), call.organization_id)


@handles_v2("crudReadReceivedPay")
def _read_received_pay(call: V2Call) -> dict[str, Any]:
    payment_id = call.data["id"]
    payment = ar_tables(call.store).received_payments.get(payment_id)
    if payment is None or payment.organization_id != call.organization_id:
        raise invalid_field("id", payment_id)
    return received_pay_wire(call.store, payment)


@handles_v2("listReceivedPay")
def _list_received_pay(call: V2Call) -> list[Any]:
    nested = bool(call.data.get("nested"))
    rows = (received_pay_wire(call.store, payment, nested=nested) for payment in _payments(call))
    return listing.page(rows, call.data, _fields("ReceivedPay"))


def _credits(call: V2Call) -> Iterable[tuple[Invoice, int]]:
    for invoice in of_organization(ar_tables(call.store).invoices.values(), call.organization_id):
        for index in range(len(invoice.credits)):
            yield invoice, index


@handles_v2("crudReadInvoiceCredit")
def _read_invoice_credit(call: V2Call) -> dict[str, Any]:
    credit_id = call.data["id"]
    for credited, index in _credits(call):  # gives every credit of the organization its id first
        _credit_id(call.store, credited.id, index)
    key = _tables(call.store).credits_by_id.get(credit_id) if isinstance(credit_id, str) else None
    invoice = ar_tables(call.store).invoices.get(key[0]) if key is not None else None
    if key is None or invoice is None or invoice.organization_id != call.organization_id:
        raise invalid_field("id", credit_id)
    return _credit_wire(call.store, invoice, key[1])


@handles_v2("listInvoiceCredit")
def _list_invoice_credits(call: V2Call) -> list[Any]:
    rows = [_credit_wire(call.store, invoice, index) for invoice, index in _credits(call)]
    return listing.page(rows, call.data, _fields("InvoiceCredit"))


@handles_v2("crudReadRPConvFee")
def _read_fee(call: V2Call) -> dict[str, Any]:
    fee = _tables(call.store).fees.get(call.data["id"])
    if fee is None or fee.organization_id != call.organization_id:
        raise invalid_field("id", call.data["id"])
    return _fee_wire(fee)


@handles_v2("listRPConvFee")
def _list_fees(call: V2Call) -> list[Any]:
    fees = of_organization(_tables(call.store).fees.values(), call.organization_id)
    return listing.page((_fee_wire(fee) for fee in fees), call.data, _fields("RPConvFee"))


# summary


def _tally(amounts: Sequence[Decimal], name: str) -> dict[str, Any]:
    return {f"{name}Count": len(amounts), f"{name}Total": str(cents(sum(amounts, ZERO)))}


@handles_v2("getARSummary")
def _summary(call: V2Call) -> dict[str, Any]:
    day = today(call.now)
    week = day + timedelta(days=_SUMMARY_DAYS)
    tables = ar_tables(call.store)
    open_invoices = [
        invoice
        for invoice in of_organization(tables.invoices.values(), call.organization_id)
        if not invoice.archived and invoice.due_amount > ZERO
    ]

    def owed(test: Callable[[date], bool]) -> list[Decimal]:
        return [invoice.due_amount for invoice in open_invoices if test(invoice.due_date)]

    invoices = (
        _tally(owed(lambda due: due < day), "overdue")
        | _tally(owed(lambda due: due == day), "dueToday")
        | _tally(owed(lambda due: day < due <= week), "due7Days")
        | _tally(owed(lambda due: due > week), "due7PlusDays")
        | _tally(owed(lambda due: True), "all")
    )
    payments = [payment for payment in _payments(call) if payment.status == "PAID"]
    month_start = day.replace(day=1)
    last_month_start = (month_start - timedelta(days=1)).replace(day=1)

    def paid(test: Callable[[date], bool]) -> list[Decimal]:
        return [payment.amount for payment in payments if test(payment.payment_date)]

    received = (
        _tally(paid(lambda on: last_month_start <= on < month_start), "lastMonth")
        | _tally(paid(lambda on: month_start <= on <= day), "currentMonth")
        | _tally(paid(lambda on: day - timedelta(days=_SUMMARY_DAYS - 1) <= on <= day), "last7Days")
        | _tally(paid(lambda on: on == day), "today")
        | _tally(paid(lambda on: day < on <= week), "next7Days")
        | _tally(paid(lambda on: on > week), "future")
    )
    return {"invoices": invoices, "payments": received}
