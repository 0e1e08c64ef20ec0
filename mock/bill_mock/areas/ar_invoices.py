"""Invoices: create, read, replace, update, archive, email, payment links and payments recorded after the fact."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from bill_mock import errors, render
from bill_mock.areas.ar import (
    ARCHIVED_FIELD,
    CUSTOMER_ID_FIELD,
    ID_FIELD,
    PREFIX_INVOICE,
    PREFIX_INVOICE_LINE,
    PREFIX_RECEIVED_PAYMENT,
    TEXT,
    TIME_FIELDS,
    ZERO,
    Application,
    ArTables,
    CreditMemo,
    Customer,
    Invoice,
    Line,
    ReceivedPayment,
    SentInvoiceEmail,
    applications,
    ar_tables,
    body_date,
    cents,
    changed_lines,
    credit_memo_line_amounts,
    customer_in_body,
    date_field,
    decimal,
    invoice_payment_wire,
    line_wire,
    money_wire,
    new_lines,
    of_organization,
    receive_payment,
    refused,
    require_invoice,
    set_archived,
    timestamps,
    today,
)
from bill_mock.areas.ar_customers import add_customer
from bill_mock.errors import shown_value
from bill_mock.handlers import Call, Reply, handles
from bill_mock.rules.listing import Field, Listing
from bill_mock.state import Store
from bill_mock.webhooks import emit

__all__ = ["invoice_wire"]

HEADER_FIELDS = ("payToChartOfAccountId", "classifications", "salesTaxItemId")
"""Optional invoice fields kept as sent, in the order BILL sends them."""
LINE_NUMBERS = ("quantity", "price")
PAYMENT_LINK_BASE = "https://pay.bill-mock.invalid/invoices"
"""The mock's payment links point nowhere real (.invalid is reserved for that)."""

INVOICES: Listing[Invoice] = Listing(
    "invoices",
    {
        "id": ID_FIELD,
        "archived": ARCHIVED_FIELD,
        "customerId": CUSTOMER_ID_FIELD,
        "invoiceNumber": Field(lambda invoice: invoice.invoice_number, operators=TEXT, sortable=True),
        "invoiceDate": date_field(lambda invoice: invoice.invoice_date),
        "dueDate": date_field(lambda invoice: invoice.due_date),
        "status": Field(lambda invoice: invoice.status),
        "paymentStatus": Field(lambda invoice: invoice.status),
        **TIME_FIELDS,
    },
)


@dataclass(frozen=True, slots=True)
class _NewCustomer:
    """A customer an invoice names by name and email; it is created only once the whole request is accepted."""

    name: str
    email: str


# rules


def _customer_ref(store: Store, organization_id: str, ref: Mapping[str, Any]) -> Customer | _NewCustomer:
    """`customer` is {id} for an existing customer or {name, email} for a new one, never both."""
    if "id" in ref:
        if "name" in ref or "email" in ref:
            raise refused("customer: send either id, or name and email to create a customer; not both.")
        return customer_in_body(store, organization_id, str(ref["id"]), "customer.id")
    for key in ("name", "email"):
        if key not in ref:
            raise errors.missing_field(f"customer.{key}")
    return _NewCustomer(str(ref["name"]), str(ref["email"]))


def _resolved(store: Store, now: datetime, organization_id: str, choice: Customer | _NewCustomer) -> Customer:
    if isinstance(choice, Customer):
        return choice
    return add_customer(store, now, organization_id, {"name": choice.name, "email": choice.email})


def _check_number(tables: ArTables, organization_id: str, number: str | None, invoice_id: str | None = None) -> None:
    """Invoice numbers are unique within an organization, archived invoices included."""
    if number is None:
        return
    for other in of_organization(tables.invoices.values(), organization_id):
        if other.invoice_number == number and other.id != invoice_id:
            raise refused(
                f"Invalid field,value: invoiceNumber, {shown_value('invoiceNumber', number)}: invoice {other.id} "
                "already has that number; choose another one or leave invoiceNumber out to get the next free number."
            )


def _next_number(tables: ArTables, organization_id: str) -> str:
    """The smallest free number after the organization's invoice count, as BILL numbers invoices in sequence."""
    taken = {invoice.invoice_number for invoice in of_organization(tables.invoices.values(), organization_id)}
    number = len(taken) + 1
    while str(number) in taken:
        number += 1
    return str(number)


def _check_customer_change(invoice: Invoice, choice: Customer | _NewCustomer) -> None:
    if invoice.settled_amount > ZERO and not (isinstance(choice, Customer) and choice.id == invoice.customer_id):
        raise refused(
            f"Invoice {invoice.id} has payments or credits applied, so it keeps customer {invoice.customer_id}; "
            "create a new invoice for the other customer instead."
        )


