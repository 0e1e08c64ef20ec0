"""Payments (AP): paying bills online, singly or up to 50 at a time, and cancelling or voiding payments.

BILL's rules kept here. Paying needs an MFA-trusted session and a user whose role may pay online
(BDC_1150 otherwise). Each bill paid must be the organization's, active, of an active vendor (the one the
request names, if it names one), not fully paid, and through its approvals; the amount is more than zero
and no more than the open balance; the funding account must be usable (see funding.py). A payment with no
processDate goes out on the next business day (weekends skipped, holidays not); WALLET and AP_CARD
payments must give one, and none may be in the past. A new payment is SCHEDULED and lowers its bills'
open balances at once; it stays SCHEDULED until its processDate comes on the mock clock, when it becomes
PAID. Only a SCHEDULED payment can be cancelled, which gives the bills their balance back; a payment past
that point can be voided instead, one request at a time. A bulk payment is checked in full before any bill
is paid, and its error lists every bill's outcome.

Offline payments recorded against bills (the bills area's recordBillPayment) are listed and read here too,
as PAID payments.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from bill_mock import errors, render
from bill_mock.areas.ap import (
    ZERO,
    Bill,
    RecordedPayment,
    ap_tables,
    apply_payment,
    business_error,
    money,
    money_wire,
    open_balance,
    require_active_vendor,
)
from bill_mock.areas.ap_bills import PREFIX_BILL_PAYMENT, PREFIX_PAYMENT, recorded_payment_wire
from bill_mock.areas.approvals import payment_block
from bill_mock.areas.funding import (
    PAYING_ROLES,
    VERIFIED,
    bank_accounts_of,
    business_rule,
    card_status,
    cards_of,
    require_trusted_session,
    require_usable_funding,
    role_type,
    verified_user,
)
from bill_mock.clock import format_timestamp
from bill_mock.errors import BillError
from bill_mock.handlers import Call, Reply, handles
from bill_mock.rules.listing import EQUALITY, ORDERING, Field, Listing
from bill_mock.rules.sessions import Caller
from bill_mock.state import Store

__all__ = [
    "CHECK_IMAGES",
    "MAX_BULK_PAYMENTS",
    "RATE_LIFETIME",
    "BulkPaymentError",
    "Payment",
    "PaymentTables",
    "VoidRequest",
    "cancel",
    "exchange_rate",
    "find_payment",
    "next_business_day",
    "payable_bill",
    "payment_status",
    "payment_tables",
    "require_payer",
    "resolve_process_date",
    "settle_due",
    "store_payment",
    "void",
]

MAX_BULK_PAYMENTS = 50
PREFIX_VOID = "0vr"  # BILL documents no prefix for void requests
SCHEDULED, PAID, CANCELLED = "SCHEDULED", "PAID", "CANCELLED"
TO_BE_PROCESSED = "TO_BE_PROCESSED"
CHECK_IMAGES = "https://files.bill-mock.invalid/checks"
"""Check image links point here: a reserved name that never resolves."""
EXCHANGE_RATES = {
    "USD": Decimal("1"),
    "CAD": Decimal("1.3625"),
    "EUR": Decimal("0.9214"),
    "GBP": Decimal("0.7893"),
    "AUD": Decimal("1.5238"),
    "MXN": Decimal("17.0512"),
    "INR": Decimal("83.1875"),
    "JPY": Decimal("151.2400"),
    "DKK": Decimal("6.8750"),
}
"""The mock's fixed rates per US dollar; other currencies get a rate derived from their code."""
RATE_LIFETIME = timedelta(minutes=30)
CARD_FEE_RATE = Decimal("2.9")
"""Percent of the amount."""


@dataclass(frozen=True, slots=True)
class BillPart:
    id: str
    bill_id: str
    amount: Decimal


@dataclass(frozen=True, slots=True)
class VoidRequest:
    id: str
    requested_by: str
    type: str
    reason: str
    created: datetime


