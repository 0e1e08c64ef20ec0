"""Credit memos, one at a time and in bulk (records and shared rules in ar.py).

Every change is planned on a copy and stored only once the whole request is accepted, so a bulk request that
fails on its last entry leaves every memo as it was.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from bill_mock import errors, render
from bill_mock.areas.ar import (
    ARCHIVED_FIELD,
    CUSTOMER_ID_FIELD,
    ID_FIELD,
    PREFIX_CREDIT_MEMO,
    TEXT,
    TIME_FIELDS,
    ZERO,
    CreditMemo,
    ar_tables,
    body_date,
    cents,
    changed_lines,
    credit_memo_line_amounts,
    customer_in_body,
    date_field,
    line_wire,
    money_wire,
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

__all__ = ["credit_memo_wire"]

MEMO_FIELDS = ("description", "salesTaxItemId", "payToChartOfAccountId", "payToBankAccountId", "classifications")
"""Optional credit memo fields kept as sent, in the order BILL sends them."""
PAY_TO = ("payToChartOfAccountId", "payToBankAccountId")
LINE_NUMBERS = ("quantity", "price", "ratePercent")
_MEMO_ID = re.compile(r"ccr[0-9A-Za-z]{17}")

CREDIT_MEMOS: Listing[CreditMemo] = Listing(
    "credit-memos",
    {
        "id": ID_FIELD,
        "archived": ARCHIVED_FIELD,
        "customerId": CUSTOMER_ID_FIELD,
        "referenceNumber": Field(lambda memo: memo.reference_number, operators=TEXT),
        "status": Field(lambda memo: memo.status),
        "creditDate": date_field(lambda memo: memo.credit_date),
        **TIME_FIELDS,
    },
)


# rules


def _check_pay_to(body: Mapping[str, Any], where: str) -> None:
    if all(name in body for name in PAY_TO):
        raise refused(
            f"{where}payToChartOfAccountId and {where}payToBankAccountId: send one of them, not both; "
            "the credit is booked to a chart of account or to a bank account."
        )


def _check_amount(memo: CreditMemo, where: str) -> None:
    amount = memo.amount
    if amount <= ZERO:
        raise refused(
            f"The lines of {where}creditMemoLineItems total {amount}; a credit memo must credit more than zero."
        )
    if amount < memo.applied_amount:
        raise refused(
            f"Invoices have already used {cents(memo.applied_amount)} of credit memo {memo.id}; "
            f"its lines ({where}creditMemoLineItems) must total at least that."
        )


def _customer_for(store: Store, memo: CreditMemo, customer_id: str, where: str) -> str:
    """A memo keeps its customer once invoices have used it; a new customer must be active."""
    if customer_id == memo.customer_id:
        return customer_id
    if memo.usage:
        raise refused(
            f"Invoices have used credit memo {memo.id}, so it keeps customer {memo.customer_id}; "
            "create a new credit memo for the other customer instead."
        )
    return customer_in_body(store, memo.organization_id, customer_id, f"{where}customerId").id


def plan_create(store: Store, now: datetime, organization_id: str, body: Mapping[str, Any], where: str) -> CreditMemo:
    customer = customer_in_body(store, organization_id, body["customerId"], f"{where}customerId")
    _check_pay_to(body, where)
    memo = CreditMemo(
        id=store.ids.object_id(PREFIX_CREDIT_MEMO),
        organization_id=organization_id,
        customer_id=customer.id,
        reference_number=str(body["referenceNumber"]),
        credit_date=body_date(body, "creditDate", where=where),
        lines=new_lines(store, body["creditMemoLineItems"]),
        created=now,
        updated=now,
        details={key: body[key] for key in MEMO_FIELDS if key in body},
    )
    _check_amount(memo, where)
    return memo


def plan_replace(store: Store, now: datetime, memo: CreditMemo, body: Mapping[str, Any], where: str) -> CreditMemo:
    """PUT: the memo as sent; optional fields left out are cleared, lines left out removed."""
    customer_id = _customer_for(store, memo, body["customerId"], where)
    _check_pay_to(body, where)
    lines = changed_lines(
        store, memo.lines, body["creditMemoLineItems"], field_name=f"{where}creditMemoLineItems", replace=True
    )
    replaced = dataclasses.replace(
        memo,
        customer_id=customer_id,
        reference_number=str(body["referenceNumber"]),
        credit_date=body_date(body, "creditDate", where=where),
        lines=lines,
        details={key: body[key] for key in MEMO_FIELDS if key in body},
        usage=list(memo.usage),
        updated=now,
    )
    _check_amount(replaced, where)
    return replaced


def plan_update(store: Store, now: datetime, memo: CreditMemo, body: Mapping[str, Any], where: str) -> CreditMemo:
    """PATCH: only what is sent changes; sending one payTo field drops the other."""
    _check_pay_to(body, where)
    details = dict(memo.details)
    if any(name in body for name in PAY_TO):
        for name in PAY_TO:
            details.pop(name, None)
    details.update({key: body[key] for key in MEMO_FIELDS if key in body})
    lines = memo.lines
    if "creditMemoLineItems" in body:
        lines = changed_lines(
            store, lines, body["creditMemoLineItems"], field_name=f"{where}creditMemoLineItems", replace=False
        )
    updated = dataclasses.replace(
        memo,
        customer_id=_customer_for(store, memo, body.get("customerId", memo.customer_id), where),
        reference_number=str(body.get("referenceNumber", memo.reference_number)),
        credit_date=body_date(body, "creditDate", memo.credit_date, where=where),
        lines=lines,
        details={key: details[key] for key in MEMO_FIELDS if key in details},
        usage=list(memo.usage),
        updated=now,
    )
    _check_amount(updated, where)
    return updated


def _store_all(store: Store, memos: Sequence[CreditMemo]) -> list[CreditMemo]:
    table = ar_tables(store).credit_memos
    for memo in memos:
        table[memo.id] = memo
    return list(memos)


def _memo(store: Store, organization_id: str, memo_id: str) -> CreditMemo:
    return owned(ar_tables(store).credit_memos, organization_id, memo_id, "credit memo")


def _bulk_targets(store: Store, organization_id: str, items: Sequence[Mapping[str, Any]]) -> list[CreditMemo]:
    """The memos a bulk PUT or PATCH names, each once."""
    seen: set[str] = set()
    memos = []
    for item in items:
        if item["id"] in seen:
            raise refused(f"Credit memo {item['id']} appears twice; send each credit memo once.")
        seen.add(item["id"])
        memos.append(_memo(store, organization_id, item["id"]))
    return memos


def _ids(store: Store, organization_id: str, text: str) -> list[CreditMemo]:
    """The `ids` of a bulk archive or restore: all well formed and all the organization's, or nothing happens."""
    ids = list(dict.fromkeys(piece.strip() for piece in text.split(",")))
    if not all(_MEMO_ID.fullmatch(memo_id) for memo_id in ids):
        raise errors.invalid_parameter("ids")
    return [_memo(store, organization_id, memo_id) for memo_id in ids]


