"""Bills: create (one or up to 200, all or nothing), read, replace (PUT), update (PATCH), archive and
restore, and offline payments recorded against them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from bill_mock import render
from bill_mock.areas.ap import (
    ARCHIVED,
    IDS,
    PREFIX_BILL,
    PREFIX_BILL_LINE,
    TIMES,
    ZERO,
    Bill,
    LineItem,
    RecordedPayment,
    VendorCredit,
    ap_tables,
    apply_payment,
    business_error,
    line_items_wire,
    lines_total,
    mark_archived,
    money,
    money_wire,
    new_lines,
    open_balance,
    patch_lines,
    replace_lines,
    require_active_vendor,
    require_bill,
)
from bill_mock.clock import format_timestamp
from bill_mock.handlers import Call, Reply, handles
from bill_mock.rules.listing import EQUALITY, ORDERING, Field, Listing
from bill_mock.state import Store
from bill_mock.webhooks import emit

__all__ = [
    "BILLS",
    "PREFIX_PAYMENT",
    "CreditUse",
    "build_bill",
    "create_bills",
    "record_payment",
    "set_archived",
    "update_bill",
]

CreditUse = tuple[VendorCredit, Decimal]
"""A vendor credit and the amount of it a bill applies."""

PREFIX_PAYMENT = "stp"
PREFIX_BILL_PAYMENT = "0bp"
"""BILL documents no prefix for the per-bill part of a payment; this one is the mock's own."""

BILLS: Listing[Bill] = Listing(
    "bills",
    {
        "id": IDS,
        "archived": ARCHIVED,
        "vendorId": Field(lambda bill: bill.vendor_id, operators=EQUALITY),
        "dueDate": Field(lambda bill: bill.due_date, operators=EQUALITY | ORDERING, sortable=True),
        "paymentStatus": Field(lambda bill: bill.payment_status, operators=EQUALITY),
        **TIMES,
    },
)

_DETAILS = ("description", "purchaseOrderNumber", "payFromChartOfAccountId", "classifications")


# rules


def build_bill(
    store: Store,
    now: datetime,
    organization_id: str,
    fields: Mapping[str, Any],
    where: str = "",
    planned: dict[str, Decimal] | None = None,
) -> tuple[Bill, list[CreditUse]]:
    """A bill and the vendor credits it applies, checked against BILL's rules but not yet stored, so a bulk
    create can check every bill before writing any. `planned` sums what earlier bills of the batch take."""
    vendor = require_active_vendor(store, organization_id, str(fields["vendorId"]), f"{where}vendorId")
    lines = new_lines(store, fields["billLineItems"], f"{where}billLineItems", PREFIX_BILL_LINE)
    bill = Bill(
        id=store.ids.object_id(PREFIX_BILL),
        organization_id=organization_id,
        vendor_id=vendor.id,
        due_date=str(fields["dueDate"]),
        invoice_number=str(fields["invoice"]["invoiceNumber"]),
        invoice_date=str(fields["invoice"]["invoiceDate"]),
        line_items=lines,
        created=now,
        updated=now,
        details={key: fields[key] for key in _DETAILS if key in fields},
    )
    _check_total(bill.line_items, bill, f"{where}billLineItems")
    uses = _credit_uses(store, bill, fields.get("vendorCredits", ()), {} if planned is None else planned, where)
    return bill, uses


def create_bills(
    store: Store, now: datetime, organization_id: str, items: Sequence[Mapping[str, Any]], *, bulk: bool = True
) -> list[Bill]:
    """All or nothing: every bill is checked before the first is stored; bulk errors name the item's index."""
    planned: dict[str, Decimal] = {}
    built = [
        build_bill(store, now, organization_id, item, f"{index}." if bulk else "", planned)
        for index, item in enumerate(items)
    ]
    for bill, uses in built:
        ap_tables(store).bills[bill.id] = bill
        for credit, amount in uses:
            bill.credit_amount += amount
            credit.usage.append((bill.id, amount))
            credit.updated = now
    return [bill for bill, _ in built]


def _credit_uses(
    store: Store, bill: Bill, items: Sequence[Mapping[str, Any]], planned: dict[str, Decimal], where: str
) -> list[CreditUse]:
    """The vendor credits a new bill applies: the same vendor's, not archived, each with enough left, and
    together no more than the bill."""
    credits = ap_tables(store).vendor_credits
    uses: list[CreditUse] = []
    for index, item in enumerate(items):
        place = f"{where}vendorCredits.{index}"
        credit = credits.get(str(item["id"]))
        if credit is None or credit.organization_id != bill.organization_id:
            raise business_error(f"{place}.id", item["id"], "No such vendor credit in this organization.")
        if credit.vendor_id != bill.vendor_id:
            raise business_error(f"{place}.id", credit.id, "The credit is from another vendor than the bill's.")
        if credit.archived:
            raise business_error(f"{place}.id", credit.id, "The credit is archived and can no longer be applied.")
        amount = money(item["amount"])
        planned[credit.id] = planned.get(credit.id, ZERO) + amount
        left = credit.amount - credit.applied_amount
        if planned[credit.id] > left:
            raise business_error(f"{place}.amount", money_wire(amount), f"The credit has {left} left to apply.")
        uses.append((credit, amount))
    total = sum((amount for _, amount in uses), ZERO)
    if total > bill.amount:
        raise business_error(f"{where}vendorCredits", money_wire(total), "Credits cannot exceed the bill's amount.")
    return uses