def _check_total(invoice: Invoice, lines: Sequence[Line]) -> None:
    total = sum(credit_memo_line_amounts(lines), ZERO)
    if total < invoice.settled_amount:
        raise refused(
            f"The invoice's lines would total {total}, less than the {cents(invoice.settled_amount)} already paid or "
            "credited on it; keep the total at least that."
        )


def _credit_plan(
    tables: ArTables, choice: Customer | _NewCustomer, amount: Decimal, total: Decimal
) -> list[tuple[CreditMemo, Decimal]]:
    """Which of the customer's credit memos cover `creditAmount`: the oldest first, archived ones never."""
    if amount <= ZERO:
        return []
    if amount > total:
        raise refused(f"creditAmount {amount} is more than the invoice's total {total}; credit at most the total.")
    memos = []
    if isinstance(choice, Customer):
        memos = sorted(
            (
                memo
                for memo in tables.credit_memos.values()
                if memo.customer_id == choice.id and not memo.archived and memo.remaining_amount > ZERO
            ),
            key=lambda memo: (memo.credit_date, memo.created),
        )
    available = sum((memo.remaining_amount for memo in memos), ZERO)
    if amount > available:
        raise refused(
            f"The customer's credit memos have {available} left to use; send a creditAmount of at most that, "
            "or create a credit memo first."
        )
    plan, left = [], amount
    for memo in memos:
        used = min(memo.remaining_amount, left)
        plan.append((memo, used))
        left -= used
        if left <= ZERO:
            break
    return plan


def create_invoice(store: Store, now: datetime, organization_id: str, user_id: str, body: Mapping[str, Any]) -> Invoice:
    tables = ar_tables(store)
    choice = _customer_ref(store, organization_id, body["customer"])
    number = body.get("invoiceNumber")
    _check_number(tables, organization_id, number)
    day = today(now)
    invoice = Invoice(
        id=store.ids.object_id(PREFIX_INVOICE),
        organization_id=organization_id,
        customer_id="",
        invoice_number="",
        invoice_date=body_date(body, "invoiceDate", day),
        due_date=body_date(body, "dueDate", day),
        lines=new_lines(store, body["invoiceLineItems"], PREFIX_INVOICE_LINE),
        created=now,
        updated=now,
        details={key: body[key] for key in HEADER_FIELDS if key in body},
    )
    credit_plan = _credit_plan(tables, choice, cents(decimal(body.get("creditAmount", 0))), invoice.total_amount)
    # Everything is checked: from here on the request succeeds.
    customer = _resolved(store, now, organization_id, choice)
    invoice.customer_id = customer.id
    invoice.invoice_number = number if number is not None else _next_number(tables, organization_id)
    tables.invoices[invoice.id] = invoice
    for memo, amount in credit_plan:
        application = Application(memo.id, invoice.id, amount, day)
        memo.usage.append(application)
        memo.updated = now
        invoice.credits.append(application)
    if body.get("processingOptions", {}).get("sendEmail"):
        tables.sent_emails.append(SentInvoiceEmail(invoice.id, user_id, (customer.email,), now))
    return invoice


def replace_invoice(store: Store, now: datetime, invoice: Invoice, body: Mapping[str, Any]) -> None:
    """PUT: lines as sent; optional fields left out are cleared, but the number and dates stay."""
    choice = _customer_ref(store, invoice.organization_id, body["customer"])
    _check_customer_change(invoice, choice)
    _check_number(ar_tables(store), invoice.organization_id, body.get("invoiceNumber"), invoice.id)
    header = _Header.of(invoice, body)
    lines = changed_lines(
        store,
        invoice.lines,
        body["invoiceLineItems"],
        field_name="invoiceLineItems",
        replace=True,
        needs=("quantity",),
        prefix=PREFIX_INVOICE_LINE,
    )
    _check_total(invoice, lines)
    invoice.customer_id = _resolved(store, now, invoice.organization_id, choice).id
    header.apply(invoice)
    invoice.lines = lines
    invoice.details = {key: body[key] for key in HEADER_FIELDS if key in body}
    invoice.updated = now


