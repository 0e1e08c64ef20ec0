"""Accounts receivable: the records, tables and shared rules of customers, invoices, credit memos, recurring
invoices and received payments. The handlers live beside it, one module per BILL object (ar_customers.py,
ar_invoices.py, ar_credit_memos.py, ar_recurring_invoices.py, ar_receivable_payments.py).

For other areas (attachments, network, ...), this module exposes:
- `ar_tables(store)`: this area's `ArTables`, dicts of records by id;
- `Customer` and `Invoice`: the records, each with its `organization_id`;
- `require_customer(store, organization_id, customer_id)` and `require_invoice(store, organization_id,
  invoice_id)`: the record, or BILL's 404 BDC_1205 when the id is unknown or belongs to another organization.
- `customer_in_body(store, organization_id, customer_id, field_name)` and `ensure_active(customer)`: a customer
  named in a request body (400 BDC_1119 when it is not the organization's, 400 when it is archived);
  `ar_customers.add_customer(store, now, organization_id, fields)` creates one from createCustomer's fields.

Money is kept as `Decimal` and sent as a JSON number; amounts are rounded to cents, half up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Context, Decimal
from typing import Any, Protocol, TypeVar

from bill_mock import errors
from bill_mock.clock import format_timestamp
from bill_mock.errors import BillError, shown_value
from bill_mock.rules.listing import EQUALITY, ORDERING, Field
from bill_mock.state import Store

__all__ = [
    "PREFIX_CUSTOMER",
    "PREFIX_INVOICE",
    "ZERO",
    "ArTables",
    "CreditMemo",
    "Customer",
    "CustomerBankAccount",
    "Invoice",
    "Line",
    "ReceivedPayment",
    "RecurringInvoice",
    "ar_tables",
    "require_customer",
    "require_invoice",
]

PREFIX_CUSTOMER = "0cu"
PREFIX_INVOICE = "00e"
PREFIX_CREDIT_MEMO = "ccr"
PREFIX_RECEIVED_PAYMENT = "0rp"
PREFIX_CUSTOMER_BANK_ACCOUNT = "cba"
"""BILL's v2 prefix for customer bank accounts; v3 documents none."""
PREFIX_RECURRING_INVOICE = "rit"
"""BILL's v2 prefix for recurring invoices (v2 reads the same records); v3 documents none."""
PREFIX_LINE = "0li"
"""Line ids of credit memos; BILL documents no prefix."""
PREFIX_INVOICE_LINE = "00f"
"""BILL's v2 prefix for invoice lines (InvoiceLineItem)."""
PREFIX_RECURRING_INVOICE_LINE = "ril"
"""BILL's v2 prefix for recurring invoice lines (RecurringInvoiceLineItem)."""

ZERO = Decimal(0)
CENT = Decimal("0.01")
_EXACT = Context(prec=60)
"""Wide enough that no product of the spec's bounded quantities and prices is ever rounded before cents."""


# records


@dataclass(slots=True)
class Line:
    """One line of an invoice, credit memo or recurring invoice: its id and its fields as the API takes them."""

    id: str
    fields: dict[str, Any]


@dataclass(slots=True)
class Customer:
    id: str
    organization_id: str
    name: str
    email: str
    created: datetime
    updated: datetime
    details: dict[str, Any] = field(default_factory=dict)
    """The optional fields as accepted (companyName, contact, billingAddress, accountType, ...)."""
    archived: bool = False
    authorized_to_charge: bool = False
    balance: Decimal = ZERO
    """Overpayments no invoice has used: BILL keeps them as the customer's balance."""


@dataclass(slots=True)
class CustomerBankAccount:
    id: str
    organization_id: str
    customer_id: str
    name_on_account: str
    routing_number: str
    account_number: str
    type: str
    owner_type: str
    created: datetime
    updated: datetime
    nickname: str | None = None
    archived: bool = False


@dataclass(frozen=True, slots=True)
class Application:
    """Part of a payment or a credit memo used by one invoice."""

    source_id: str
    """The received payment (`0rp`) or credit memo (`ccr`)."""
    invoice_id: str
    amount: Decimal
    day: date