@dataclass(slots=True)
class Payment:
    id: str
    organization_id: str
    vendor_id: str
    parts: list[BillPart]
    process_date: date
    funding: dict[str, str]
    processing_options: dict[str, Any]
    created_by: str
    created: datetime
    updated: datetime
    details: dict[str, Any] = field(default_factory=dict)
    """description, transactionNumber and cardFundingPurpose as sent."""
    cancelled: bool = False
    settled: bool = False
    """The process date has come and the bills no longer count the amount as scheduled."""

    @property
    def amount(self) -> Decimal:
        return sum((part.amount for part in self.parts), ZERO)

    def status(self, now: datetime) -> str:
        if self.cancelled:
            return CANCELLED
        return SCHEDULED if now.date() < self.process_date else PAID


@dataclass
class PaymentTables:
    payments: dict[str, Payment] = field(default_factory=dict)
    voids: dict[str, list[VoidRequest]] = field(default_factory=dict)
    """Void requests by payment id, online or recorded offline."""


def payment_tables(store: Store) -> PaymentTables:
    return store.area(PaymentTables)


class BulkPaymentError(BillError):
    """A refused bulk payment: the first failure explains it, then one entry per other bill sent."""

    def __init__(self, outcomes: Sequence[tuple[int, str, BillError | None]]) -> None:
        failures = [error for _, _, error in outcomes if error is not None]
        first = failures[0]
        super().__init__(first.status, first.code, first.message, first.category)
        self.outcomes = list(outcomes)

    def to_wire(self, now: datetime) -> list[dict[str, Any]]:
        failed = [error.to_wire(now)[0] for _, _, error in self.outcomes if error is not None]
        rolled_back = [
            BillError(
                400,
                "BDC_1246",
                f"payments.{index}: bill {bill_id} was not paid because another payment of the request failed; "
                "fix that one and send the request again.",
            ).to_wire(now)[0]
            for index, bill_id, error in self.outcomes
            if error is None
        ]
        return failed + rolled_back


# dates


def next_business_day(day: date) -> date:
    """The next weekday after `day`; BILL's bank holidays are not modelled."""
    day += timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _business_days_after(day: date, count: int) -> date:
    for _ in range(count):
        day = next_business_day(day)
    return day


def resolve_process_date(now: datetime, funding_type: str, sent: str | None) -> date:
    if sent is None:
        if funding_type in ("WALLET", "AP_CARD"):
            raise errors.missing_field("processDate")
        return next_business_day(now.date())
    try:
        day = date.fromisoformat(sent)
    except ValueError:
        raise errors.invalid_field("processDate", sent) from None
    if day < now.date():
        raise business_error("processDate", sent, "A payment cannot go out in the past; use today or a later date.")
    return day


# paying


def require_payer(store: Store, caller: Caller) -> None:
    require_trusted_session(caller, "Paying a bill")
    role = role_type(store, caller.user_id)
    if role not in PAYING_ROLES:
        raise BillError(
            403,
            "BDC_1150",
            f"User cannot make online payments: the {role} role may not pay. Sign in as an administrator or a payer.",
        )


def payable_bill(store: Store, caller: Caller, bill_id: str, amount: Any, vendor_id: str | None, where: str) -> Bill:
    """A bill this payment may pay, for this amount; nothing is changed yet."""
    bill = ap_tables(store).bills.get(bill_id)
    if bill is None or bill.organization_id != caller.organization_id:
        raise business_error(f"{where}billId", bill_id, "No such bill in this organization.")
    if bill.archived:
        raise business_error(f"{where}billId", bill_id, "The bill is archived; restore it before paying it.")
    if vendor_id is not None and vendor_id != bill.vendor_id:
        raise business_error("vendorId", vendor_id, f"Bill {bill_id} is another vendor's; name that vendor or none.")
    require_active_vendor(store, bill.organization_id, bill.vendor_id)
    balance = open_balance(bill)
    if balance <= ZERO:
        raise business_error(f"{where}billId", bill_id, "The bill is already paid in full.")
    paid = money(amount)
    if paid <= ZERO:
        raise business_error(f"{where}amount", amount, "A payment amount must be more than zero.")
    if paid > balance:
        raise business_error(f"{where}amount", amount, f"Bill {bill_id} has {balance} open; pay no more than that.")
    blocked = payment_block(store, bill)
    if blocked is not None:
        raise business_rule(blocked)
    return bill