def update_invoice(store: Store, now: datetime, invoice: Invoice, body: Mapping[str, Any]) -> None:
    """PATCH: only the fields and lines sent change."""
    choice = _customer_ref(store, invoice.organization_id, body["customer"]) if "customer" in body else None
    if choice is not None:
        _check_customer_change(invoice, choice)
    _check_number(ar_tables(store), invoice.organization_id, body.get("invoiceNumber"), invoice.id)
    header = _Header.of(invoice, body)
    lines = invoice.lines
    if "invoiceLineItems" in body:
        lines = changed_lines(
            store,
            lines,
            body["invoiceLineItems"],
            field_name="invoiceLineItems",
            replace=False,
            needs=("quantity",),
            prefix=PREFIX_INVOICE_LINE,
        )
    _check_total(invoice, lines)
    if choice is not None:
        invoice.customer_id = _resolved(store, now, invoice.organization_id, choice).id
    header.apply(invoice)
    invoice.lines = lines
    invoice.details.update({key: body[key] for key in HEADER_FIELDS if key in body})
    invoice.details = {key: invoice.details[key] for key in HEADER_FIELDS if key in invoice.details}
    invoice.updated = now


@dataclass(frozen=True, slots=True)
class _Header:
    """An invoice's number and dates after a PUT or PATCH: what is sent, else what the invoice has."""

    number: str
    invoice_date: date
    due_date: date

    @classmethod
    def of(cls, invoice: Invoice, body: Mapping[str, Any]) -> _Header:
        return cls(
            str(body.get("invoiceNumber", invoice.invoice_number)),
            body_date(body, "invoiceDate", invoice.invoice_date),
            body_date(body, "dueDate", invoice.due_date),
        )

    def apply(self, invoice: Invoice) -> None:
        invoice.invoice_number, invoice.invoice_date, invoice.due_date = self.number, self.invoice_date, self.due_date


def _active(invoice: Invoice, doing: str) -> Invoice:
    if invoice.archived:
        raise refused(f"Invoice {invoice.id} is archived; restore it before {doing}.")
    return invoice


def send_invoice(store: Store, now: datetime, invoice: Invoice, body: Mapping[str, Any]) -> SentInvoiceEmail:
    """Emails the invoice; replies go to `replyTo.userId`, which must be a user of the organization."""
    _active(invoice, "emailing it")
    user_id = str(body["replyTo"]["userId"])
    user = store.users.get(user_id)
    if user is None or user.organization_id != invoice.organization_id:
        raise errors.invalid_field("replyTo.userId", user_id)
    sent = SentInvoiceEmail(invoice.id, user_id, tuple(str(address) for address in body["recipient"]["to"]), now)
    ar_tables(store).sent_emails.append(sent)
    return sent


def payment_link(invoice: Invoice, body: Mapping[str, Any]) -> str:
    """A link for the invoice's own customer; the same invoice and email always give the same link."""
    _active(invoice, "asking for a payment link")
    if body["customerId"] != invoice.customer_id:
        raise refused(
            f"Invalid field,value: customerId, {shown_value('customerId', body['customerId'])}: invoice "
            f"{invoice.id} belongs to customer {invoice.customer_id}; send that customer's id."
        )
    token = hashlib.sha256(f"{invoice.id}\x1f{body['email']}".encode()).hexdigest()[:32]
    return f"{PAYMENT_LINK_BASE}/{invoice.id}/{token}"


def record_payment(store: Store, now: datetime, organization_id: str, body: Mapping[str, Any]) -> ReceivedPayment:
    """A payment received outside BILL, applied to invoices of one customer; the rest becomes its balance."""
    customer_id = body.get("customerId")
    if customer_id is not None:
        customer = ar_tables(store).customers.get(customer_id)
        if customer is None or customer.organization_id != organization_id:
            raise errors.invalid_field("customerId", customer_id)
    owner, planned = applications(
        store, organization_id, body["invoices"], field_name="invoices", id_key="id", customer_id=customer_id
    )
    amount = cents(decimal(body["amount"]))
    applied = sum((part for _, part in planned), ZERO)
    if applied > amount:
        raise refused(
            f"The invoices get {applied} in all, more than the payment's amount {amount}; "
            "raise amount or apply less to the invoices."
        )
    payment = ReceivedPayment(
        id=store.ids.object_id(PREFIX_RECEIVED_PAYMENT),
        organization_id=organization_id,
        customer_id=owner,
        amount=amount,
        payment_date=body_date(body, "paymentDate"),
        applications=[],
        created=now,
        updated=now,
        online=False,
        unapplied=amount - applied,
        payment_type=str(body["paymentType"]),
        description=body.get("description"),
    )
    return receive_payment(store, now, payment, planned)


# wire form


