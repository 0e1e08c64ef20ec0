"""v2's AP payments over the payments v3 keeps: PayBills, RecordAPPayment, CancelAPPayment, VoidAPPayment,
the records payments leave (SentPay, BillPay, BillCredit), ListPayments and the payables reports.

A SentPay is v3's payment (same id, same table): PayBills stores online payments through payments.py, so
GET /connect/v3/payments/{id} reads them, and RecordAPPayment records offline ones through ap_bills'
record_payment, which changes the bills' paid and due amounts and payment status. A BillPay is the part of a
payment that went to one bill; v2 shows its id with BILL's blp prefix and the other 17 characters of v3's
(the mock's own prefix there). A BillCredit is a vendor credit applied to a bill with a payment: v2's own
record, and a use of the credit that v3's vendor credit counts.

BILL's rules kept here (v3's where both have them):
- PayBills needs an MFA-trusted session (the app checks it first, with the token refusal before that) and a
  user whose role may pay (BDC_1150); at most 200 bills (the spec's limit); each bill once, the
  organization's, active, of an active vendor (the one `vendorId` names, if sent), not paid in full, through
  its approvals, and paid no more than its open balance. One SentPay per vendor paid. It pays from
  `bankAccountId`, a card (`cardAccountId` with `cardFundingPurpose`), or else the organization's bank
  account for payables (the first verified one when none is set; none at all is BDC_1150). `processDate`
  defaults to the next business day; the past is refused. A vendor paid in another currency than USD needs
  the `batchId` of a live exchange-rate quote (GetDynamicExchangeRateQuote) that names it.
- A billPay's amount counts the credits `billCredits` apply to that bill, so it must be more than them;
  a credit is the bill vendor's, not archived, with that much left (without `vendorCreditId` the vendor's
  credits are used oldest first).
- RecordAPPayment: one vendor (`vendorId`, or the first bill's), bills unpaid or partly paid.
- CancelAPPayment: only a scheduled payment, which gives the bills their balance (and the credits it
  applied) back; VoidAPPayment: only one past that point, one void request at a time.
Everything is checked before anything changes. An unknown or foreign id is BDC_1119 on its field.

Simplified: payments are never failed or held, so ListPayments finds only scheduled ("0") and done ("3")
disbursements; a void request stays "to be processed" and the payment paid, as on v3; GetDisbursementData
answers the payment type, status and the vendor's address, no bank trace data. BillCredits are the credits
applied through v2's payments (not those a v3 bill applies when it is created), and only a cancel through v2
gives them back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

import bill_spec
from bill_mock.areas.ap import (
    ZERO,
    Bill,
    RecordedPayment,
    VendorCredit,
    ap_tables,
    business_error,
    money,
    money_wire,
    open_balance,
    require_active_vendor,
)
from bill_mock.areas.ap_bills import record_payment
from bill_mock.areas.approvals import ASSIGNED, routed
from bill_mock.areas.funding import (
    VERIFIED,
    bank_accounts_of,
    business_rule,
    cards_of,
    funding_tables,
    require_usable_funding,
)
from bill_mock.areas.payments import (
    CHECK_IMAGES,
    RATE_LIFETIME,
    Payment,
    cancel,
    exchange_rate,
    find_payment,
    payable_bill,
    payment_status,
    payment_tables,
    require_payer,
    resolve_process_date,
    settle_due,
    store_payment,
    void,
)
from bill_mock.errors import BillError, invalid_field
from bill_mock.state import Store
from bill_mock.v2 import listing, wire
from bill_mock.v2.areas.bills import check_amount, shown_id
from bill_mock.v2.entities import extras
from bill_mock.v2.handlers import V2Call, handles_v2, require_trusted

__all__ = ["ApPaymentTables", "AppliedCredit", "Quote"]

PREFIX_BILL_CREDIT = "bcr"
_BILL_PAY = "blp"
_SENT_STATUS = {"SCHEDULED": "1", "PAID": "2", "CANCELLED": "3"}
_DISBURSEMENT = {"SCHEDULED": "0", "PAID": "3"}
_DISBURSEMENT_NAMES = {"0": "Scheduled", "3": "Done"}
_VOID_TYPES = {"0": "VOID_AND_CREDIT", "1": "VOID_AND_REISSUE", "2": "VOID_ONLY", "3": "VOID_AND_REISSUE_VCARD"}
_HOME_CURRENCY = "USD"
_FIRST_BATCH = 1001


@dataclass(slots=True)
class AppliedCredit:
    """A vendor credit applied to a bill with a payment (v2's BillCredit)."""

    id: str
    organization_id: str
    bill_id: str
    vendor_credit_id: str
    sent_pay_id: str
    amount: Decimal
    created: datetime
    updated: datetime
    active: bool = True


@dataclass(frozen=True, slots=True)
class Quote:
    """Exchange rates handed out for some vendors, good until `expires`."""

    batch_id: int
    organization_id: str
    vendor_ids: frozenset[str]
    expires: datetime


@dataclass
class ApPaymentTables:
    credits: dict[str, AppliedCredit] = field(default_factory=dict)
    quotes: dict[int, Quote] = field(default_factory=dict)
    next_batch: int = _FIRST_BATCH


def _tables(store: Store) -> ApPaymentTables:
    return store.area(ApPaymentTables)


def _fields(schema: str) -> frozenset[str]:
    """The fields a List may filter and sort on: those of the entity's schema."""
    return frozenset(bill_spec.load(bill_spec.SPEC_V2)["components"]["schemas"][schema].get("properties", {}))


# what a payment pays


@dataclass(slots=True)
class _Part:
    """One billPay as planned: the bill, the amount it settles, and the credits that settle part of it."""

    bill: Bill
    amount: Decimal
    credits: list[tuple[VendorCredit, Decimal]] = field(default_factory=list)

    @property
    def cash(self) -> Decimal:
        return self.amount - sum((used for _, used in self.credits), ZERO)


def _plan(call: V2Call, data: Mapping[str, Any], check_bill: Callable[[str, Mapping[str, Any]], Bill]) -> list[_Part]:
    """The bills and credits of a PayBills or RecordAPPayment, all checked; nothing is changed yet."""
    parts: list[_Part] = []
    for index, item in enumerate(data["billPays"]):
        where = f"billPays.{index}."
        check_amount(item["amount"], f"{where}amount")
        if any(part.bill.id == item["billId"] for part in parts):
            raise business_error(f"{where}billId", item["billId"], "Each bill may appear once; pay it in one item.")
        parts.append(_Part(check_bill(where, item), money(item["amount"])))
    by_bill = {part.bill.id: part for part in parts}
    planned: dict[str, Decimal] = {}
    for index, item in enumerate(data.get("billCredits") or ()):
        where = f"billCredits.{index}"
        check_amount(item["amount"], f"{where}.amount")
        part = by_bill.get(item["billId"])
        if part is None:
            raise business_error(f"{where}.billId", item["billId"], "Credit only a bill this request pays in billPays.")
        amount = money(item["amount"])
        credit_id = item.get("vendorCreditId")
        if credit_id is None:
            sources = _oldest_credits(call, part.bill, amount, planned, where)
        else:
            credit = _usable_credit(call, part.bill, credit_id, where)
            left = credit.amount - credit.applied_amount - planned.get(credit.id, ZERO)
            if amount > left:
                raise business_error(f"{where}.amount", money_wire(amount), f"Credit {credit.id} has {left} left.")
            sources = [(credit, amount)]
        for credit, used in sources:
            planned[credit.id] = planned.get(credit.id, ZERO) + used
            part.credits.append((credit, used))
    for index, part in enumerate(parts):
        if part.cash <= ZERO:
            raise business_error(
                f"billPays.{index}.amount",
                money_wire(part.amount),
                "The amount counts the credits applied to the bill, so it must be more than they are.",
            )
    return parts


def _usable_credit(call: V2Call, bill: Bill, credit_id: str, where: str) -> VendorCredit:
    credit = ap_tables(call.store).vendor_credits.get(credit_id)
    if credit is None or credit.organization_id != call.organization_id:
        raise invalid_field(f"{where}.vendorCreditId", credit_id)
    if credit.vendor_id != bill.vendor_id:
        raise business_error(f"{where}.vendorCreditId", credit_id, "The credit is another vendor's than the bill's.")
    if credit.archived:
        raise business_error(f"{where}.vendorCreditId", credit_id, "The credit is deleted and cannot be applied.")
    return credit


def _oldest_credits(
    call: V2Call, bill: Bill, amount: Decimal, planned: Mapping[str, Decimal], where: str
) -> list[tuple[VendorCredit, Decimal]]:
    """`amount` taken from the bill vendor's credits, oldest first."""
    credits = sorted(
        (
            credit
            for credit in ap_tables(call.store).vendor_credits.values()
            if credit.organization_id == call.organization_id
            and credit.vendor_id == bill.vendor_id
            and not credit.archived
        ),
        key=lambda credit: credit.created,
    )
    sources: list[tuple[VendorCredit, Decimal]] = []
    wanted = amount
    for credit in credits:
        left = credit.amount - credit.applied_amount - planned.get(credit.id, ZERO)
        if wanted <= ZERO or left <= ZERO:
            continue
        used = min(left, wanted)
        sources.append((credit, used))
        wanted -= used
    if wanted > ZERO:
        raise business_error(
            f"{where}.amount", money_wire(amount), f"The vendor's credits have {amount - wanted} left to apply."
        )
    return sources


def _apply_credits(call: V2Call, part: _Part, sent_pay_id: str) -> None:
    for credit, used in part.credits:
        part.bill.credit_amount += used
        part.bill.updated = call.now
        credit.usage.append((part.bill.id, used))
        credit.updated = call.now
        applied = AppliedCredit(
            id=call.store.ids.object_id(PREFIX_BILL_CREDIT),
            organization_id=call.organization_id,
            bill_id=part.bill.id,
            vendor_credit_id=credit.id,
            sent_pay_id=sent_pay_id,
            amount=used,
            created=call.now,
            updated=call.now,
        )
        _tables(call.store).credits[applied.id] = applied


def _release_credits(call: V2Call, sent_pay_id: str) -> None:
    """A cancelled payment's credits go back to their vendor credits."""
    tables = ap_tables(call.store)
    for applied in _tables(call.store).credits.values():
        if applied.sent_pay_id != sent_pay_id or not applied.active:
            continue
        applied.active = False
        applied.updated = call.now
        bill = tables.bills[applied.bill_id]
        bill.credit_amount = max(bill.credit_amount - applied.amount, ZERO)
        bill.updated = call.now
        credit = tables.vendor_credits.get(applied.vendor_credit_id)
        if credit is not None and (applied.bill_id, applied.amount) in credit.usage:
            credit.usage.remove((applied.bill_id, applied.amount))
            credit.updated = call.now


def _by_vendor(parts: Sequence[_Part]) -> list[list[_Part]]:
    groups: dict[str, list[_Part]] = {}
    for part in parts:
        groups.setdefault(part.bill.vendor_id, []).append(part)
    return list(groups.values())


# paying


def _funding(call: V2Call, data: Mapping[str, Any]) -> dict[str, str]:
    """The account PayBills pays from: the card or bank account named, or the organization's for payables."""
    organization_id = call.organization_id
    card_id = data.get("cardAccountId")
    if card_id is not None:
        if "bankAccountId" in data:
            raise business_error("cardAccountId", card_id, "Pay from a bank account or a card, not both.")
        if not data.get("cardFundingPurpose"):
            raise wire.missing_data("cardFundingPurpose")
        if card_id not in cards_of(call.store, organization_id):
            raise invalid_field("cardAccountId", card_id)
        return {"type": "CARD_ACCOUNT", "id": card_id}
    account_id = data.get("bankAccountId")
    if account_id is None:
        usable = [account for account in bank_accounts_of(call.store, organization_id) if account.status == VERIFIED]
        chosen = next((account for account in usable if account.payables), usable[0] if usable else None)
        if chosen is None:
            raise BillError(
                400,
                "BDC_1150",
                "User cannot make online payments: the organization has no verified bank account to pay from. "
                "Add and verify one, or pay by card (cardAccountId).",
            )
        account_id = chosen.id
    else:
        account = funding_tables(call.store).bank_accounts.get(account_id)
        if account is None or account.organization_id != organization_id or account.archived:
            raise invalid_field("bankAccountId", account_id)
    return {"type": "BANK_ACCOUNT", "id": account_id}


def _check_quote(call: V2Call, data: Mapping[str, Any], vendor_ids: Iterable[str]) -> None:
    """Vendors paid in another currency need a live quote that names them; a batchId sent must be live."""
    vendors = ap_tables(call.store).vendors
    abroad = [
        vendor_id
        for vendor_id in vendor_ids
        if vendors[vendor_id].details.get("billCurrency") not in (None, _HOME_CURRENCY)
    ]
    batch_id = data.get("batchId")
    if batch_id is None:
        if abroad:
            raise wire.missing_data("batchId")
        return
    quote = _tables(call.store).quotes.get(batch_id)
    if quote is None or quote.organization_id != call.organization_id or call.now >= quote.expires:
        raise business_error(
            "batchId", batch_id, "Get a new quote with GetDynamicExchangeRateQuote; it holds 30 minutes."
        )
    missing = [vendor_id for vendor_id in abroad if vendor_id not in quote.vendor_ids]
    if missing:
        raise business_error(
            "batchId", batch_id, f"The quote does not name vendor {missing[0]}; quote every vendor paid."
        )


@handles_v2("payBills")
def _pay_bills(call: V2Call) -> dict[str, Any]:
    data, store, caller = call.data, call.store, call.who
    require_trusted(call, "Paying bills")
    require_payer(store, caller)
    settle_due(store, call.now, call.organization_id)
    funding = _funding(call, data)
    process_date = resolve_process_date(call.now, funding["type"], data.get("processDate"))
    require_usable_funding(store, caller, funding)
    vendor_id = data.get("vendorId")

    def payable(where: str, item: Mapping[str, Any]) -> Bill:
        return payable_bill(store, caller, item["billId"], item["amount"], vendor_id, where)

    groups = _by_vendor(_plan(call, data, payable))
    _check_quote(call, data, [group[0].bill.vendor_id for group in groups])
    options = {"requestPayFaster": data["isFasterPayment"]} if "isFasterPayment" in data else {}
    details = {key: data[key] for key in ("description", "cardFundingPurpose") if key in data}
    rest = {
        key: data[key]
        for key in ("deliveryType", "isVendorDirectPayment", "allowExport", "batchId", "chartOfAccountId")
        if key in data
    }
    sent: list[dict[str, Any]] = []
    for group in groups:
        payment = store_payment(
            store,
            call.now,
            caller,
            [(part.bill, part.cash) for part in group],
            process_date,
            funding=dict(funding),
            processing_options=dict(options),
            details=dict(details),
        )
        for part in group:
            _apply_credits(call, part, payment.id)
        extras(store, "SentPay", payment.id).update(rest)
        sent.append(_sent_pay(store, payment, call.now, nested=True))
    return {"sentPays": sent}


@handles_v2("recordAPPayment")
def _record(call: V2Call) -> dict[str, Any]:
    data, store = call.data, call.store
    bills = ap_tables(store).bills
    vendor_id = data.get("vendorId")
    if vendor_id is None:
        first = bills.get(data["billPays"][0]["billId"])
        if first is None or first.organization_id != call.organization_id:
            raise invalid_field("billPays.0.billId", data["billPays"][0]["billId"])
        vendor_id = first.vendor_id
    vendor = require_active_vendor(store, call.organization_id, vendor_id)

    def recordable(where: str, item: Mapping[str, Any]) -> Bill:
        bill = bills.get(item["billId"])
        if bill is None or bill.organization_id != call.organization_id:
            raise invalid_field(f"{where}billId", item["billId"])
        if bill.vendor_id != vendor.id:
            raise business_error(f"{where}billId", bill.id, "The bill is another vendor's; record one vendor per call.")
        if money(item["amount"]) > open_balance(bill):
            raise business_error(
                f"{where}amount", item["amount"], f"Bill {bill.id} has {open_balance(bill)} open; record no more."
            )
        return bill

    parts = _plan(call, data, recordable)
    fields: dict[str, Any] = {
        "vendorId": vendor.id,
        "processDate": data["processDate"],
        "toPrintCheck": data["toPrintCheck"],
        "payments": [{"billId": part.bill.id, "amount": part.cash} for part in parts],
    }
    if "description" in data:
        fields["description"] = data["description"]
    if "syncReference" in data:
        fields["transactionNumber"] = data["syncReference"]
    try:
        payment = record_payment(store, call.now, call.organization_id, call.user_id, fields)
    except BillError as error:  # v3 names the list `payments`; the caller sent `billPays`
        message = error.message.replace(": payments.", ": billPays.")
        raise BillError(error.status, error.code, message, error.category) from None
    for part in parts:
        _apply_credits(call, part, payment.id)
    rest = ("chartOfAccountId", "syncReference", "vendorEmail", "allowExport", "notifyVendorPaidWithCredits")
    extras(store, "SentPay", payment.id).update({key: data[key] for key in rest if key in data})
    return _sent_pay(store, payment, call.now, nested=True)


def _payment(call: V2Call, payment_id: str, name: str) -> Payment | RecordedPayment:
    """The caller's organization's payment, settled as of now, or BDC_1119 on the field that named it."""
    settle_due(call.store, call.now, call.organization_id)
    try:
        return find_payment(call.store, call.organization_id, payment_id)
    except BillError:
        raise invalid_field(name, payment_id) from None


@handles_v2("cancelAPPayment")
def _cancel(call: V2Call) -> dict[str, Any]:
    payment = _payment(call, call.data["sentPayId"], "sentPayId")
    cancelled = cancel(call.store, call.now, call.organization_id, payment.id)
    _release_credits(call, payment.id)
    return _sent_pay(call.store, cancelled, call.now, nested=True)


@handles_v2("voidAPPayment")
def _void(call: V2Call) -> dict[str, Any]:
    data = call.data
    payment = _payment(call, data["sentPayId"], "sentPayId")
    void(
        call.store,
        call.now,
        call.who,
        payment.id,
        {"type": _VOID_TYPES[data["voidRequestType"]], "reason": data["reason"]},
    )
    return _sent_pay(call.store, payment, call.now, nested=True)


# reads


def _parts(payment: Payment | RecordedPayment) -> list[tuple[str, str, Decimal]]:
    """(part id, bill id, amount) for each bill the payment paid."""
    if isinstance(payment, Payment):
        return [(part.id, part.bill_id, part.amount) for part in payment.parts]
    return list(payment.bill_payments)


def _updated(payment: Payment | RecordedPayment) -> datetime:
    return payment.updated if isinstance(payment, Payment) else payment.created


def _confirmation(payment_id: str) -> str:
    return "P" + payment_id[-10:].upper()


def _payment_type(store: Store, payment: Payment | RecordedPayment) -> str:
    """SentPay's paymentType: "4" other for a recorded payment; ACH to a vendor with a bank account, else a check."""
    if not isinstance(payment, Payment):
        return "4"
    if extras(store, "SentPay", payment.id).get("isVendorDirectPayment") is True:
        return "7"
    vendor = ap_tables(store).vendors.get(payment.vendor_id)
    return "1" if vendor is not None and vendor.bank_account is not None else "0"


def _bill_pay(
    store: Store, payment: Payment | RecordedPayment, part: tuple[str, str, Decimal], now: datetime
) -> dict[str, Any]:
    part_id, bill_id, amount = part
    kept = extras(store, "SentPay", payment.id)
    shown: dict[str, Any] = {
        "entity": "BillPay",
        "id": shown_id(_BILL_PAY, part_id),
        "billId": bill_id,
        "name": _confirmation(payment.id),
        "paymentStatus": _SENT_STATUS[payment_status(payment, now)],
        "amount": money_wire(amount),
        "processDate": str(payment.process_date),
        "paymentType": "0" if isinstance(payment, Payment) else "1",
        "sentPayId": payment.id,
        "createdTime": wire.format_timestamp(payment.created),
        "updatedTime": wire.format_timestamp(_updated(payment)),
    }
    description = payment.details.get("description") if isinstance(payment, Payment) else payment.description
    if description is not None:
        shown["description"] = description
    if isinstance(payment, RecordedPayment):
        shown["toPrintCheck"] = payment.to_print_check
    for key in ("syncReference", "chartOfAccountId", "allowExport"):
        if key in kept:
            shown[key] = kept[key]
    return shown


def _bill_credit(applied: AppliedCredit) -> dict[str, Any]:
    return {
        "entity": "BillCredit",
        "id": applied.id,
        "isActive": "1" if applied.active else "2",
        "billId": applied.bill_id,
        "sentPayId": applied.sent_pay_id,
        "vendorCreditId": applied.vendor_credit_id,
        "amount": money_wire(applied.amount),
        "createdTime": wire.format_timestamp(applied.created),
        "updatedTime": wire.format_timestamp(applied.updated),
    }


def _void_requests(store: Store, payment_id: str) -> list[dict[str, Any]]:
    codes = {name: code for code, name in _VOID_TYPES.items()}
    return [
        {
            "entity": "VoidRequestQueue",
            "id": request.id,
            "type": codes.get(request.type, "2"),
            "status": "0",
            "reason": request.reason,
            "userId": request.requested_by,
            "createdDate": wire.format_timestamp(request.created),
            "updatedDate": wire.format_timestamp(request.created),
        }
        for request in payment_tables(store).voids.get(payment_id, [])
    ]


def _sent_pay(store: Store, payment: Payment | RecordedPayment, now: datetime, *, nested: bool) -> dict[str, Any]:
    online = isinstance(payment, Payment)
    kept = extras(store, "SentPay", payment.id)
    shown: dict[str, Any] = {key: value for key, value in kept.items() if key not in ("deliveryType", "batchId")}
    shown.update(
        {
            "entity": "SentPay",
            "id": payment.id,
            "processDate": str(payment.process_date),
            "amount": money_wire(payment.amount),
            "status": _SENT_STATUS[payment_status(payment, now)],
            "name": _confirmation(payment.id),
            "vendorId": payment.vendor_id,
            "isOnline": online,
            "paymentType": _payment_type(store, payment),
            "createdBy": payment.created_by,
            "createdTime": wire.format_timestamp(payment.created),
            "updatedTime": wire.format_timestamp(_updated(payment)),
        }
    )
    if isinstance(payment, Payment):
        shown.update({key: value for key, value in payment.details.items() if key == "description"})
        shown["fasterPayment"] = bool(payment.processing_options.get("requestPayFaster", False))
        if "deliveryType" in kept:
            shown["deliveryTypeRequested"] = kept["deliveryType"]
        account_field = "cardAccountId" if payment.funding.get("type") == "CARD_ACCOUNT" else "bankAccountId"
        if "id" in payment.funding:
            shown[account_field] = payment.funding["id"]
        shown["toPrintCheck"] = False
    else:
        shown["toPrintCheck"] = payment.to_print_check
        if payment.description is not None:
            shown["description"] = payment.description
        if payment.transaction_number is not None:
            shown["syncReference"] = payment.transaction_number
    voids = _void_requests(store, payment.id)
    if voids:
        shown["voidRequests"] = voids
    if nested:
        shown["billPays"] = [_bill_pay(store, payment, part, now) for part in _parts(payment)]
        shown["billCredits"] = [
            _bill_credit(applied) for applied in _tables(store).credits.values() if applied.sent_pay_id == payment.id
        ]
    return shown


def _all_payments(call: V2Call) -> list[Payment | RecordedPayment]:
    """The organization's payments, online and recorded, settled as of now, oldest first."""
    settle_due(call.store, call.now, call.organization_id)
    everything: list[Payment | RecordedPayment] = [
        *payment_tables(call.store).payments.values(),
        *ap_tables(call.store).recorded_payments.values(),
    ]
    mine = [payment for payment in everything if payment.organization_id == call.organization_id]
    return sorted(mine, key=lambda payment: payment.created)


@handles_v2("crudReadSentPay")
def _read_sent_pay(call: V2Call) -> dict[str, Any]:
    return _sent_pay(call.store, _payment(call, call.data["id"], "id"), call.now, nested=True)


@handles_v2("listSentPay")
def _list_sent_pay(call: V2Call) -> list[Any]:
    nested = call.data.get("nested") is True
    rows = (_sent_pay(call.store, payment, call.now, nested=nested) for payment in _all_payments(call))
    return listing.page(rows, call.data, _fields("SentPay"))


@handles_v2("listPayments")
def _list_payments(call: V2Call) -> dict[str, Any]:
    data = call.data
    wanted = data["disbursementStatus"]
    rows: list[dict[str, Any]] = []
    for payment in _all_payments(call):
        status = _DISBURSEMENT.get(payment_status(payment, call.now)) if isinstance(payment, Payment) else None
        if status is None or status != wanted:
            continue
        row = _sent_pay(call.store, payment, call.now, nested=data.get("nested") is True)
        row["extraData"] = {"disbursementStatus": status, "disbursementStatusDescription": _DISBURSEMENT_NAMES[status]}
        rows.append(row)
    return {"payments": listing.page(rows, data, _fields("SentPay"))}


def _bill_pays(call: V2Call) -> list[dict[str, Any]]:
    return [
        _bill_pay(call.store, payment, part, call.now) for payment in _all_payments(call) for part in _parts(payment)
    ]


@handles_v2("crudReadBillPay")
def _read_bill_pay(call: V2Call) -> dict[str, Any]:
    wanted = call.data["id"]
    found = next((row for row in _bill_pays(call) if row["id"] == wanted), None)
    if found is None:
        raise invalid_field("id", wanted)
    return found


@handles_v2("listBillPay")
def _list_bill_pay(call: V2Call) -> list[Any]:
    return listing.page(_bill_pays(call), call.data, _fields("BillPay"))


def _bill_credits(call: V2Call) -> list[AppliedCredit]:
    return [
        applied for applied in _tables(call.store).credits.values() if applied.organization_id == call.organization_id
    ]


@handles_v2("crudReadBillCredit")
def _read_bill_credit(call: V2Call) -> dict[str, Any]:
    wanted = call.data["id"]
    found = next((applied for applied in _bill_credits(call) if applied.id == wanted), None)
    if found is None:
        raise invalid_field("id", wanted)
    return _bill_credit(found)


@handles_v2("listBillCredit")
def _list_bill_credit(call: V2Call) -> list[Any]:
    return listing.page((_bill_credit(applied) for applied in _bill_credits(call)), call.data, _fields("BillCredit"))


# reports


def _counts(bills: Iterable[Bill], amount: Callable[[Bill], Decimal], now: datetime) -> dict[str, Any]:
    """Counts and totals of bills by when they fall due, as of the mock's today."""
    today = now.date().isoformat()
    week = (now.date() + timedelta(days=7)).isoformat()
    buckets = {"overdue": (ZERO, 0), "dueToday": (ZERO, 0), "due7Days": (ZERO, 0), "due7PlusDays": (ZERO, 0)}
    total, count = ZERO, 0
    for bill in bills:
        due = bill.due_date
        name = (
            "overdue" if due < today else "dueToday" if due == today else "due7Days" if due <= week else "due7PlusDays"
        )
        value, number = buckets[name]
        buckets[name] = (value + amount(bill), number + 1)
        total, count = total + amount(bill), count + 1
    counts: dict[str, Any] = {}
    for name, (value, number) in buckets.items():
        counts[f"{name}Count"] = number
        counts[f"{name}Total"] = money_wire(value)
    counts.update(allCount=count, allTotal=money_wire(total))
    return counts


@handles_v2("getAPSummary")
def _ap_summary(call: V2Call) -> dict[str, Any]:
    settle_due(call.store, call.now, call.organization_id)
    mine = [
        bill
        for bill in ap_tables(call.store).bills.values()
        if bill.organization_id == call.organization_id and not bill.archived
    ]
    owed = [bill for bill in mine if open_balance(bill) > ZERO]
    waiting = [bill for bill in mine if routed(call.store, bill).approval_status == ASSIGNED]
    return {
        "bills": _counts(owed, open_balance, call.now),
        "approvals": _counts(waiting, lambda bill: bill.amount, call.now),
    }


@handles_v2("getCheckImageData")
def _check_images(call: V2Call) -> dict[str, Any]:
    payment = _payment(call, call.data["sentPayId"], "sentPayId")
    status = payment_status(payment, call.now)
    if status != "PAID":
        raise business_rule(f"Payment {payment.id} is {status}; a check image exists only once a payment is paid.")
    return {"checkImageData": [{"url": f"{CHECK_IMAGES}/{payment.id}/{side}.png"} for side in ("front", "back")]}


@handles_v2("getDisbursementData")
def _disbursement(call: V2Call) -> dict[str, Any]:
    payment = _payment(call, call.data["sentPayId"], "sentPayId")
    if not isinstance(payment, Payment):
        raise business_rule(f"Payment {payment.id} was recorded, not sent through BILL; it has no disbursement.")
    store = call.store
    status = payment_status(payment, call.now)
    vendor = ap_tables(store).vendors.get(payment.vendor_id)
    by_ach = vendor is not None and vendor.bank_account is not None
    shown: dict[str, Any] = {
        "paymentType": "2" if by_ach else "0",
        "orgName": store.organizations[payment.organization_id].name,
        "isVoidable": status == "PAID" and not payment_tables(store).voids.get(payment.id),
        "isVoidableFromUI": False,
        "canReissue": False,
        "isVendorDirectVCard": False,
    }
    if status in _DISBURSEMENT:
        shown["disbursementStatus"] = _DISBURSEMENT[status]
    if vendor is not None:
        shown["vendorName"] = vendor.name
        address = vendor.details.get("address") or {}
        for v2, v3 in (
            ("address1", "line1"),
            ("address2", "line2"),
            ("addressCity", "city"),
            ("addressState", "stateOrProvince"),
            ("addressZip", "zipOrPostalCode"),
            ("addressCountry", "country"),
        ):
            if address.get(v3) is not None:
                shown[v2] = address[v3]
    day = payment.process_date.isoformat()
    if by_ach:
        shown["achData"] = {"sentDate": day}
    else:
        shown["checkData"] = {"checkDate": day, "amount": money_wire(payment.amount)}
        if "description" in payment.details:
            shown["checkData"]["memo"] = payment.details["description"]
    return shown


@handles_v2("getDynamicExchangeRateQuote")
def _quote(call: V2Call) -> dict[str, Any]:
    store, organization_id = call.store, call.organization_id
    rates: list[dict[str, Any]] = []
    for index, item in enumerate(call.data["vendorData"]):
        where = f"vendorData.{index}"
        if "vendorId" not in item:
            raise wire.missing_data(f"{where}.vendorId")
        vendor = require_active_vendor(store, organization_id, item["vendorId"], f"{where}.vendorId")
        rate = exchange_rate(store, call.now, organization_id, vendor.id)
        entry: dict[str, Any] = {
            "paymentCurrency": rate["paymentCurrency"],
            "billCurrency": str(vendor.details.get("billCurrency", _HOME_CURRENCY)),
            "exchangeRate": rate["exchangeRate"],
            "validFrom": rate["amountRange"]["from"],
            "validTo": rate["amountRange"]["to"],
            "vendorId": vendor.id,
        }
        if "totalAmount" in item:
            check_amount(item["totalAmount"], f"{where}.totalAmount")
            entry["totalAmount"] = item["totalAmount"]
        rates.append(entry)
    tables = _tables(store)
    batch_id = tables.next_batch
    tables.next_batch += 1
    vendor_ids = frozenset(entry["vendorId"] for entry in rates)
    tables.quotes[batch_id] = Quote(batch_id, organization_id, vendor_ids, call.now + RATE_LIFETIME)
    return {"batchId": batch_id, "exchangeRates": rates, "orgId": organization_id, "orgBaseCurrency": _HOME_CURRENCY}
