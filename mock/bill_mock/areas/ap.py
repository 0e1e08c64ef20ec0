"""AP core: the vendor and bill records and the rules other AP areas build on.

Handlers live in ap_vendors, ap_bills, ap_vendor_credits and ap_recurring_bills; this module holds what
they share, and what other areas (payments, bill approvals) may use:

- `ap_tables(store)`: the `ApTables` of the store (vendors, bills, ... as dicts by id).
- `Vendor` and `Bill` records; a bill's lines are `LineItem`s and its approvers `BillApprover`s. A bill's
  `approvers` and `approval_status` are there for bill approvals to set; `scheduled_amount` for payments.
- `require_vendor(store, organization_id, vendor_id)`: the organization's vendor, archived or not (404 BDC_1205).
- `require_active_vendor(store, organization_id, vendor_id)`: a vendor a new bill or payment may name; an
  unknown, foreign or archived vendor is 400 BDC_1119 on `vendorId`, saying to create or restore it.
- `require_bill(store, organization_id, bill_id)`: the organization's bill (404 BDC_1205).
- `open_balance(bill)`: what is still owed on the bill (amount less paid and credited), as Decimal.
- `apply_payment(bill, amount, now)`: applies a payment, which changes the open balance and with it
  `bill.payment_status`; refuses an amount that is not positive or exceeds the open balance.
- `money(value)`: a JSON number as Decimal cents, the way every AP amount is kept.
- `VendorCredit`, `RecurringBill` and `RecordedPayment` (offline payments from recordBillPayment, by id in
  `ap_tables(store).recorded_payments`) for whoever lists or reports on them.

Money is Decimal rounded half-up to cents, so sums are exact; it goes on the wire as a JSON number.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Literal, Protocol

from bill_mock.errors import BillError, invalid_field, missing_field, not_found
from bill_mock.rules.listing import EQUALITY, ORDERING, Field
from bill_mock.state import Store

__all__ = [
    "ARCHIVED",
    "IDS",
    "PREFIX_BILL",
    "PREFIX_BILL_LINE",
    "PREFIX_VENDOR",
    "TIMES",
    "ZERO",
    "ApTables",
    "AuditEntry",
    "Bill",
    "BillApprover",
    "LineItem",
    "RecordedPayment",
    "RecurringBill",
    "Vendor",
    "VendorBankAccount",
    "VendorCredit",
    "ap_tables",
    "apply_payment",
    "audit_value",
    "business_error",
    "line_items_wire",
    "lines_total",
    "mark_archived",
    "money",
    "money_wire",
    "new_lines",
    "open_balance",
    "patch_lines",
    "record_audit",
    "replace_lines",
    "require_active_vendor",
    "require_bill",
    "require_vendor",
]

PREFIX_VENDOR = "009"
PREFIX_BILL = "00n"
PREFIX_BILL_LINE = "0bl"
"""BILL documents no prefix for line ids; this one is the mock's own."""

CENT = Decimal("0.01")
ZERO = Decimal("0.00")

TIMES: dict[str, Field[Any]] = {
    "createdTime": Field(lambda item: item.created, kind="datetime", operators=ORDERING, sortable=True),
    "updatedTime": Field(lambda item: item.updated, kind="datetime", operators=ORDERING, sortable=True),
}
"""The createdTime/updatedTime filters and sorts every AP list has."""

ARCHIVED: Field[Any] = Field(lambda item: item.archived, kind="boolean", operators=frozenset({"eq", "ne"}))
IDS: Field[Any] = Field(lambda item: item.id, operators=EQUALITY)


# records


@dataclass(slots=True)
class VendorBankAccount:
    account_number: str
    details: dict[str, Any] = field(default_factory=dict)
    """nameOnAccount, routingNumber, type, ownerType, paymentCurrency, regulatoryFields as accepted."""