@dataclass(slots=True)
class Invoice:
    id: str
    organization_id: str
    customer_id: str
    invoice_number: str
    invoice_date: date
    due_date: date
    lines: list[Line]
    created: datetime
    updated: datetime
    details: dict[str, Any] = field(default_factory=dict)
    """Optional header fields as accepted: payToChartOfAccountId, classifications, salesTaxItemId."""
    archived: bool = False
    payments: list[Application] = field(default_factory=list)
    credits: list[Application] = field(default_factory=list)

    @property
    def total_amount(self) -> Decimal:
        return sum(credit_memo_line_amounts(self.lines), ZERO)

    @property
    def paid_amount(self) -> Decimal:
        return sum((payment.amount for payment in self.payments), ZERO)

    @property
    def credit_amount(self) -> Decimal:
        return sum((credit.amount for credit in self.credits), ZERO)

    @property
    def settled_amount(self) -> Decimal:
        """What payments and credits together have covered."""
        return self.paid_amount + self.credit_amount

    @property
    def due_amount(self) -> Decimal:
        return self.total_amount - self.settled_amount

    @property
    def status(self) -> str:
        """OPEN until something is paid or credited, PARTIAL_PAYMENT while money is still due, then PAID_IN_FULL."""
        if self.settled_amount <= ZERO:
            return "OPEN"
        return "PAID_IN_FULL" if self.due_amount <= ZERO else "PARTIAL_PAYMENT"


@dataclass(slots=True)
class CreditMemo:
    id: str
    organization_id: str
    customer_id: str
    reference_number: str
    credit_date: date
    lines: list[Line]
    created: datetime
    updated: datetime
    details: dict[str, Any] = field(default_factory=dict)
    """Optional fields as accepted: description, payTo..., salesTaxItemId, classifications."""
    archived: bool = False
    usage: list[Application] = field(default_factory=list)

    @property
    def amount(self) -> Decimal:
        return sum(credit_memo_line_amounts(self.lines), ZERO)

    @property
    def applied_amount(self) -> Decimal:
        return sum((used.amount for used in self.usage), ZERO)

    @property
    def remaining_amount(self) -> Decimal:
        return self.amount - self.applied_amount

    @property
    def status(self) -> str:
        if self.applied_amount <= ZERO:
            return "NOT_APPLIED"
        return "FULLY_APPLIED" if self.remaining_amount <= ZERO else "PARTIALLY_APPLIED"


@dataclass(slots=True)
class RecurringInvoice:
    id: str
    organization_id: str
    customer_id: str
    schedule: dict[str, Any]
    lines: list[Line]
    created: datetime
    updated: datetime
    details: dict[str, Any] = field(default_factory=dict)
    """Optional fields as accepted: description, sendEmail, classifications."""
    archived: bool = False


@dataclass(slots=True)
class ReceivedPayment:
    """Money a customer paid: a charge of its bank account, or a payment recorded after the fact."""

    id: str
    organization_id: str
    customer_id: str
    amount: Decimal
    payment_date: date
    applications: list[Application]
    created: datetime
    updated: datetime
    online: bool
    unapplied: Decimal = ZERO
    payment_type: str | None = None
    description: str | None = None
    funding_account_id: str | None = None
    status: str = "PAID"


@dataclass(frozen=True, slots=True)
class SentInvoiceEmail:
    """One invoice email the mock would have sent; tests and the limits area read these."""

    invoice_id: str
    reply_to_user_id: str
    to: tuple[str, ...]
    at: datetime


@dataclass
class ArTables:
    customers: dict[str, Customer] = field(default_factory=dict)
    bank_accounts: dict[str, CustomerBankAccount] = field(default_factory=dict)
    invoices: dict[str, Invoice] = field(default_factory=dict)
    credit_memos: dict[str, CreditMemo] = field(default_factory=dict)
    recurring_invoices: dict[str, RecurringInvoice] = field(default_factory=dict)
    received_payments: dict[str, ReceivedPayment] = field(default_factory=dict)
    sent_emails: list[SentInvoiceEmail] = field(default_factory=list)


def ar_tables(store: Store) -> ArTables:
    return store.area(ArTables)


# lookups: a path id of another organization is simply not found


class _Owned(Protocol):
    @property
    def organization_id(self) -> str: ...


OwnedT = TypeVar("OwnedT", bound=_Owned)


def owned(table: Mapping[str, OwnedT], organization_id: str, object_id: str, what: str) -> OwnedT:
    record = table.get(object_id)
    if record is None or record.organization_id != organization_id:
        raise errors.not_found(what, object_id)
    return record


def require_customer(store: Store, organization_id: str, customer_id: str) -> Customer:
    return owned(ar_tables(store).customers, organization_id, customer_id, "customer")


def require_invoice(store: Store, organization_id: str, invoice_id: str) -> Invoice:
    return owned(ar_tables(store).invoices, organization_id, invoice_id, "invoice")


def of_organization(records: Iterable[OwnedT], organization_id: str) -> list[OwnedT]:
    return [record for record in records if record.organization_id == organization_id]