# wire form


def credit_memo_wire(memo: CreditMemo) -> dict[str, Any]:
    amounts = credit_memo_line_amounts(memo.lines)
    wire: dict[str, Any] = {
        "id": memo.id,
        "customerId": memo.customer_id,
        "referenceNumber": memo.reference_number,
        "creditDate": memo.credit_date.isoformat(),
        "archived": memo.archived,
        **memo.details,
        "amount": money_wire(sum(amounts, ZERO)),
        "appliedAmount": money_wire(memo.applied_amount),
        "status": memo.status,
        "creditMemoLineItems": [
            line_wire(line, amount, LINE_NUMBERS) for line, amount in zip(memo.lines, amounts, strict=True)
        ],
    }
    if memo.usage:
        wire["usage"] = [{"invoiceId": used.invoice_id, "amount": money_wire(used.amount)} for used in memo.usage]
    return {**wire, **timestamps(memo.created, memo.updated)}


def _bulk_wire(memos: Sequence[CreditMemo]) -> dict[str, Any]:
    return {"creditMemos": [credit_memo_wire(memo) for memo in memos]}


# handlers


def _path_memo(call: Call) -> CreditMemo:
    return _memo(call.store, call.organization_id, call.path("creditMemoId"))


@handles("createCreditMemo")
def _create(call: Call) -> Reply:
    memo = plan_create(call.store, call.now, call.organization_id, call.body, "")
    return Reply(201, credit_memo_wire(_store_all(call.store, [memo])[0]))