@dataclass(slots=True)
class Vendor:
    id: str
    organization_id: str
    name: str
    created: datetime
    updated: datetime
    details: dict[str, Any] = field(default_factory=dict)
    """Optional top-level fields as accepted (shortName, accountType, address, billCurrency, ...)."""
    payment_information: dict[str, Any] = field(default_factory=dict)
    """payeeName, email and paymentPurpose; the bank account is kept apart, as BILL manages it apart."""
    bank_account: VendorBankAccount | None = None
    archived: bool = False
    network_status: str = "NOT_CONNECTED"

    @property
    def account_type(self) -> str | None:
        value = self.details.get("accountType")
        return value if isinstance(value, str) else None


@dataclass(slots=True)
class LineItem:
    """One line of a bill, vendor credit or recurring bill."""

    id: str
    amount: Decimal
    quantity: float | None = None
    price: float | None = None
    description: str | None = None
    classifications: dict[str, Any] | None = None


@dataclass(slots=True)
class BillApprover:
    user_id: str
    status: str
    """For example WAITING, APPROVED, DENIED or REROUTED."""
    order: int
    status_changed: datetime


@dataclass(slots=True)
class Bill:
    id: str
    organization_id: str
    vendor_id: str
    due_date: str
    invoice_number: str
    invoice_date: str
    line_items: list[LineItem]
    created: datetime
    updated: datetime
    details: dict[str, Any] = field(default_factory=dict)
    """description, purchaseOrderNumber, payFromChartOfAccountId and classifications as accepted."""
    paid_amount: Decimal = ZERO
    credit_amount: Decimal = ZERO
    scheduled_amount: Decimal = ZERO
    """Payments set this while a payment of theirs is pending; it shows the bill as SCHEDULED."""
    approvers: list[BillApprover] = field(default_factory=list)
    approval_status: str | None = None
    archived: bool = False

    @property
    def amount(self) -> Decimal:
        return sum((line.amount for line in self.line_items), ZERO)

    @property
    def payment_status(self) -> str:
        if self.amount > ZERO and open_balance(self) == ZERO:
            return "PAID"
        if self.scheduled_amount > ZERO:
            return "SCHEDULED"
        if self.paid_amount + self.credit_amount > ZERO:
            return "PARTIAL"
        return "UNPAID"


@dataclass(slots=True)
class RecordedPayment:
    """An offline payment recorded against bills (recordBillPayment); payments may list these too."""

    id: str
    organization_id: str
    vendor_id: str
    process_date: str
    bill_payments: list[tuple[str, str, Decimal]]
    """(bill payment id, bill id, amount) per bill."""
    created: datetime
    created_by: str
    to_print_check: bool = False
    description: str | None = None
    transaction_number: str | None = None

    @property
    def amount(self) -> Decimal:
        return sum((amount for _, _, amount in self.bill_payments), ZERO)


@dataclass(slots=True)
class VendorCredit:
    id: str
    organization_id: str
    vendor_id: str
    reference_number: str
    credit_date: str
    line_items: list[LineItem]
    created: datetime
    updated: datetime
    details: dict[str, Any] = field(default_factory=dict)
    """description, applyToChartOfAccountId or applyToBankAccountId as accepted."""
    usage: list[tuple[str, Decimal]] = field(default_factory=list)
    """(bill id, amount) for every bill the credit was applied to."""
    archived: bool = False

    @property
    def amount(self) -> Decimal:
        return sum((line.amount for line in self.line_items), ZERO)

    @property
    def applied_amount(self) -> Decimal:
        return sum((amount for _, amount in self.usage), ZERO)

    @property
    def status(self) -> str:
        if self.applied_amount == ZERO:
            return "NOT_APPLIED"
        return "FULLY_APPLIED" if self.applied_amount >= self.amount else "PARTIALLY_APPLIED"


@dataclass(slots=True)
class RecurringBill:
    id: str
    organization_id: str
    vendor_id: str
    schedule: dict[str, Any]
    """period, frequency, nextDueDate, endDate and daysInAdvance as accepted."""
    line_items: list[LineItem]
    created: datetime
    updated: datetime
    details: dict[str, Any] = field(default_factory=dict)
    """description, processingOptions and paymentInformation as accepted."""
    archived: bool = False


AuditType = Literal["Create", "Edit"]


@dataclass(slots=True)
class AuditEntry:
    """One change to a vendor, as the audit-trail report shows it."""

    type: AuditType
    created: datetime
    user_id: str | None
    field: str | None = None
    previous: str | None = None
    current: str | None = None


