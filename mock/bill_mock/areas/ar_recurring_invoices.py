"""Recurring invoices: templates with a schedule (records and shared rules in ar.py).

The mock keeps the templates; it does not issue invoices from them as its clock moves.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from bill_mock import render
from bill_mock.areas.ar import (
    CUSTOMER_ID_FIELD,
    ID_FIELD,
    PREFIX_RECURRING_INVOICE,
    PREFIX_RECURRING_INVOICE_LINE,
    TIME_FIELDS,
    Line,
    RecurringInvoice,
    ar_tables,
    body_date,
    changed_lines,
    customer_in_body,
    decimal,
    line_wire,
    new_lines,
    of_organization,
    owned,
    refused,
    set_archived,
    timestamps,
)
from bill_mock.handlers import Call, Reply, handles
from bill_mock.rules.listing import Field, Listing
from bill_mock.state import Store

__all__ = ["recurring_invoice_wire"]

TEMPLATE_FIELDS = ("description", "sendEmail", "classifications")
"""Optional fields kept as sent."""
SCHEDULE_FIELDS = ("period", "frequency", "nextDueDate", "endDate", "daysInAdvance")
LINE_NEEDS = ("amount", "quantity")
LINE_NUMBERS = ("quantity", "price")
EQUALS = frozenset({"eq", "ne"})

RECURRING_INVOICES: Listing[RecurringInvoice] = Listing(
    "recurring-invoices",
    {
        "id": ID_FIELD,
        "archived": Field(lambda template: template.archived, kind="boolean", operators=EQUALS, sortable=True),
        "customerId": CUSTOMER_ID_FIELD,
        **TIME_FIELDS,
    },
)


# rules


def _checked_schedule(schedule: Mapping[str, Any]) -> dict[str, Any]:
    """The schedule in BILL's field order; it may not end before the next invoice is due."""
    next_due = body_date(schedule, "nextDueDate", where="schedule.")
    if "endDate" in schedule and body_date(schedule, "endDate", where="schedule.") < next_due:
        raise refused(
            f"Invalid field,value: schedule.endDate, {schedule['endDate']}: the schedule ends before its "
            f"nextDueDate {schedule['nextDueDate']}; move endDate to that day or later."
        )
    return {key: schedule[key] for key in SCHEDULE_FIELDS if key in schedule}


def _customer_id(store: Store, template: RecurringInvoice | None, organization_id: str, customer_id: str) -> str:
    if template is not None and customer_id == template.customer_id:
        return customer_id
    return customer_in_body(store, organization_id, customer_id, "customerId").id


def create_template(store: Store, now: datetime, organization_id: str, body: Mapping[str, Any]) -> RecurringInvoice:
    customer_id = _customer_id(store, None, organization_id, body["customerId"])
    schedule = _checked_schedule(body["schedule"])
    template = RecurringInvoice(
        id=store.ids.object_id(PREFIX_RECURRING_INVOICE),
        organization_id=organization_id,
        customer_id=customer_id,
        schedule=schedule,
        lines=new_lines(store, body["recurringInvoiceLineItems"], PREFIX_RECURRING_INVOICE_LINE),
        created=now,
        updated=now,
        details={key: body[key] for key in TEMPLATE_FIELDS if key in body},
    )
    ar_tables(store).recurring_invoices[template.id] = template
    return template


def replace_template(store: Store, now: datetime, template: RecurringInvoice, body: Mapping[str, Any]) -> None:
    """PUT: the template as sent; optional fields left out are cleared, lines left out removed."""
    customer_id = _customer_id(store, template, template.organization_id, body["customerId"])
    schedule = _checked_schedule(body["schedule"])
    lines = changed_lines(
        store,
        template.lines,
        body["recurringInvoiceLineItems"],
        field_name="recurringInvoiceLineItems",
        replace=True,
        needs=LINE_NEEDS,
        prefix=PREFIX_RECURRING_INVOICE_LINE,
    )
    _commit(template, now, customer_id, schedule, lines, {key: body[key] for key in TEMPLATE_FIELDS if key in body})


def update_template(store: Store, now: datetime, template: RecurringInvoice, body: Mapping[str, Any]) -> None:
    """PATCH: only what is sent changes, schedule fields one by one."""
    customer_id = _customer_id(store, template, template.organization_id, body.get("customerId", template.customer_id))
    schedule = _checked_schedule({**template.schedule, **body.get("schedule", {})})
    lines = template.lines
    if "recurringInvoiceLineItems" in body:
        lines = changed_lines(
            store,
            lines,
            body["recurringInvoiceLineItems"],
            field_name="recurringInvoiceLineItems",
            replace=False,
            needs=LINE_NEEDS,
            prefix=PREFIX_RECURRING_INVOICE_LINE,
        )
    details = {**template.details, **{key: body[key] for key in TEMPLATE_FIELDS if key in body}}
    _commit(
        template, now, customer_id, schedule, lines, {key: details[key] for key in TEMPLATE_FIELDS if key in details}
    )


def _commit(
    template: RecurringInvoice,
    now: datetime,
    customer_id: str,
    schedule: dict[str, Any],
    lines: list[Line],
    details: dict[str, Any],
) -> None:
    template.customer_id = customer_id
    template.schedule = schedule
    template.lines = lines
    template.details = details
    template.updated = now


# wire form


def recurring_invoice_wire(template: RecurringInvoice) -> dict[str, Any]:
    wire: dict[str, Any] = {"id": template.id, "customerId": template.customer_id}
    if "description" in template.details:
        wire["description"] = template.details["description"]
    wire |= {
        "archived": template.archived,
        "schedule": dict(template.schedule),
        "recurringInvoiceLineItems": [
            line_wire(line, decimal(line.fields["amount"]), LINE_NUMBERS) for line in template.lines
        ],
        **{key: value for key, value in template.details.items() if key != "description"},
    }
    return {**wire, **timestamps(template.created, template.updated)}


# handlers


def _template(call: Call) -> RecurringInvoice:
    return owned(
        ar_tables(call.store).recurring_invoices,
        call.organization_id,
        call.path("recurringInvoiceId"),
        "recurring invoice",
    )


@handles("createRecurringInvoice")
def _create(call: Call) -> Reply:
    return Reply(201, recurring_invoice_wire(create_template(call.store, call.now, call.organization_id, call.body)))


@handles("listRecurringInvoices")
def _list(call: Call) -> Reply:
    templates = of_organization(ar_tables(call.store).recurring_invoices.values(), call.organization_id)
    listed = RECURRING_INVOICES.page(templates, call.list_query())
    return Reply(body=render.page([recurring_invoice_wire(template) for template in listed.results], listed))


@handles("getRecurringInvoice")
def _get(call: Call) -> Reply:
    return Reply(body=recurring_invoice_wire(_template(call)))


@handles("replaceRecurringInvoice")
def _replace(call: Call) -> Reply:
    template = _template(call)
    replace_template(call.store, call.now, template, call.body)
    return Reply(body=recurring_invoice_wire(template))


@handles("updateRecurringInvoice")
def _update(call: Call) -> Reply:
    template = _template(call)
    update_template(call.store, call.now, template, call.body)
    return Reply(body=recurring_invoice_wire(template))


@handles("archiveRecurringInvoice")
def _archive(call: Call) -> Reply:
    template = _template(call)
    set_archived(template, call.now, archived=True)
    return Reply(body=recurring_invoice_wire(template))


@handles("restoreRecurringInvoice")
def _restore(call: Call) -> Reply:
    template = _template(call)
    set_archived(template, call.now, archived=False)
    return Reply(body=recurring_invoice_wire(template))
