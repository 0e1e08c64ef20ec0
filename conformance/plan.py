"""The order the collection's requests run in, and the instrumented copy of the collection that newman runs.

The collection is written for a person clicking through it, folder by folder, and its folders are sorted
by name; run top to bottom, ids would not chain (attachments come before the vendors, customers and
invoices they need, bills before vendors, get-by-id before create, archive before the calls that need the
record active, logout before everything else). PLAN fixes that, and every move in it says why.

A PLAN entry is either a folder ("AP & AR/vendors"), which stands for its requests in collection order, or
one request ("AP & AR/vendors/Archive a vendor"), which is then taken out of its folder's run and placed
where the entry stands. Requests in scope that PLAN does not reach run last, in collection order, so a
newer collection still runs whole; `chain_breaks()` reports what such an order leaves unchained.

The copy is made in a temporary folder; the collection file itself is never changed or copied elsewhere.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from conformance.collection import SEPARATOR, Collection, Request, script_text

__all__ = [
    "PLAN",
    "SCOPE",
    "SET_ASSERTION",
    "ChainBreak",
    "Ordering",
    "chain_breaks",
    "instrument_script",
    "item_id",
    "order",
    "run_collection",
]

SCOPE: tuple[str, ...] = ("AP & AR Authentication", "AP & AR", "BILL Network", "Webhooks", "Partner Operations")
"""The collection's top-level folders this run covers (Spend & Expense is another API)."""

_AUTH = "AP & AR Authentication"
_APAR = "AP & AR"
_NET = "BILL Network/network"
_HOOKS = "Webhooks"
_PARTNER = "Partner Operations/partner"

PLAN: tuple[str, ...] = (
    # Sign in first: every organization request sends {{session_id}}. Logging out waits until the end of the
    # organization part; MFA step-up comes next, since payments and bank accounts need a trusted session.
    f"{_AUTH}/authentication",
    f"{_AUTH}/mfa",
    # Objects that need nothing from other folders.
    f"{_APAR}/health",
    f"{_APAR}/organizations",
    f"{_APAR}/roles",
    f"{_APAR}/organization users",
    # Risk verification is started before its status is read.
    f"{_APAR}/risk verifications/Initiate risk verification for an organization",
    f"{_APAR}/risk verifications",
    f"{_APAR}/classifications",
    # Vendors before everything that takes {{vendor_id}}. The bank account is read and deleted after it is
    # created, and the vendor is archived only right before its restore, so the calls between see it active.
    f"{_APAR}/vendors",
    f"{_APAR}/vendors/Get vendor bank account details",
    f"{_APAR}/vendors/Delete a vendor bank account",
    f"{_APAR}/vendors/Archive a vendor",
    f"{_APAR}/vendors/Restore an archived vendor",
    f"{_APAR}/customers",
    # Bank accounts before the recurring bills and payments that draw on {{org_bank_account_id}}; they need
    # {{org_user_id}} and {{vendor_id}}. The account is verified here and archived only after the payments.
    f"{_APAR}/funding accounts",
    # Bills need {{vendor_id}}. Recording the offline payment waits until after payments: the online payment
    # pays the bill's full original amount, which a recorded payment made first would leave uncovered.
    f"{_APAR}/bills",
    f"{_APAR}/bill-approvals",
    f"{_APAR}/documents",
    # Invoices need {{customer_id}}; archiving one waits until its email and payment link are done.
    f"{_APAR}/invoices",
    f"{_APAR}/invoices/Archive an invoice",
    f"{_APAR}/invoices/Restore an archived invoice",
    # Attachments hang on a customer, an invoice and a vendor.
    f"{_APAR}/attachments",
    f"{_APAR}/credit memos",
    f"{_APAR}/receivable-payments",
    f"{_APAR}/vendor credits",
    f"{_APAR}/recurringbills",
    f"{_APAR}/recurring invoices",
    f"{_APAR}/payments",
    f"{_APAR}/bills/Record AP payment",
    f"{_APAR}/funding accounts/Archive a bank account",
    # The vendor's audit trail, once the vendor has a history.
    f"{_APAR}/reports",
    # Network: search sets {{network_id}}; each invitation is sent before its status is read and it is deleted.
    f"{_NET}/Search for an organization in the BILL Network",
    f"{_NET}/Accept connection request",
    f"{_NET}/Send connection request to a customer",
    f"{_NET}/Get customer connection request status",
    f"{_NET}/Delete customer connection",
    f"{_NET}/Send connection request to a vendor",
    f"{_NET}/Get vendor connection request status",
    f"{_NET}/Delete vendor connection",
    f"{_NET}/Send connection request to a vendor not in the BILL Network",
    # Webhooks: the subscription is created before the events that read it and deleted after them.
    f"{_HOOKS}/subscriptions",
    f"{_HOOKS}/events",
    f"{_HOOKS}/subscriptions/Delete a subscription",
    f"{_AUTH}/authentication/API logout",
    # Partner last: its login-as-user replaces {{session_id}}. The lists that set the partner organization,
    # role and user ids run before the requests that send them.
    f"{_PARTNER}/API partner login",
    f"{_PARTNER}/Get list of organizations",
    f"{_PARTNER}/Get list of user roles",
    f"{_PARTNER}/Get list of users",
    _PARTNER,
)