@dataclass(slots=True)
class ApTables:
    vendors: dict[str, Vendor] = field(default_factory=dict)
    bills: dict[str, Bill] = field(default_factory=dict)
    recorded_payments: dict[str, RecordedPayment] = field(default_factory=dict)
    vendor_credits: dict[str, VendorCredit] = field(default_factory=dict)
    recurring_bills: dict[str, RecurringBill] = field(default_factory=dict)
    vendor_audit: dict[str, list[AuditEntry]] = field(default_factory=dict)
    """Audit entries by vendor id, oldest first."""


def ap_tables(store: Store) -> ApTables:
    return store.area(ApTables)


# lookups


def require_vendor(store: Store, organization_id: str, vendor_id: str) -> Vendor:
    vendor = ap_tables(store).vendors.get(vendor_id)
    if vendor is None or vendor.organization_id != organization_id:
        raise not_found("vendor", vendor_id)
    return vendor


def require_active_vendor(store: Store, organization_id: str, vendor_id: str, field_name: str = "vendorId") -> Vendor:
    """The vendor a new bill, credit or payment names: a bad value of the request, so 400 rather than 404."""
    vendor = ap_tables(store).vendors.get(vendor_id)
    if vendor is None or vendor.organization_id != organization_id:
        raise business_error(field_name, vendor_id, "No such vendor in this organization; create the vendor first.")
    if vendor.archived:
        raise business_error(field_name, vendor_id, "The vendor is archived; restore it before using it.")
    return vendor


def require_bill(store: Store, organization_id: str, bill_id: str) -> Bill:
    bill = ap_tables(store).bills.get(bill_id)
    if bill is None or bill.organization_id != organization_id:
        raise not_found("bill", bill_id)
    return bill


def business_error(field_name: str, value: object, advice: str) -> BillError:
    """BILL's invalid-value error (400 BDC_1119) with a sentence on what to do instead."""
    return BillError(400, "BDC_1119", f"{invalid_field(field_name, value).message}. {advice}")


# money and balances


def money(value: float | int | Decimal | str) -> Decimal:
    """An amount as Decimal cents, rounded half-up; str() first so 0.1 stays 0.1 rather than its binary cousin."""
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)


def money_wire(value: Decimal) -> float:
    return float(value)


def open_balance(bill: Bill) -> Decimal:
    return max(bill.amount - bill.paid_amount - bill.credit_amount, ZERO)


def apply_payment(bill: Bill, amount: Decimal | float, now: datetime, field_name: str = "amount") -> None:
    """Pays `amount` of the bill: more than zero and no more than its open balance."""
    amount = money(amount)
    if amount <= ZERO:
        raise business_error(field_name, money_wire(amount), "A payment amount must be more than zero.")
    balance = open_balance(bill)
    if amount > balance:
        raise business_error(
            field_name, money_wire(amount), f"Bill {bill.id} has {balance} open; pay no more than that."
        )
    bill.paid_amount += amount
    bill.updated = now


class Archivable(Protocol):
    archived: bool
    updated: datetime


def mark_archived(record: Archivable, archived: bool, now: datetime) -> bool:
    """Archives or restores; False when the record already was so, since repeating either changes nothing."""
    if record.archived == archived:
        return False
    record.archived = archived
    record.updated = now
    return True


# line items, shared by bills, vendor credits and recurring bills


def lines_total(lines: Sequence[LineItem], where: str) -> Decimal:
    """The sum of the lines, which must be more than zero."""
    total = sum((line.amount for line in lines), ZERO)
    if total <= ZERO:
        raise business_error(where, money_wire(total), "The lines must add up to more than zero.")
    return total


def new_lines(store: Store, items: Sequence[Mapping[str, Any]], where: str, prefix: str) -> list[LineItem]:
    """Lines of a new object; each needs an amount, or a quantity and a price."""
    return [_new_line(store, item, f"{where}.{index}", prefix) for index, item in enumerate(items)]