@handles("listCreditMemos")
def _list(call: Call) -> Reply:
    memos = of_organization(ar_tables(call.store).credit_memos.values(), call.organization_id)
    listed = CREDIT_MEMOS.page(memos, call.list_query())
    return Reply(body=render.page([credit_memo_wire(memo) for memo in listed.results], listed))


@handles("getCreditMemo")
def _get(call: Call) -> Reply:
    return Reply(body=credit_memo_wire(_path_memo(call)))


@handles("replaceCreditMemo")
def _replace(call: Call) -> Reply:
    memo = plan_replace(call.store, call.now, _path_memo(call), call.body, "")
    return Reply(body=credit_memo_wire(_store_all(call.store, [memo])[0]))


@handles("updateCreditMemo")
def _update(call: Call) -> Reply:
    memo = plan_update(call.store, call.now, _path_memo(call), call.body, "")
    return Reply(body=credit_memo_wire(_store_all(call.store, [memo])[0]))


@handles("archiveCreditMemo")
def _archive(call: Call) -> Reply:
    memo = _path_memo(call)
    set_archived(memo, call.now, archived=True)
    return Reply(body=credit_memo_wire(memo))


@handles("restoreCreditMemo")
def _restore(call: Call) -> Reply:
    memo = _path_memo(call)
    set_archived(memo, call.now, archived=False)
    return Reply(body=credit_memo_wire(memo))


def _bulk_body(call: Call) -> list[dict[str, Any]]:
    body = call.request.body
    return body if isinstance(body, list) else []


@handles("bulkCreateCreditMemos")
def _bulk_create(call: Call) -> Reply:
    items = _bulk_body(call)
    memos = [plan_create(call.store, call.now, call.organization_id, item, f"{i}.") for i, item in enumerate(items)]
    return Reply(201, _bulk_wire(_store_all(call.store, memos)))


Plan = Callable[[Store, datetime, CreditMemo, Mapping[str, Any], str], CreditMemo]


def _bulk_change(call: Call, plan: Plan) -> Reply:
    """A bulk PUT or PATCH: every entry planned against its memo first, then all stored."""
    items = _bulk_body(call)
    targets = _bulk_targets(call.store, call.organization_id, items)
    memos = [
        plan(call.store, call.now, memo, item, f"{index}.")
        for index, (memo, item) in enumerate(zip(targets, items, strict=True))
    ]
    return Reply(body=_bulk_wire(_store_all(call.store, memos)))


@handles("bulkReplaceCreditMemos")
def _bulk_replace(call: Call) -> Reply:
    return _bulk_change(call, plan_replace)


@handles("bulkUpdateCreditMemos")
def _bulk_update(call: Call) -> Reply:
    return _bulk_change(call, plan_update)


@handles("bulkArchiveCreditMemos")
def _bulk_archive(call: Call) -> Reply:
    memos = _ids(call.store, call.organization_id, call.request.query["ids"])
    for memo in memos:
        set_archived(memo, call.now, archived=True)
    return Reply(body=_bulk_wire(memos))


@handles("bulkRestoreCreditMemos")
def _bulk_restore(call: Call) -> Reply:
    memos = _ids(call.store, call.organization_id, call.request.query["ids"])
    for memo in memos:
        set_archived(memo, call.now, archived=False)
    return Reply(body=_bulk_wire(memos))
