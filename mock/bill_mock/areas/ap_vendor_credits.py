"""Vendor credits: create, read, replace (PUT), update (PATCH) and archive, one at a time or up to 50 at
once (all or nothing). BILL has no restore for a vendor credit; an archived credit stays as it is."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from bill_mock import errors, render
from bill_mock.areas.ap import (
    ARCHIVED,
    IDS,
    TIMES,
    LineItem,
    VendorCredit,
    ap_tables,
    business_error,
    line_items_wire,
    lines_total,
    mark_archived,
    money_wire,
    new_lines,
    patch_lines,
    replace_lines,
    require_active_vendor,
)
from bill_mock.clock import format_timestamp
from bill_mock.handlers import Call, Reply, handles
from bill_mock.rules.listing import EQUALITY, ORDERING, Field, Listing
from bill_mock.state import Store

__all__ = ["BULK_LIMIT", "PREFIX_VENDOR_CREDIT", "VENDOR_CREDITS", "archive_credits", "build_credit", "change_credit"]

PREFIX_VENDOR_CREDIT = "vcr"
PREFIX_CREDIT_LINE = "vcl"
"""BILL documents no prefix for line ids; this one is the mock's own."""
BULK_LIMIT = 50
"""BILL's limit for a bulk create; the mock applies it to the other bulk operations too, which BILL leaves unsaid."""

_ID = re.compile(r"vcr[0-9A-Za-z]{17}")
_APPLY_TO = ("applyToChartOfAccountId", "applyToBankAccountId")
_DETAILS = ("description", *_APPLY_TO)

VENDOR_CREDITS: Listing[VendorCredit] = Listing(
    "vendor-credits",
    {
        "id": IDS,
        "archived": ARCHIVED,
        "vendorId": Field(lambda credit: credit.vendor_id, operators=EQUALITY),
        "creditDate": Field(lambda credit: credit.credit_date, operators=EQUALITY | ORDERING, sortable=True),
        "status": Field(lambda credit: credit.status, operators=EQUALITY),
        **TIMES,
    },
)


# rules


def build_credit(
    store: Store, now: datetime, organization_id: str, fields: Mapping[str, Any], where: str = ""
) -> VendorCredit:
    """A credit checked against BILL's rules but not yet stored."""
    vendor = require_active_vendor(store, organization_id, str(fields["vendorId"]), f"{where}vendorId")
    _check_apply_to(fields, where)
    credit = VendorCredit(
        id=store.ids.object_id(PREFIX_VENDOR_CREDIT),
        organization_id=organization_id,
        vendor_id=vendor.id,
        reference_number=str(fields["referenceNumber"]),
        credit_date=str(fields["creditDate"]),
        line_items=new_lines(
            store, fields["vendorCreditLineItems"], f"{where}vendorCreditLineItems", PREFIX_CREDIT_LINE
        ),
        created=now,
        updated=now,
        details={key: fields[key] for key in _DETAILS if key in fields},
    )
    _check_total(credit, f"{where}vendorCreditLineItems")
    return credit


def change_credit(
    store: Store,
    now: datetime,
    organization_id: str,
    credit_id: str,
    fields: Mapping[str, Any],
    *,
    replace: bool,
    where: str = "",
) -> VendorCredit:
    """The credit as PUT (`replace`) or PATCH would leave it, checked but not stored."""
    credit = _require_credit(store, organization_id, credit_id)
    if credit.archived:
        raise business_error(f"{where}id", credit_id, "An archived vendor credit can be neither changed nor restored.")
    _check_apply_to(fields, where)
    vendor_id = str(fields.get("vendorId", credit.vendor_id))
    if vendor_id != credit.vendor_id:
        require_active_vendor(store, organization_id, vendor_id, f"{where}vendorId")
        if credit.usage:
            raise business_error(f"{where}vendorId", vendor_id, "A credit already applied to bills keeps its vendor.")
    lines: list[LineItem] = credit.line_items
    if "vendorCreditLineItems" in fields:
        change = replace_lines if replace else patch_lines
        lines = change(
            store,
            credit.line_items,
            fields["vendorCreditLineItems"],
            f"{where}vendorCreditLineItems",
            PREFIX_CREDIT_LINE,
        )
    details = {} if replace else dict(credit.details)
    if any(key in fields for key in _APPLY_TO):
        for key in _APPLY_TO:
            details.pop(key, None)  # naming one of the two replaces whichever was set
    details.update({key: fields[key] for key in _DETAILS if key in fields})
    changed = dataclasses.replace(
        credit,
        vendor_id=vendor_id,
        reference_number=str(fields.get("referenceNumber", credit.reference_number)),
        credit_date=str(fields.get("creditDate", credit.credit_date)),
        line_items=lines,
        details=details,
        usage=list(credit.usage),
        updated=now,
    )
    _check_total(changed, f"{where}vendorCreditLineItems")
    return changed


def store_credits(store: Store, credits: Sequence[VendorCredit]) -> None:
    table = ap_tables(store).vendor_credits
    for credit in credits:
        table[credit.id] = credit


def change_credits(
    store: Store, now: datetime, organization_id: str, items: Sequence[Mapping[str, Any]], *, replace: bool
) -> list[VendorCredit]:
    """Bulk PUT or PATCH: every item is checked before any credit changes."""
    seen: set[str] = set()
    changed = []
    for index, item in enumerate(items):
        credit_id = str(item["id"])
        if credit_id in seen:
            raise business_error(f"{index}.id", credit_id, "Name each credit once per request.")
        seen.add(credit_id)
        fields = {key: value for key, value in item.items() if key != "id"}
        changed.append(
            change_credit(store, now, organization_id, credit_id, fields, replace=replace, where=f"{index}.")
        )
    store_credits(store, changed)
    return changed