def replace_lines(
    store: Store, current: Sequence[LineItem], items: Sequence[Mapping[str, Any]], where: str, prefix: str
) -> list[LineItem]:
    """PUT: a line naming an existing id replaces that line and keeps the id; others are new; the rest go."""
    known = {line.id for line in current}
    lines: list[LineItem] = []
    for index, item in enumerate(items):
        place = f"{where}.{index}"
        line_id = _line_id(item, known, {line.id for line in lines}, place)
        line = _new_line(store, item, place, prefix)
        if line_id is not None:
            line.id = line_id
        lines.append(line)
    return lines


def patch_lines(
    store: Store, current: Sequence[LineItem], items: Sequence[Mapping[str, Any]], where: str, prefix: str
) -> list[LineItem]:
    """PATCH: a line naming an id changes only the fields sent; a line without one is added; the rest stay."""
    by_id = {line.id: line for line in current}
    changed: dict[str, LineItem] = {}
    added: list[LineItem] = []
    for index, item in enumerate(items):
        place = f"{where}.{index}"
        line_id = _line_id(item, set(by_id), set(changed), place)
        if line_id is None:
            added.append(_new_line(store, item, place, prefix))
        else:
            changed[line_id] = _patched_line(by_id[line_id], item, place)
    return [changed.get(line.id, line) for line in current] + added


def _line_id(item: Mapping[str, Any], known: set[str], used: set[str], place: str) -> str | None:
    line_id = item.get("id")
    if line_id is None:
        return None
    if line_id not in known:
        raise business_error(f"{place}.id", line_id, "Name a line of this object, or leave the id out to add a line.")
    if line_id in used:
        raise business_error(f"{place}.id", line_id, "Each line may appear only once.")
    return str(line_id)


def _new_line(store: Store, item: Mapping[str, Any], place: str, prefix: str) -> LineItem:
    quantity, price = item.get("quantity"), item.get("price")
    return LineItem(
        id=store.ids.object_id(prefix),
        amount=_line_amount(item.get("amount"), quantity, price, place),
        quantity=quantity,
        price=price,
        description=item.get("description"),
        classifications=item.get("classifications"),
    )


def _patched_line(line: LineItem, item: Mapping[str, Any], place: str) -> LineItem:
    quantity = item.get("quantity", line.quantity)
    price = item.get("price", line.price)
    if "amount" in item:
        amount = money(item["amount"])
    elif ("quantity" in item or "price" in item) and quantity is not None and price is not None:
        amount = _line_amount(None, quantity, price, place)
    else:
        amount = line.amount
    return LineItem(
        id=line.id,
        amount=amount,
        quantity=quantity,
        price=price,
        description=item.get("description", line.description),
        classifications=item.get("classifications", line.classifications),
    )


def _line_amount(amount: Any, quantity: Any, price: Any, place: str) -> Decimal:
    if amount is not None:
        return money(amount)
    if quantity is not None and price is not None:
        return money(Decimal(str(quantity)) * Decimal(str(price)))
    raise missing_field(f"{place}.amount")


def line_items_wire(lines: Sequence[LineItem]) -> list[dict[str, Any]]:
    wire = []
    for line in lines:
        entry: dict[str, Any] = {"id": line.id, "amount": money_wire(line.amount)}
        for key, value in (
            ("quantity", line.quantity),
            ("price", line.price),
            ("description", line.description),
            ("classifications", line.classifications),
        ):
            if value is not None:
                entry[key] = value
        wire.append(entry)
    return wire


# audit trail


def record_audit(
    store: Store,
    vendor_id: str,
    now: datetime,
    user_id: str | None,
    kind: AuditType,
    changes: Sequence[tuple[str, str | None, str | None]] = (),
) -> None:
    """A Create entry, or one Edit entry per changed field (name, previous, current)."""
    trail = ap_tables(store).vendor_audit.setdefault(vendor_id, [])
    if kind == "Create":
        trail.append(AuditEntry("Create", now, user_id))
    for name, previous, current in changes:
        trail.append(AuditEntry("Edit", now, user_id, name, previous, current))


def audit_value(value: Any) -> str | None:
    """A field's value as the audit trail shows it: text as is, anything else as JSON."""
    if value is None:
        return None
    return value if isinstance(value, str) else json.dumps(value, sort_keys=True)