def _new_payment(
    store: Store,
    now: datetime,
    caller: Caller,
    bill: Bill,
    amount: Any,
    fields: Mapping[str, Any],
    process_date: date,
) -> Payment:
    """Stores the payment and takes its amount off the bill's open balance."""
    return store_payment(
        store,
        now,
        caller,
        [(bill, money(amount))],
        process_date,
        funding={key: str(value) for key, value in fields["fundingAccount"].items()},
        processing_options=dict(fields.get("processingOptions") or {}),
        details={
            key: fields[key] for key in ("description", "transactionNumber", "cardFundingPurpose") if key in fields
        },
    )


def store_payment(
    store: Store,
    now: datetime,
    caller: Caller,
    parts: Sequence[tuple[Bill, Decimal]],
    process_date: date,
    *,
    funding: dict[str, str],
    processing_options: dict[str, Any],
    details: dict[str, Any],
) -> Payment:
    """Stores one payment of one or more bills of one vendor (v3 pays one bill per payment, v2's PayBills
    several), each amount already checked with payable_bill, and takes the amounts off the bills' open balances."""
    first = parts[0][0]
    payment = Payment(
        id=store.ids.object_id(PREFIX_PAYMENT),
        organization_id=first.organization_id,
        vendor_id=first.vendor_id,
        parts=[BillPart(store.ids.object_id(PREFIX_BILL_PAYMENT), bill.id, money(paid)) for bill, paid in parts],
        process_date=process_date,
        funding=funding,
        processing_options=processing_options,
        created_by=caller.user_id,
        created=now,
        updated=now,
        details=details,
    )
    scheduled = payment.status(now) == SCHEDULED
    for (bill, _), part in zip(parts, payment.parts, strict=True):
        apply_payment(bill, part.amount, now)
        if scheduled:
            bill.scheduled_amount += part.amount
    payment.settled = not scheduled  # going out today: never scheduled
    payment_tables(store).payments[payment.id] = payment
    return payment


def create_payment(store: Store, now: datetime, caller: Caller, fields: Mapping[str, Any]) -> Payment:
    require_payer(store, caller)
    if "billId" not in fields:
        if (fields.get("processingOptions") or {}).get("createBill"):
            raise business_rule(
                "Creating the bill along with its payment is not available here; create the bill with "
                "POST /v3/bills, then pay it with its billId."
            )
        raise errors.missing_field("billId")
    funding = fields["fundingAccount"]
    process_date = resolve_process_date(now, funding["type"], fields.get("processDate"))
    require_usable_funding(store, caller, funding)
    bill = payable_bill(store, caller, fields["billId"], fields["amount"], fields.get("vendorId"), "")
    return _new_payment(store, now, caller, bill, fields["amount"], fields, process_date)


def create_bulk_payment(store: Store, now: datetime, caller: Caller, fields: Mapping[str, Any]) -> list[Payment]:
    """All or nothing: every bill is checked before the first is paid."""
    require_payer(store, caller)
    funding = fields["fundingAccount"]
    process_date = resolve_process_date(now, funding["type"], fields.get("processDate"))
    require_usable_funding(store, caller, funding)
    items: Sequence[Mapping[str, Any]] = fields["payments"]
    if len(items) > MAX_BULK_PAYMENTS:
        raise business_error("payments", len(items), f"Pay at most {MAX_BULK_PAYMENTS} bills in one request.")
    outcomes: list[tuple[int, str, BillError | None]] = []
    bills: list[Bill] = []
    seen: set[str] = set()
    for index, item in enumerate(items):
        bill_id = item["billId"]
        where = f"payments.{index}."
        try:
            if bill_id in seen:
                raise business_error(f"{where}billId", bill_id, "Each bill may appear once; pay it in one item.")
            seen.add(bill_id)
            bills.append(payable_bill(store, caller, bill_id, item["amount"], fields.get("vendorId"), where))
            outcomes.append((index, bill_id, None))
        except BillError as error:
            outcomes.append((index, bill_id, error))
    if any(error is not None for _, _, error in outcomes):
        raise BulkPaymentError(outcomes)
    return [
        _new_payment(store, now, caller, bill, item["amount"], fields, process_date)
        for bill, item in zip(bills, items, strict=True)
    ]


