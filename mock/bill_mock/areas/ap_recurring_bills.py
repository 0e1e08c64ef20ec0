"""Recurring bills (`/v3/recurringbills`): templates BILL repeats on a schedule; create, read, replace
(PUT), update (PATCH), archive and restore. The mock keeps the templates; it does not make the bills."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from bill_mock import errors, render
from bill_mock.areas.ap import (
    ARCHIVED,
    IDS,
    TIMES,
    LineItem,
    RecurringBill,
    ap_tables,
    business_error,
    line_items_wire,
    lines_total,
    mark_archived,
    new_lines,
    patch_lines,
    replace_lines,
    require_active_vendor,
)
from bill_mock.clock import format_timestamp
from bill_mock.handlers import Call, Reply, handles
from bill_mock.rules.listing import EQUALITY, Field, Listing
from bill_mock.rules.sessions import Caller
from bill_mock.state import Store

__all__ = ["PREFIX_RECURRING_BILL", "RECURRING_BILLS", "change_recurring_bill", "create_recurring_bill"]

PREFIX_RECURRING_BILL = "btp"
PREFIX_RECURRING_LINE = "rbl"
"""BILL documents no prefix for line ids; this one is the mock's own."""

_DETAILS = ("description", "processingOptions", "paymentInformation")

RECURRING_BILLS: Listing[RecurringBill] = Listing(
    "recurring-bills",
    {
        "id": IDS,
        "archived": ARCHIVED,
        "vendorId": Field(lambda template: template.vendor_id, operators=EQUALITY),
        **TIMES,
    },
)


# rules


def create_recurring_bill(store: Store, now: datetime, caller: Caller, fields: Mapping[str, Any]) -> RecurringBill:
    organization_id = _organization(caller)
    vendor = require_active_vendor(store, organization_id, str(fields["vendorId"]))
    _check_schedule(fields["schedule"])
    _check_auto_payment(caller, fields)
    template = RecurringBill(
        id=store.ids.object_id(PREFIX_RECURRING_BILL),
        organization_id=organization_id,
        vendor_id=vendor.id,
        schedule=dict(fields["schedule"]),
        line_items=new_lines(store, fields["recurringBillLineItems"], "recurringBillLineItems", PREFIX_RECURRING_LINE),
        created=now,
        updated=now,
        details={key: fields[key] for key in _DETAILS if key in fields},
    )
    lines_total(template.line_items, "recurringBillLineItems")
    ap_tables(store).recurring_bills[template.id] = template
    return template


def change_recurring_bill(
    store: Store, now: datetime, caller: Caller, template_id: str, fields: Mapping[str, Any], *, replace: bool
) -> RecurringBill:
    """PUT (`replace`) sends the whole template; PATCH changes only what it names. Checked in full, then applied."""
    organization_id = _organization(caller)
    template = _require(store, organization_id, template_id)
    vendor_id = str(fields.get("vendorId", template.vendor_id))
    if vendor_id != template.vendor_id:
        require_active_vendor(store, organization_id, vendor_id)
    schedule = fields["schedule"] if replace or "schedule" in fields else template.schedule
    _check_schedule(schedule)
    _check_auto_payment(caller, fields)
    lines: list[LineItem] = template.line_items
    if "recurringBillLineItems" in fields:
        change = replace_lines if replace else patch_lines
        lines = change(
            store,
            template.line_items,
            fields["recurringBillLineItems"],
            "recurringBillLineItems",
            PREFIX_RECURRING_LINE,
        )
    lines_total(lines, "recurringBillLineItems")
    template.vendor_id = vendor_id
    template.schedule = dict(schedule)
    template.line_items = lines
    if replace:
        template.details = {}
    template.details.update({key: fields[key] for key in _DETAILS if key in fields})
    template.updated = now
    return template


def set_archived(store: Store, now: datetime, organization_id: str, template_id: str, archived: bool) -> RecurringBill:
    template = _require(store, organization_id, template_id)
    mark_archived(template, archived, now)
    return template


def _organization(caller: Caller) -> str:
    if caller.organization_id is None:
        raise LookupError("recurring bills belong to an organization")
    return caller.organization_id


def _require(store: Store, organization_id: str, template_id: str) -> RecurringBill:
    template = ap_tables(store).recurring_bills.get(template_id)
    if template is None or template.organization_id != organization_id:
        raise errors.not_found("recurring bill", template_id)
    return template


def _check_schedule(schedule: Mapping[str, Any]) -> None:
    """The last due date cannot come before the next one (ISO dates compare as text)."""
    end, next_due = schedule.get("endDate"), schedule["nextDueDate"]
    if end is not None and str(end) < str(next_due):
        raise business_error("schedule.endDate", end, "The end date cannot come before nextDueDate.")


def _check_auto_payment(caller: Caller, fields: Mapping[str, Any]) -> None:
    """BILL pays recurring bills by itself only when an MFA-trusted session turned that on."""
    options = fields.get("processingOptions") or {}
    if options.get("autoPayment") is True and not caller.session.trusted:
        raise errors.wrong_scope(
            "Turning on autoPayment needs an MFA-trusted session; complete an MFA challenge or step up the session."
        )


# wire


def recurring_bill_wire(template: RecurringBill) -> dict[str, Any]:
    wire: dict[str, Any] = {
        "id": template.id,
        "archived": template.archived,
        "vendorId": template.vendor_id,
        "schedule": template.schedule,
        "recurringBillLineItems": line_items_wire(template.line_items),
        **template.details,
        "createdTime": format_timestamp(template.created),
        "updatedTime": format_timestamp(template.updated),
    }
    return wire


# handlers


@handles("createRecurringBill")
def _create(call: Call) -> Reply:
    return Reply(201, recurring_bill_wire(create_recurring_bill(call.store, call.now, call.who, call.body)))


@handles("listRecurringBills")
def _list(call: Call) -> Reply:
    tables = ap_tables(call.store)
    mine = [item for item in tables.recurring_bills.values() if item.organization_id == call.organization_id]
    listed = RECURRING_BILLS.page(mine, call.list_query())
    return Reply(body=render.page([recurring_bill_wire(item) for item in listed.results], listed))


@handles("getRecurringBill")
def _get(call: Call) -> Reply:
    return Reply(body=recurring_bill_wire(_require(call.store, call.organization_id, call.path("recurringBillId"))))


@handles("replaceRecurringBill")
def _replace(call: Call) -> Reply:
    template_id = call.path("recurringBillId")
    template = change_recurring_bill(call.store, call.now, call.who, template_id, call.body, replace=True)
    return Reply(body=recurring_bill_wire(template))


@handles("updateRecurringBill")
def _update(call: Call) -> Reply:
    template_id = call.path("recurringBillId")
    template = change_recurring_bill(call.store, call.now, call.who, template_id, call.body, replace=False)
    return Reply(body=recurring_bill_wire(template))


@handles("archiveRecurringBill")
def _archive(call: Call) -> Reply:
    template = set_archived(call.store, call.now, call.organization_id, call.path("recurringBillId"), True)
    return Reply(body=recurring_bill_wire(template))


@handles("restoreRecurringBill")
def _restore(call: Call) -> Reply:
    template = set_archived(call.store, call.now, call.organization_id, call.path("recurringBillId"), False)
    return Reply(body=recurring_bill_wire(template))