def update_bill(
    store: Store, now: datetime, organization_id: str, bill_id: str, fields: Mapping[str, Any], *, replace: bool
) -> Bill:
    """PUT (`replace`) sends the whole bill and its whole set of lines; PATCH changes only what it names."""
    bill = require_bill(store, organization_id, bill_id)
    vendor_id = str(fields.get("vendorId", bill.vendor_id))
    if vendor_id != bill.vendor_id:
        require_active_vendor(store, organization_id, vendor_id)
        if bill.paid_amount + bill.credit_amount + bill.scheduled_amount > ZERO:
            raise business_error("vendorId", vendor_id, "A bill with payments or credits keeps its vendor.")
    lines = bill.line_items
    if "billLineItems" in fields:
        change = replace_lines if replace else patch_lines
        lines = change(store, bill.line_items, fields["billLineItems"], "billLineItems", PREFIX_BILL_LINE)
    _check_total(lines, bill, "billLineItems")
    # Every check passed: now change the bill.
    bill.vendor_id = vendor_id
    bill.line_items = lines
    if "dueDate" in fields:
        bill.due_date = str(fields["dueDate"])
    if "invoice" in fields:
        bill.invoice_number = str(fields["invoice"]["invoiceNumber"])
        bill.invoice_date = str(fields["invoice"]["invoiceDate"])
    if replace:
        bill.details = {}
    bill.details.update({key: fields[key] for key in _DETAILS if key in fields})
    bill.updated = now
    return bill


def set_archived(store: Store, now: datetime, organization_id: str, bill_id: str, archived: bool) -> Bill:
    bill = require_bill(store, organization_id, bill_id)
    mark_archived(bill, archived, now)
    return bill


def record_payment(
    store: Store, now: datetime, organization_id: str, user_id: str, fields: Mapping[str, Any]
) -> RecordedPayment:
    """An offline payment to one vendor, spread over open bills of that vendor; checked in full, then applied."""
    vendor = require_active_vendor(store, organization_id, str(fields["vendorId"]))
    tables = ap_tables(store)
    parts: list[tuple[Bill, Decimal]] = []
    owed: dict[str, Decimal] = {}
    for index, item in enumerate(fields["payments"]):
        place = f"payments.{index}"
        bill = tables.bills.get(str(item["billId"]))
        if bill is None or bill.organization_id != organization_id:
            raise business_error(f"{place}.billId", item["billId"], "No such bill in this organization.")
        if bill.vendor_id != vendor.id:
            raise business_error(
                f"{place}.billId", bill.id, "The bill belongs to another vendor; record it separately."
            )
        if bill.archived:
            raise business_error(f"{place}.billId", bill.id, "The bill is archived; restore it first.")
        if bill.payment_status not in ("UNPAID", "PARTIAL"):
            raise business_error(
                f"{place}.billId",
                bill.id,
                f"The bill is {bill.payment_status}; only unpaid or partly paid bills take a payment.",
            )
        amount = money(item["amount"])
        owed[bill.id] = owed.get(bill.id, ZERO) + amount
        if owed[bill.id] > open_balance(bill):
            raise business_error(
                f"{place}.amount",
                money_wire(amount),
                f"Bill {bill.id} has {open_balance(bill)} open; record no more than that.",
            )
        parts.append((bill, amount))
    for bill, amount in parts:
        apply_payment(bill, amount, now)
    payment = RecordedPayment(
        id=store.ids.object_id(PREFIX_PAYMENT),
        organization_id=organization_id,
        vendor_id=vendor.id,
        process_date=str(fields["processDate"]),
        bill_payments=[(store.ids.object_id(PREFIX_BILL_PAYMENT), bill.id, amount) for bill, amount in parts],
        created=now,
        created_by=user_id,
        to_print_check=bool(fields.get("toPrintCheck", False)),
        description=fields.get("description"),
        transaction_number=fields.get("transactionNumber"),
    )
    tables.recorded_payments[payment.id] = payment
    return payment


def _check_total(lines: Sequence[LineItem], bill: Bill, where: str) -> None:
    """The lines add up to more than zero, and to no less than what was already paid or credited on the bill."""
    total = lines_total(lines, where)
    settled = bill.paid_amount + bill.credit_amount
    if total < settled:
        raise business_error(
            where, money_wire(total), f"{settled} is already paid or credited; the bill cannot total less."
        )


# wire