def settle_due(store: Store, now: datetime, organization_id: str) -> None:
    """Payments whose process date has come stop counting as scheduled on their bills."""
    bills = ap_tables(store).bills
    for payment in payment_tables(store).payments.values():
        if payment.organization_id != organization_id or payment.settled or payment.status(now) != PAID:
            continue
        payment.settled = True
        for part in payment.parts:
            bill = bills.get(part.bill_id)
            if bill is not None:
                bill.scheduled_amount = max(bill.scheduled_amount - part.amount, ZERO)


# after paying


def find_payment(store: Store, organization_id: str, payment_id: str) -> Payment | RecordedPayment:
    online = payment_tables(store).payments.get(payment_id)
    if online is not None and online.organization_id == organization_id:
        return online
    offline = ap_tables(store).recorded_payments.get(payment_id)
    if offline is not None and offline.organization_id == organization_id:
        return offline
    raise errors.not_found("payment", payment_id)


def payment_status(payment: Payment | RecordedPayment, now: datetime) -> str:
    return payment.status(now) if isinstance(payment, Payment) else PAID


def cancel(store: Store, now: datetime, organization_id: str, payment_id: str) -> Payment:
    payment = find_payment(store, organization_id, payment_id)
    status = payment_status(payment, now)
    if not isinstance(payment, Payment) or status != SCHEDULED:
        advice = "it was cancelled already" if status == CANCELLED else "void it instead"
        raise business_rule(
            f"Payment {payment_id} is {status}; only a SCHEDULED payment can be cancelled, so {advice}."
        )
    bills = ap_tables(store).bills
    for part in payment.parts:
        bill = bills[part.bill_id]
        bill.paid_amount -= part.amount
        bill.scheduled_amount = max(bill.scheduled_amount - part.amount, ZERO)
        bill.updated = now
    payment.cancelled = True
    payment.updated = now
    return payment


def void(store: Store, now: datetime, caller: Caller, payment_id: str, fields: Mapping[str, Any]) -> None:
    payment = find_payment(store, caller.organization_id or "", payment_id)
    status = payment_status(payment, now)
    if status == SCHEDULED:
        raise business_rule(f"Payment {payment_id} is still SCHEDULED; cancel it instead of voiding it.")
    if status == CANCELLED:
        raise business_rule(f"Payment {payment_id} was cancelled; there is nothing to void.")
    requests = payment_tables(store).voids.setdefault(payment.id, [])
    if requests:
        raise business_rule(f"Payment {payment_id} already has a void request that BILL is handling; wait for it.")
    requests.append(
        VoidRequest(store.ids.object_id(PREFIX_VOID), caller.user_id, fields["type"], fields["reason"], now)
    )
    if isinstance(payment, Payment):
        payment.updated = now


# reads


def _vendor_name(store: Store, vendor_id: str) -> str | None:
    vendor = ap_tables(store).vendors.get(vendor_id)
    return vendor.name if vendor is not None else None


def _void_info(store: Store, payment_id: str) -> list[dict[str, Any]]:
    return [
        {
            "id": request.id,
            "requestedBy": request.requested_by,
            "type": request.type,
            "status": TO_BE_PROCESSED,
            "reason": request.reason,
            "createdTime": format_timestamp(request.created),
            "updatedTime": format_timestamp(request.created),
        }
        for request in payment_tables(store).voids.get(payment_id, [])
    ]