SET_ASSERTION = "conformance:set:"
"""Prefix of the pm.test names the instrumented scripts report their variables under."""

_RECORDER = "__conformanceSet"
_SEEN = "__conformanceSeen"


@dataclass(frozen=True, slots=True)
class Ordering:
    requests: tuple[Request, ...]
    unmatched: tuple[str, ...]
    """PLAN entries that name nothing in scope (the collection changed); they are skipped."""
    unplanned: tuple[str, ...]
    """Requests in scope that PLAN does not reach; they run last."""


@dataclass(frozen=True, slots=True)
class ChainBreak:
    """A request that sends a variable which no earlier request set and the environment does not provide."""

    request: str
    variable: str


def order(requests: Sequence[Request], plan: Sequence[str] = PLAN) -> Ordering:
    """The requests in PLAN order; see the module docstring for what an entry means."""
    by_key = {request.key: request for request in requests}
    placed_alone = {entry for entry in plan if entry in by_key}
    ordered: list[Request] = []
    taken: set[str] = set()
    unmatched: list[str] = []
    for entry in plan:
        if entry in by_key:
            chosen = [by_key[entry]]
        else:
            prefix = entry + SEPARATOR
            chosen = [r for r in requests if r.key.startswith(prefix) and r.key not in placed_alone]
            if not any(r.key.startswith(prefix) for r in requests):
                unmatched.append(entry)
        for request in chosen:
            if request.key not in taken:
                taken.add(request.key)
                ordered.append(request)
    unplanned = [request for request in requests if request.key not in taken]
    return Ordering(
        requests=(*ordered, *unplanned),
        unmatched=tuple(unmatched),
        unplanned=tuple(request.key for request in unplanned),
    )


def chain_breaks(ordered: Iterable[Request], provided: Iterable[str]) -> list[ChainBreak]:
    """Each (request, variable) where the request sends a variable nothing has set by the time it runs."""
    known = set(provided)
    breaks: list[ChainBreak] = []
    for request in ordered:
        breaks.extend(ChainBreak(request.key, name) for name in sorted(request.references - known))
        known.update(request.sets)
    return breaks


def instrument_script(source: str, variables: Sequence[str]) -> list[str]:
    """The test script with every pm.environment.set recorded, then one pm.test per variable it should set.

    The original runs unchanged apart from that recording (inside try, so the checks run even when it
    throws, e.g. on a body that is not JSON). A variable counts as set when the script stored a value
    that is not undefined, null or "".
    """
    recorded = source.replace("pm.environment.set(", f"{_RECORDER}(")
    checks = [
        f"pm.test({json.dumps(SET_ASSERTION + name)}, function () {{"
        f" const value = {_SEEN}[{json.dumps(name)}];"
        f' pm.expect(value !== undefined && value !== null && value !== "", {json.dumps(name + " was not set")})'
        ".to.be.true; });"
        for name in variables
    ]
    return [
        f"const {_SEEN} = {{}};",
        f"function {_RECORDER}(name, value) {{ {_SEEN}[name] = value; pm.environment.set(name, value); }}",
        "try {",
        *recorded.splitlines(),
        "} finally {",
        *checks,
        "}",
    ]


def run_collection(collection: Collection, ordered: Sequence[Request], upload: str = "") -> dict[str, Any]:
    """A collection of the ordered requests, flat, each with a stable id (its position) and scripts that
    report the variables they set. Folder events and auth were already folded into each request.

    A file body with no file chosen (the collection leaves that to the person running it) sends `upload`.
    """
    items = [_run_item(request, position, upload) for position, request in enumerate(ordered)]
    info = {**collection.info, "name": f"{collection.info.get('name', 'collection')} (conformance order)"}
    return {**copy.deepcopy(dict(collection.settings)), "info": info, "item": items}


def item_id(position: int) -> str:
    return f"conformance-{position:04d}"


def _run_item(request: Request, position: int, upload: str) -> dict[str, Any]:
    item = copy.deepcopy(dict(request.item))
    item["id"] = item_id(position)
    item["name"] = request.key
    body = (item.get("request") or {}).get("body")
    if upload and isinstance(body, dict) and body.get("mode") == "file" and not (body.get("file") or {}).get("src"):
        body["file"] = {**(body.get("file") or {}), "src": upload}
    events = [event for event in item.get("event") or () if _listen(event) != "test"]
    test_source = script_text(request.item, "test")
    if test_source.strip():
        exec_lines = instrument_script(test_source, request.sets) if request.sets else test_source.splitlines()
        events.append({"listen": "test", "script": {"type": "text/javascript", "exec": exec_lines}})
    item["event"] = events
    item.pop("response", None)  # the examples are read from the collection, not sent to newman
    return item


def _listen(event: Mapping[str, Any] | Any) -> str | None:
    return event.get("listen") if isinstance(event, Mapping) else None