def refused(message: str, code: str = "BDC_1119") -> BillError:
    """A request BILL's rules refuse although every field is well formed; the message says what to do."""
    return BillError(400, code, message)


def customer_in_body(store: Store, organization_id: str, customer_id: str, field_name: str) -> Customer:
    """A customer named inside a request body: an unknown id is a bad value, an archived customer takes nothing new."""
    customer = ar_tables(store).customers.get(customer_id)
    if customer is None or customer.organization_id != organization_id:
        raise errors.invalid_field(field_name, customer_id)
    return ensure_active(customer)


def ensure_active(customer: Customer) -> Customer:
    if customer.archived:
        raise refused(
            f"Customer {customer.id} is archived; restore it with POST /v3/customers/{customer.id}/restore "
            "before giving it new invoices, credits, bank accounts or charges."
        )
    return customer


# archive and restore


class _Archivable(Protocol):
    archived: bool
    updated: datetime


def set_archived(record: _Archivable, now: datetime, archived: bool) -> None:
    """Archives or restores; repeating either leaves the record, and its updatedTime, as it is."""
    if record.archived != archived:
        record.archived = archived
        record.updated = now


# money and dates


def decimal(value: Any) -> Decimal:
    """A JSON number as an exact decimal (floats through their shortest repr, so 0.1 stays 0.1)."""
    return Decimal(str(value))


def cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP, context=_EXACT)


def money_wire(value: Decimal) -> float:
    return float(cents(value))


def number_wire(value: Any) -> float:
    return float(decimal(value))


def today(now: datetime) -> date:
    return now.astimezone(UTC).date()


def body_date(body: Mapping[str, Any], key: str, default: date | None = None, *, where: str = "") -> date:
    """A `format: date` field, or `default` when it is left out; a date the spec's format allows but no calendar
    has (year 0) is a bad value."""
    if key not in body:
        if default is None:
            raise errors.missing_field(f"{where}{key}")
        return default
    try:
        return date.fromisoformat(body[key])
    except ValueError:
        raise errors.invalid_field(f"{where}{key}", body[key]) from None


def midnight(day: date) -> datetime:
    """A date as the instant lists compare it at, so date filters take BILL's date and timestamp forms alike."""
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def business_days_between(start: date, end: date) -> int:
    """Weekdays after `start` up to and including `end`."""
    count, day = 0, start
    while day < end:
        day += timedelta(days=1)
        count += day.weekday() < 5
    return count


# lines


def invoice_line_amount(line: Line) -> Decimal:
    """Quantity times price, rounded to cents; a line without a price is worth nothing."""
    return cents(decimal(line.fields.get("quantity", 1)) * decimal(line.fields.get("price", 0)))


def credit_memo_line_amounts(lines: Sequence[Line]) -> list[Decimal]:
    """A priced line is quantity (default 1) times price; a `ratePercent` line is that share of the lines above it.

    Invoices total their lines this way too: v3 sends no rate lines, v2 may (InvoiceLineItem.ratePercent).
    """
    amounts: list[Decimal] = []
    subtotal = ZERO
    for line in lines:
        if "ratePercent" in line.fields:
            amount = cents(subtotal * decimal(line.fields["ratePercent"]) / 100)
        else:
            amount = invoice_line_amount(line)
        amounts.append(amount)
        subtotal += amount
    return amounts


def new_lines(store: Store, items: Iterable[Mapping[str, Any]], prefix: str = PREFIX_LINE) -> list[Line]:
    return [Line(store.ids.object_id(prefix), dict(item)) for item in items]


def changed_lines(
    store: Store,
    current: Sequence[Line],
    changes: Sequence[Mapping[str, Any]],
    *,
    field_name: str,
    replace: bool,
    needs: tuple[str, ...] = (),
    prefix: str = PREFIX_LINE,
) -> list[Line]:
    """The lines after a PUT (`replace`: the lines sent, the rest removed) or a PATCH (the lines sent changed or
    added, the rest kept). A line with an `id` must be one of `current`; a new line needs the `needs` fields.
    Nothing in `current` is modified, so a refused request leaves the record as it was.
    """
    known = {line.id for line in current}
    result = [] if replace else [Line(line.id, dict(line.fields)) for line in current]
    by_id = {line.id: line for line in result}
    seen: set[str] = set()
    for index, change in enumerate(changes):
        fields = {key: value for key, value in change.items() if key != "id"}
        line_id = change.get("id")
        if line_id is None:
            for name in needs:
                if name not in fields:
                    raise errors.missing_field(f"{field_name}.{index}.{name}")
            result.append(Line(store.ids.object_id(prefix), fields))
            continue
        if line_id not in known:
            raise errors.invalid_field(f"{field_name}.{index}.id", line_id)
        if line_id in seen:
            raise refused(f"Line {shown_value('id', line_id)} appears twice in {field_name}; send each line once.")
        seen.add(line_id)
        if replace:
            result.append(Line(line_id, fields))
        else:
            by_id[line_id].fields.update(fields)
    return result