def payment_wire(store: Store, payment: Payment | RecordedPayment, now: datetime) -> dict[str, Any]:
    if isinstance(payment, RecordedPayment):
        wire = recorded_payment_wire(payment)
    else:
        status = payment.status(now)
        wire = {
            "id": payment.id,
            "amount": money_wire(payment.amount),
            "vendorId": payment.vendor_id,
            "billId": payment.parts[0].bill_id,
            "billPayments": [
                {"id": part.id, "billId": part.bill_id, "amount": money_wire(part.amount)} for part in payment.parts
            ],
            "processDate": payment.process_date.isoformat(),
            "fundingAccount": payment.funding,
            "processingOptions": payment.processing_options,
            **payment.details,
            "status": status,
            "singleStatus": "CLEARED" if status == PAID else status,
            "onlinePayment": True,
            "cancelRequestSubmitted": payment.cancelled,
            "createdBy": payment.created_by,
            "createdTime": format_timestamp(payment.created),
            "updatedTime": format_timestamp(payment.updated),
        }
    name = _vendor_name(store, payment.vendor_id)
    if name is not None:
        wire["vendorName"] = name
    voids = _void_info(store, payment.id)
    if voids:
        wire["voidInfo"] = voids
    return wire


@dataclass(frozen=True, slots=True)
class _Row:
    """A payment, online or offline, as the list filters and sorts it."""

    payment: Payment | RecordedPayment
    status: str

    @property
    def id(self) -> str:
        return self.payment.id

    @property
    def bill_id(self) -> str:
        return self.payment.parts[0].bill_id if isinstance(self.payment, Payment) else self.payment.bill_payments[0][1]

    @property
    def process_date(self) -> str:
        day = self.payment.process_date
        return day.isoformat() if isinstance(day, date) else day

    @property
    def updated(self) -> datetime:
        return self.payment.updated if isinstance(self.payment, Payment) else self.payment.created


PAYMENTS: Listing[_Row] = Listing(
    "payments",
    {
        "id": Field(lambda row: row.id),
        "vendorId": Field(lambda row: row.payment.vendor_id),
        "billId": Field(lambda row: row.bill_id),
        "status": Field(lambda row: row.status),
        "processDate": Field(lambda row: row.process_date, operators=EQUALITY | ORDERING, sortable=True),
        "createdTime": Field(lambda row: row.payment.created, kind="datetime", operators=ORDERING, sortable=True),
        "updatedTime": Field(lambda row: row.updated, kind="datetime", operators=ORDERING, sortable=True),
    },
)


def _options(store: Store, now: datetime, caller: Caller, vendor_id: str, amount: float) -> dict[str, Any]:
    vendor = require_active_vendor(store, caller.organization_id or "", vendor_id)
    process = next_business_day(now.date())
    banks = []
    for account in bank_accounts_of(store, vendor.organization_id):
        entry: dict[str, Any] = {"id": account.id, "name": account.bank_name, "available": True}
        if account.status != VERIFIED:
            entry.update(available=False, reason=f"The bank account is {account.status}; verify it first.")
        elif verified_user(store, account, caller.user_id) is None:
            entry.update(available=False, reason="You are not a verified user of this bank account.")
        entry.update(
            processDate=process.isoformat(), deliveryDate=_business_days_after(process, 3).isoformat(), fee=0.0
        )
        banks.append(entry)
    cards = []
    for card in cards_of(store, vendor.organization_id).values():
        entry = {"id": card.id, "name": f"{card.brand} ending {card.last4}", "brand": card.brand, "available": True}
        if card_status(store, card, caller.user_id) != VERIFIED:
            entry.update(available=False, reason="You are not a verified user of this card.")
        fee = money(Decimal(str(amount)) * CARD_FEE_RATE / 100)
        entry.update(
            processDate=process.isoformat(),
            deliveryDate=_business_days_after(process, 1).isoformat(),
            feeInfo={"amount": money_wire(fee), "rate": float(CARD_FEE_RATE)},
        )
        cards.append(entry)
    return {"amount": amount, "vendorId": vendor.id, "fundingOptions": {"banks": banks, "cards": cards}}