def bill_wire(store: Store, bill: Bill) -> dict[str, Any]:
    vendor = ap_tables(store).vendors.get(bill.vendor_id)
    wire: dict[str, Any] = {"id": bill.id, "archived": bill.archived, "vendorId": bill.vendor_id}
    if vendor is not None:
        wire["vendorName"] = vendor.name
    wire.update(
        {
            "amount": money_wire(bill.amount),
            "paidAmount": money_wire(bill.paid_amount),
            "dueAmount": money_wire(open_balance(bill)),
            "scheduledAmount": money_wire(bill.scheduled_amount),
            "creditAmount": money_wire(bill.credit_amount),
            "dueDate": bill.due_date,
            "invoice": {"invoiceNumber": bill.invoice_number, "invoiceDate": bill.invoice_date},
            "billLineItems": line_items_wire(bill.line_items),
        }
    )
    wire.update(bill.details)
    wire["paymentStatus"] = bill.payment_status
    if bill.approval_status is not None:
        wire["approvalStatus"] = bill.approval_status
    if bill.approvers:
        wire["approvers"] = [
            {
                "userId": approver.user_id,
                "status": approver.status,
                "approverOrder": approver.order,
                "statusChangedTime": format_timestamp(approver.status_changed),
            }
            for approver in bill.approvers
        ]
    wire["createdTime"] = format_timestamp(bill.created)
    wire["updatedTime"] = format_timestamp(bill.updated)
    return wire


def recorded_payment_wire(payment: RecordedPayment) -> dict[str, Any]:
    wire: dict[str, Any] = {
        "id": payment.id,
        "vendorId": payment.vendor_id,
        "billId": payment.bill_payments[0][1],
        "billPayments": [
            {"id": part_id, "billId": bill_id, "amount": money_wire(amount)}
            for part_id, bill_id, amount in payment.bill_payments
        ],
        "processDate": payment.process_date,
        "amount": money_wire(payment.amount),
        "status": "PAID",
        "onlinePayment": False,
        "toPrintCheck": payment.to_print_check,
        "createdBy": payment.created_by,
        "createdTime": format_timestamp(payment.created),
        "updatedTime": format_timestamp(payment.created),
    }
    if payment.description is not None:
        wire["description"] = payment.description
    if payment.transaction_number is not None:
        wire["transactionNumber"] = payment.transaction_number
    return wire


# handlers


@handles("createBill")
def _create(call: Call) -> Reply:
    (bill,) = create_bills(call.store, call.now, call.organization_id, [call.body], bulk=False)
    emit(call.store, call.organization_id, "bill.created", bill_wire(call.store, bill), call.now)
    return Reply(201, bill_wire(call.store, bill))


@handles("createBills")
def _create_many(call: Call) -> Reply:
    items = call.request.body if isinstance(call.request.body, list) else []
    bills = create_bills(call.store, call.now, call.organization_id, items)
    for bill in bills:
        emit(call.store, call.organization_id, "bill.created", bill_wire(call.store, bill), call.now)
    return Reply(201, [bill_wire(call.store, bill) for bill in bills])


@handles("listBills")
def _list(call: Call) -> Reply:
    mine = [bill for bill in ap_tables(call.store).bills.values() if bill.organization_id == call.organization_id]
    listed = BILLS.page(mine, call.list_query())
    return Reply(body=render.page([bill_wire(call.store, bill) for bill in listed.results], listed))


@handles("getBill")
def _get(call: Call) -> Reply:
    return Reply(body=bill_wire(call.store, require_bill(call.store, call.organization_id, call.path("billId"))))


@handles("replaceBill")
def _replace(call: Call) -> Reply:
    bill = update_bill(call.store, call.now, call.organization_id, call.path("billId"), call.body, replace=True)
    emit(call.store, call.organization_id, "bill.updated", bill_wire(call.store, bill), call.now)
    return Reply(body=bill_wire(call.store, bill))


@handles("updateBill")
def _update(call: Call) -> Reply:
    bill = update_bill(call.store, call.now, call.organization_id, call.path("billId"), call.body, replace=False)
    emit(call.store, call.organization_id, "bill.updated", bill_wire(call.store, bill), call.now)
    return Reply(body=bill_wire(call.store, bill))


@handles("archiveBill")
def _archive(call: Call) -> Reply:
    bill = set_archived(call.store, call.now, call.organization_id, call.path("billId"), True)
    emit(call.store, call.organization_id, "bill.archived", bill_wire(call.store, bill), call.now)
    return Reply(body=bill_wire(call.store, bill))


@handles("restoreBill")
def _restore(call: Call) -> Reply:
    bill = set_archived(call.store, call.now, call.organization_id, call.path("billId"), False)
    emit(call.store, call.organization_id, "bill.restored", bill_wire(call.store, bill), call.now)
    return Reply(body=bill_wire(call.store, bill))


@handles("recordBillPayment")
def _record_payment(call: Call) -> Reply:
    payment = record_payment(call.store, call.now, call.organization_id, call.who.user_id, call.body)
    return Reply(body=recorded_payment_wire(payment))