def archive_credits(store: Store, now: datetime, organization_id: str, ids: Sequence[str]) -> list[VendorCredit]:
    """Archives every credit named, or none when one is unknown; archiving an archived credit changes nothing."""
    credits = [_require_credit(store, organization_id, credit_id) for credit_id in ids]
    for credit in credits:
        mark_archived(credit, True, now)
    return credits


def parse_ids(text: str) -> list[str]:
    """The `ids` query parameter: comma-joined credit ids, each once, at most BULK_LIMIT of them."""
    ids = list(dict.fromkeys(part.strip() for part in text.split(",")))
    if not 1 <= len(ids) <= BULK_LIMIT or not all(_ID.fullmatch(credit_id) for credit_id in ids):
        raise errors.invalid_parameter("ids")
    return ids


def _require_credit(store: Store, organization_id: str, credit_id: str) -> VendorCredit:
    credit = ap_tables(store).vendor_credits.get(credit_id)
    if credit is None or credit.organization_id != organization_id:
        raise errors.not_found("vendor credit", credit_id)
    return credit


def _check_apply_to(fields: Mapping[str, Any], where: str) -> None:
    if all(key in fields for key in _APPLY_TO):
        raise business_error(
            f"{where}applyToBankAccountId",
            fields["applyToBankAccountId"],
            "Name either applyToChartOfAccountId or applyToBankAccountId, not both.",
        )


def _check_total(credit: VendorCredit, where: str) -> None:
    """A credit is worth more than zero, and never less than what bills have already used of it."""
    total = lines_total(credit.line_items, where)
    if total < credit.applied_amount:
        raise business_error(
            where, money_wire(total), f"{credit.applied_amount} of the credit is already applied to bills."
        )


# wire


def credit_wire(credit: VendorCredit) -> dict[str, Any]:
    wire: dict[str, Any] = {
        "id": credit.id,
        "archived": credit.archived,
        "vendorId": credit.vendor_id,
        "referenceNumber": credit.reference_number,
        "creditDate": credit.credit_date,
        **credit.details,
        "amount": money_wire(credit.amount),
        "appliedAmount": money_wire(credit.applied_amount),
        "status": credit.status,
        "vendorCreditLineItems": line_items_wire(credit.line_items),
    }
    if credit.usage:
        wire["usage"] = [{"billId": bill_id, "amount": money_wire(amount)} for bill_id, amount in credit.usage]
    wire["createdTime"] = format_timestamp(credit.created)
    wire["updatedTime"] = format_timestamp(credit.updated)
    return wire


def _results(credits: Sequence[VendorCredit]) -> dict[str, Any]:
    return {"vendorCredits": [credit_wire(credit) for credit in credits]}


def _items(call: Call) -> list[Mapping[str, Any]]:
    body = call.request.body
    return body if isinstance(body, list) else []


# handlers


@handles("createVendorCredit")
def _create(call: Call) -> Reply:
    credit = build_credit(call.store, call.now, call.organization_id, call.body)
    store_credits(call.store, [credit])
    return Reply(201, credit_wire(credit))


@handles("createVendorCredits")
def _create_many(call: Call) -> Reply:
    items = _items(call)
    credits = [build_credit(call.store, call.now, call.organization_id, item, f"{i}.") for i, item in enumerate(items)]
    store_credits(call.store, credits)
    return Reply(201, _results(credits))


@handles("listVendorCredits")
def _list(call: Call) -> Reply:
    tables = ap_tables(call.store)
    mine = [credit for credit in tables.vendor_credits.values() if credit.organization_id == call.organization_id]
    listed = VENDOR_CREDITS.page(mine, call.list_query())
    return Reply(body=render.page([credit_wire(credit) for credit in listed.results], listed))


@handles("getVendorCredit")
def _get(call: Call) -> Reply:
    return Reply(body=credit_wire(_require_credit(call.store, call.organization_id, call.path("vendorCreditId"))))


@handles("replaceVendorCredit")
def _replace(call: Call) -> Reply:
    credit_id = call.path("vendorCreditId")
    credit = change_credit(call.store, call.now, call.organization_id, credit_id, call.body, replace=True)
    store_credits(call.store, [credit])
    return Reply(body=credit_wire(credit))


@handles("updateVendorCredit")
def _update(call: Call) -> Reply:
    credit_id = call.path("vendorCreditId")
    credit = change_credit(call.store, call.now, call.organization_id, credit_id, call.body, replace=False)
    store_credits(call.store, [credit])
    return Reply(body=credit_wire(credit))


@handles("replaceVendorCredits")
def _replace_many(call: Call) -> Reply:
    return Reply(body=_results(change_credits(call.store, call.now, call.organization_id, _items(call), replace=True)))


@handles("updateVendorCredits")
def _update_many(call: Call) -> Reply:
    return Reply(body=_results(change_credits(call.store, call.now, call.organization_id, _items(call), replace=False)))


@handles("archiveVendorCredit")
def _archive(call: Call) -> Reply:
    (credit,) = archive_credits(call.store, call.now, call.organization_id, [call.path("vendorCreditId")])
    return Reply(body=credit_wire(credit))


@handles("archiveVendorCredits")
def _archive_many(call: Call) -> Reply:
    ids = parse_ids(str(call.request.query["ids"]))
    return Reply(body=_results(archive_credits(call.store, call.now, call.organization_id, ids)))