def _rate(currency: str) -> Decimal:
    known = EXCHANGE_RATES.get(currency)
    if known is not None:
        return known
    spread = int.from_bytes(hashlib.sha256(currency.encode()).digest()[:2], "big") % 5000
    return Decimal(1) + Decimal(spread) / 1000


def exchange_rate(store: Store, now: datetime, organization_id: str, vendor_id: str) -> dict[str, Any]:
    vendor = require_active_vendor(store, organization_id, vendor_id)
    currency = str(vendor.details.get("billCurrency", "USD"))
    return {
        "paymentCurrency": currency,
        "baseCurrency": "USD",
        "exchangeRate": float(_rate(currency)),
        "amountRange": {"from": 0.01, "to": 1000000.0},
        "expirationTime": format_timestamp(now + RATE_LIFETIME),
    }


# handlers


@handles("listPayments")
def _list_payments(call: Call) -> Reply:
    settle_due(call.store, call.now, call.organization_id)
    everything: list[Payment | RecordedPayment] = [
        *payment_tables(call.store).payments.values(),
        *ap_tables(call.store).recorded_payments.values(),
    ]
    rows = [_Row(p, payment_status(p, call.now)) for p in everything if p.organization_id == call.organization_id]
    rows.sort(key=lambda row: row.payment.created)
    listed = PAYMENTS.page(rows, call.list_query())
    return Reply(body=render.page([payment_wire(call.store, row.payment, call.now) for row in listed.results], listed))


@handles("createPayment")
def _create_payment(call: Call) -> Reply:
    settle_due(call.store, call.now, call.organization_id)
    payment = create_payment(call.store, call.now, call.who, call.body)
    return Reply(201, payment_wire(call.store, payment, call.now))


@handles("createBulkPayment")
def _create_bulk_payment(call: Call) -> Reply:
    settle_due(call.store, call.now, call.organization_id)
    payments = create_bulk_payment(call.store, call.now, call.who, call.body)
    return Reply(201, {"payments": [payment_wire(call.store, payment, call.now) for payment in payments]})


@handles("listPaymentOptions")
def _list_payment_options(call: Call) -> Reply:
    query = call.request.query
    return Reply(body=_options(call.store, call.now, call.who, query["vendorId"], query["amount"]))


@handles("getPaymentExchangeRate")
def _get_payment_exchange_rate(call: Call) -> Reply:
    return Reply(body=exchange_rate(call.store, call.now, call.organization_id, call.request.query["vendorId"]))


@handles("getPayment")
def _get_payment(call: Call) -> Reply:
    settle_due(call.store, call.now, call.organization_id)
    payment = find_payment(call.store, call.organization_id, call.path("paymentId"))
    return Reply(body=payment_wire(call.store, payment, call.now))


@handles("cancelPayment")
def _cancel_payment(call: Call) -> Reply:
    settle_due(call.store, call.now, call.organization_id)
    payment = cancel(call.store, call.now, call.organization_id, call.path("paymentId"))
    return Reply(body=payment_wire(call.store, payment, call.now))


@handles("voidPayment")
def _void_payment(call: Call) -> Reply:
    settle_due(call.store, call.now, call.organization_id)
    void(call.store, call.now, call.who, call.path("paymentId"), call.body)
    payment = find_payment(call.store, call.organization_id, call.path("paymentId"))
    return Reply(body=payment_wire(call.store, payment, call.now))


@handles("getPaymentCheckImage")
def _get_payment_check_image(call: Call) -> Reply:
    payment = find_payment(call.store, call.organization_id, call.path("paymentId"))
    status = payment_status(payment, call.now)
    if status != PAID:
        raise business_rule(f"Payment {payment.id} is {status}; a check image exists only once a payment is paid.")
    links = [{"downloadLink": f"{CHECK_IMAGES}/{payment.id}/{side}.png"} for side in ("front", "back")]
    return Reply(body={"results": links})