def line_wire(line: Line, amount: Decimal, numbers: tuple[str, ...]) -> dict[str, Any]:
    """A line as BILL sends it: its id, its fields with numbers as numbers, and its amount."""
    wire: dict[str, Any] = {"id": line.id}
    for key, value in line.fields.items():
        wire[key] = number_wire(value) if key in numbers else value
    wire["amount"] = money_wire(amount)
    return wire


def timestamps(created: datetime, updated: datetime) -> dict[str, str]:
    return {"createdTime": format_timestamp(created), "updatedTime": format_timestamp(updated)}


# payments applied to invoices


def applications(
    store: Store,
    organization_id: str,
    entries: Sequence[Mapping[str, Any]],
    *,
    field_name: str,
    id_key: str,
    customer_id: str | None,
) -> tuple[str, list[tuple[Invoice, Decimal]]]:
    """Checks the invoices one payment pays: all of one customer, each active and owed at least what it gets.

    Returns the customer and each invoice with its amount in cents; raises before anything changes.
    """
    tables = ar_tables(store)
    planned: list[tuple[Invoice, Decimal]] = []
    for index, entry in enumerate(entries):
        where = f"{field_name}.{index}"
        invoice = tables.invoices.get(entry[id_key])
        if invoice is None or invoice.organization_id != organization_id:
            raise errors.invalid_field(f"{where}.{id_key}", entry[id_key])
        if any(invoice is earlier for earlier, _ in planned):
            raise refused(f"Invoice {invoice.id} appears twice in {field_name}; send each invoice once.")
        if invoice.archived:
            raise refused(f"Invoice {invoice.id} is archived; restore it before applying a payment to it.")
        owner = customer_id or (planned[0][0] if planned else invoice).customer_id
        if invoice.customer_id != owner:
            raise refused(
                f"Invoice {invoice.id} belongs to another customer; one payment pays the invoices of one customer."
            )
        amount = cents(decimal(entry["amount"]))
        if amount > invoice.due_amount:
            raise refused(
                f"Invoice {invoice.id} still owes {cents(invoice.due_amount)}; "
                f"apply at most that to it ({where}.amount)."
            )
        planned.append((invoice, amount))
    return customer_id or planned[0][0].customer_id, planned


def receive_payment(
    store: Store,
    now: datetime,
    payment: ReceivedPayment,
    planned: Sequence[tuple[Invoice, Decimal]],
) -> ReceivedPayment:
    """Stores the payment and applies it: each invoice's dueAmount falls, the remainder joins the customer's balance."""
    tables = ar_tables(store)
    for invoice, amount in planned:
        application = Application(payment.id, invoice.id, amount, payment.payment_date)
        invoice.payments.append(application)
        payment.applications.append(application)
        invoice.updated = now
    if payment.unapplied > ZERO:
        customer = tables.customers[payment.customer_id]
        customer.balance += payment.unapplied
        customer.updated = now
    tables.received_payments[payment.id] = payment
    return payment


def invoice_payment_wire(application: Application, status: str = "PAID") -> dict[str, Any]:
    return {
        "id": application.source_id,
        "amount": money_wire(application.amount),
        "status": status,
        "date": application.day.isoformat(),
    }


# list fields every AR list shares

TIME_FIELDS: dict[str, Field[Any]] = {
    "createdTime": Field(lambda record: record.created, kind="datetime", operators=ORDERING, sortable=True),
    "updatedTime": Field(lambda record: record.updated, kind="datetime", operators=ORDERING, sortable=True),
}
ID_FIELD: Field[Any] = Field(lambda record: record.id)
ARCHIVED_FIELD: Field[Any] = Field(lambda record: record.archived, kind="boolean", operators=frozenset({"eq", "ne"}))
CUSTOMER_ID_FIELD: Field[Any] = Field(lambda record: record.customer_id, operators=frozenset({"eq", "in"}))
TEXT = EQUALITY | {"sw"}


def date_field(read: Callable[[Any], date], *, sortable: bool = True) -> Field[Any]:
    """A date-only field (dueDate, creditDate, ...) that filters with eq and the ordering operators."""
    return Field(
        lambda record: midnight(read(record)), kind="datetime", operators=ORDERING | {"eq", "ne"}, sortable=sortable
    )