def invoice_wire(invoice: Invoice) -> dict[str, Any]:
    wire: dict[str, Any] = {
        "id": invoice.id,
        "archived": invoice.archived,
        "invoiceNumber": invoice.invoice_number,
        "invoiceDate": invoice.invoice_date.isoformat(),
        "dueDate": invoice.due_date.isoformat(),
        "customerId": invoice.customer_id,
        "totalAmount": money_wire(invoice.total_amount),
        "dueAmount": money_wire(invoice.due_amount),
        "scheduledAmount": 0.0,
        "creditAmount": money_wire(invoice.credit_amount),
        "status": invoice.status,
        "invoiceLineItems": [
            line_wire(line, amount, LINE_NUMBERS)
            for line, amount in zip(invoice.lines, credit_memo_line_amounts(invoice.lines), strict=True)
        ],
        **invoice.details,
    }
    if invoice.payments:
        wire["payments"] = [invoice_payment_wire(payment) for payment in invoice.payments]
    return {**wire, **timestamps(invoice.created, invoice.updated)}


def ar_payment_wire(tables: ArTables, payment: ReceivedPayment) -> dict[str, Any]:
    """The answer to recordInvoicePayment: the payment and, for each invoice it paid, that invoice's payments."""
    wire: dict[str, Any] = {
        "id": payment.id,
        "customerId": payment.customer_id,
        "paymentType": payment.payment_type,
        "paymentDate": payment.payment_date.isoformat(),
        "amount": money_wire(payment.amount),
        "unappliedAmount": money_wire(payment.unapplied),
        "status": payment.status,
    }
    if payment.description is not None:
        wire["description"] = payment.description
    invoices = [tables.invoices[application.invoice_id] for application in payment.applications]
    wire["invoices"] = [
        {"id": invoice.id, "payments": [invoice_payment_wire(paid) for paid in invoice.payments]}
        for invoice in invoices
    ]
    return wire


# handlers


def _invoice(call: Call) -> Invoice:
    return require_invoice(call.store, call.organization_id, call.path("invoiceId"))


@handles("createInvoice")
def _create_invoice(call: Call) -> Reply:
    invoice = create_invoice(call.store, call.now, call.organization_id, call.who.user_id, call.body)
    emit(call.store, call.organization_id, "invoice.created", invoice_wire(invoice), call.now)
    return Reply(201, invoice_wire(invoice))


@handles("listInvoices")
def _list_invoices(call: Call) -> Reply:
    invoices = of_organization(ar_tables(call.store).invoices.values(), call.organization_id)
    listed = INVOICES.page(invoices, call.list_query())
    return Reply(body=render.page([invoice_wire(invoice) for invoice in listed.results], listed))


@handles("getInvoice")
def _get_invoice(call: Call) -> Reply:
    return Reply(body=invoice_wire(_invoice(call)))


@handles("replaceInvoice")
def _replace_invoice(call: Call) -> Reply:
    invoice = _invoice(call)
    replace_invoice(call.store, call.now, invoice, call.body)
    emit(call.store, call.organization_id, "invoice.updated", invoice_wire(invoice), call.now)
    return Reply(body=invoice_wire(invoice))


@handles("updateInvoice")
def _update_invoice(call: Call) -> Reply:
    invoice = _invoice(call)
    update_invoice(call.store, call.now, invoice, call.body)
    emit(call.store, call.organization_id, "invoice.updated", invoice_wire(invoice), call.now)
    return Reply(body=invoice_wire(invoice))


@handles("archiveInvoice")
def _archive_invoice(call: Call) -> Reply:
    invoice = _invoice(call)
    set_archived(invoice, call.now, archived=True)
    emit(call.store, call.organization_id, "invoice.archived", invoice_wire(invoice), call.now)
    return Reply(body=invoice_wire(invoice))


@handles("restoreInvoice")
def _restore_invoice(call: Call) -> Reply:
    invoice = _invoice(call)
    set_archived(invoice, call.now, archived=False)
    emit(call.store, call.organization_id, "invoice.restored", invoice_wire(invoice), call.now)
    return Reply(body=invoice_wire(invoice))


@handles("sendInvoice")
def _send_invoice(call: Call) -> Reply:
    send_invoice(call.store, call.now, _invoice(call), call.body)
    return Reply()


@handles("getInvoicePaymentLink")
def _get_payment_link(call: Call) -> Reply:
    return Reply(body={"paymentLink": payment_link(_invoice(call), call.body)})


@handles("recordInvoicePayment")
def _record_payment(call: Call) -> Reply:
    payment = record_payment(call.store, call.now, call.organization_id, call.body)
    return Reply(body=ar_payment_wire(ar_tables(call.store), payment))
