"""Bill approvals: policies, the approvers they give a bill, and the approvers' decisions.

BILL's rules kept here: a policy's approvers must be users of the organization whose role may approve
(administrator, accountant or approver); a bill that meets every rule of a policy waits for that policy's
approvers in order; only the approver a bill is waiting for may decide; the last approval makes the bill
APPROVED and a denial makes it DENIED; a list of decisions is taken whole or not at all. Policies are
really deleted (one of BILL's few DELETEs).

A bill meets the policies when it is created. The bills area does not call in here yet, so a bill is
routed the first time bill approvals or payments look at it, through the policies that existed when the
bill was created; `assign_approvers(store, now, bill)` routes it at once through today's policies, for
the bills area to call on create or update. When several policies match, the oldest wins.
`payment_block(store, bill)` says why approvals keep a bill from being paid, if they do.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from bill_mock import errors
from bill_mock.areas.ap import Bill, BillApprover, ap_tables, business_error, money, money_wire, require_bill
from bill_mock.areas.funding import business_rule, role_type
from bill_mock.handlers import Call, Reply, handles
from bill_mock.rules.sessions import Caller
from bill_mock.state import Store

__all__ = ["APPROVER_ROLES", "ApprovalTables", "Policy", "Rule", "assign_approvers", "payment_block", "routed"]

PREFIX_POLICY = "0ab"  # BILL does not document this prefix; the spec allows any 20 characters
APPROVER_ROLES = frozenset({"ADMINISTRATOR", "ACCOUNTANT", "APPROVER"})
WAITING, APPROVED, DENIED, ASSIGNED = "WAITING", "APPROVED", "DENIED", "ASSIGNED"

_AMOUNT_OPERATORS = frozenset({"eq", "ne", "gt", "gte", "lt", "lte"})
_ID_OPERATORS = frozenset({"eq", "ne", "in", "nin"})
_SINGLE_VALUE = frozenset({"eq", "ne", "gt", "gte", "lt", "lte"})
_CLASSIFICATION_KEYS = {"CHART_OF_ACCOUNT_ID": "chartOfAccountId", "LOCATION_ID": "locationId", "JOB_ID": "jobId"}


@dataclass(frozen=True, slots=True)
class Rule:
    key: str
    op: str
    values: tuple[str, ...]


@dataclass(slots=True)
class Policy:
    id: str
    organization_id: str
    name: str
    rules: list[Rule]
    approvers: list[str]
    created: datetime
    updated: datetime


@dataclass
class ApprovalTables:
    policies: dict[str, Policy] = field(default_factory=dict)
    """By id, in creation order (dicts keep it), which is the order policies are tried in."""
    routed: set[str] = field(default_factory=set)
    """Bills that went through the policies already."""


def approval_tables(store: Store) -> ApprovalTables:
    return store.area(ApprovalTables)


# policies


def _rules(store: Store, organization_id: str, raw_rules: Sequence[Mapping[str, Any]]) -> list[Rule]:
    rules = []
    for index, raw in enumerate(raw_rules):
        where = f"rules.{index}"
        key, op, values = raw["key"], raw["op"], tuple(raw["values"])
        allowed = _AMOUNT_OPERATORS if key == "BILL_AMOUNT" else _ID_OPERATORS
        if op not in allowed:
            raise business_rule(f"{where}.op: {key} takes only {', '.join(sorted(allowed))}.")
        if op in _SINGLE_VALUE and len(values) != 1:
            raise business_rule(f"{where}.values: {op} compares with exactly one value.")
        for value in values:
            if key == "BILL_AMOUNT":
                _amount_value(value, f"{where}.values")
            elif key == "VENDOR_ID":
                vendor = ap_tables(store).vendors.get(value)
                if vendor is None or vendor.organization_id != organization_id:
                    raise business_error(f"{where}.values", value, "No such vendor in this organization.")
        rules.append(Rule(key, op, values))
    return rules


def _amount_value(text: str, where: str) -> Decimal:
    try:
        amount = Decimal(text)
    except InvalidOperation:
        amount = Decimal("NaN")
    if not amount.is_finite() or amount < 0:
        raise errors.invalid_field(where, text)
    return amount


def _approvers(store: Store, organization_id: str, user_ids: Sequence[str]) -> list[str]:
    if len(set(user_ids)) != len(user_ids):
        raise business_rule("approvers: each user may appear only once.")
    for user_id in user_ids:
        user = store.users.get(user_id)
        if user is None or user.organization_id != organization_id:
            raise business_error("approvers", user_id, "No such user in this organization.")
        if user.archived:
            raise business_rule(f"approvers: user {user_id} is archived; restore the user or choose another.")
        role = role_type(store, user_id)
        if role not in APPROVER_ROLES:
            raise business_rule(
                f"approvers: user {user_id} has the {role} role, which cannot approve bills; give the user an "
                "ADMINISTRATOR, ACCOUNTANT or APPROVER role or choose another."
            )
    return list(user_ids)


def create_policy(store: Store, now: datetime, organization_id: str, fields: Mapping[str, Any]) -> Policy:
    rules = _rules(store, organization_id, fields["rules"])
    approvers = _approvers(store, organization_id, fields["approvers"])
    policy = Policy(
        store.ids.object_id(PREFIX_POLICY), organization_id, fields["policyName"], rules, approvers, now, now
    )
    approval_tables(store).policies[policy.id] = policy
    return policy


def policy_in(store: Store, organization_id: str, policy_id: str) -> Policy:
    policy = approval_tables(store).policies.get(policy_id)
    if policy is None or policy.organization_id != organization_id:
        raise errors.not_found("bill approval policy", policy_id)
    return policy


def replace_policy(
    store: Store, now: datetime, organization_id: str, policy_id: str, fields: Mapping[str, Any]
) -> Policy:
    policy = policy_in(store, organization_id, policy_id)
    rules = _rules(store, organization_id, fields["rules"])
    approvers = _approvers(store, organization_id, fields["approvers"])
    policy.name, policy.rules, policy.approvers, policy.updated = fields["policyName"], rules, approvers, now
    return policy


def delete_policy(store: Store, organization_id: str, policy_id: str) -> None:
    del approval_tables(store).policies[policy_in(store, organization_id, policy_id).id]


# routing bills


def _bill_values(bill: Bill, key: str) -> set[str]:
    if key == "VENDOR_ID":
        return {bill.vendor_id}
    name = _CLASSIFICATION_KEYS[key]
    tagged = [bill.details.get("classifications")] + [line.classifications for line in bill.line_items]
    return {str(tags[name]) for tags in tagged if isinstance(tags, Mapping) and name in tags}


def _holds(rule: Rule, bill: Bill) -> bool:
    if rule.key == "BILL_AMOUNT":
        amount, limit = bill.amount, money(rule.values[0])
        return {
            "eq": amount == limit,
            "ne": amount != limit,
            "gt": amount > limit,
            "gte": amount >= limit,
            "lt": amount < limit,
            "lte": amount <= limit,
        }[rule.op]
    found = _bill_values(bill, rule.key) & set(rule.values)
    return bool(found) if rule.op in ("eq", "in") else not found


def _route(store: Store, bill: Bill, policies: Sequence[Policy], when: datetime) -> None:
    """Gives the bill the approvers of the first policy whose every rule it meets (none: no approvers)."""
    approval_tables(store).routed.add(bill.id)
    for policy in policies:
        if policy.organization_id == bill.organization_id and all(_holds(rule, bill) for rule in policy.rules):
            bill.approvers = [BillApprover(user, WAITING, order, when) for order, user in enumerate(policy.approvers)]
            bill.approval_status = ASSIGNED
            return
    bill.approvers = []
    bill.approval_status = None


def assign_approvers(store: Store, now: datetime, bill: Bill) -> None:
    """Routes the bill through the organization's policies as they are now."""
    _route(store, bill, list(approval_tables(store).policies.values()), now)


def routed(store: Store, bill: Bill) -> Bill:
    """The bill, routed through the policies of its creation time if nothing routed it yet."""
    tables = approval_tables(store)
    if bill.id not in tables.routed:
        _route(store, bill, [p for p in tables.policies.values() if p.created <= bill.created], bill.created)
    return bill


def _waiting_for(bill: Bill) -> BillApprover | None:
    """The approver the bill waits for: the first in order who has not decided, unless someone denied it."""
    if bill.approval_status == DENIED:
        return None
    return next((a for a in sorted(bill.approvers, key=lambda a: a.order) if a.status == WAITING), None)


def payment_block(store: Store, bill: Bill) -> str | None:
    """Why approvals keep the bill from being paid, or None when they do not."""
    routed(store, bill)
    if bill.approval_status == DENIED or any(a.status == DENIED for a in bill.approvers):
        return f"Bill {bill.id} was denied by an approver and cannot be paid."
    waiting = _waiting_for(bill)
    if waiting is not None:
        return (
            f"Bill {bill.id} is waiting for approval by user {waiting.user_id}; finish its approval "
            "(POST /v3/bill-approvals/actions) before paying it."
        )
    return None


# decisions


def decide(store: Store, now: datetime, caller: Caller, actions: Sequence[Mapping[str, Any]]) -> None:
    """Checks every decision first, then records them all."""
    organization_id = caller.organization_id or ""
    decisions: list[tuple[Bill, BillApprover, str]] = []
    seen: set[str] = set()
    for index, action in enumerate(actions):
        bill_id = action["billId"]
        if bill_id in seen:
            raise business_rule(f"{index}.billId: bill {bill_id} is listed twice; decide once per bill.")
        seen.add(bill_id)
        bill = routed(store, require_bill(store, organization_id, bill_id))
        waiting = _waiting_for(bill)
        if waiting is None:
            state = "was denied" if bill.approval_status == DENIED else "is waiting for no approval"
            raise business_rule(f"{index}.billId: bill {bill_id} {state}; there is nothing to decide.")
        if waiting.user_id != caller.user_id:
            raise errors.wrong_scope(
                f"Bill {bill_id} is waiting for user {waiting.user_id}, not for you; only that approver can decide now."
            )
        decisions.append((bill, waiting, action["action"]))
    for bill, approver, verdict in decisions:
        approver.status = APPROVED if verdict == "APPROVE" else DENIED
        approver.status_changed = now
        if approver.status == DENIED:
            bill.approval_status = DENIED
        elif _waiting_for(bill) is None:
            bill.approval_status = APPROVED
        bill.updated = now


def pending_for(store: Store, organization_id: str, user_id: str) -> list[Bill]:
    return [
        bill
        for bill in ap_tables(store).bills.values()
        if bill.organization_id == organization_id
        and not bill.archived
        and (waiting := _waiting_for(routed(store, bill))) is not None
        and waiting.user_id == user_id
    ]


# wire form


def _full_name(store: Store, user_id: str) -> str:
    user = store.users[user_id]
    return " ".join(part for part in (user.first_name, user.last_name) if part)


def _display_name(store: Store, rule: Rule, value: str) -> str:
    if rule.key == "VENDOR_ID":
        vendor = ap_tables(store).vendors.get(value)
        return vendor.name if vendor is not None else value
    return value


def _policy(store: Store, policy: Policy) -> dict[str, Any]:
    return {
        "id": policy.id,
        "policyName": policy.name,
        "status": "ACTIVE",
        "rules": [
            {
                "key": rule.key,
                "op": rule.op,
                "values": [{"value": value, "displayName": _display_name(store, rule, value)} for value in rule.values],
            }
            for rule in policy.rules
        ],
        "approvers": {
            "users": [{"userId": user_id, "fullName": _full_name(store, user_id)} for user_id in policy.approvers],
            "groups": [],
        },
    }


# handlers


@handles("listBillApprovalPolicies")
def _list_policies(call: Call) -> Reply:
    policies = approval_tables(call.store).policies.values()
    return Reply(body=[_policy(call.store, p) for p in policies if p.organization_id == call.organization_id])


@handles("createBillApprovalPolicy")
def _create_policy(call: Call) -> Reply:
    return Reply(201, _policy(call.store, create_policy(call.store, call.now, call.organization_id, call.body)))


@handles("replaceBillApprovalPolicy")
def _replace_policy(call: Call) -> Reply:
    policy = replace_policy(call.store, call.now, call.organization_id, call.path("policyId"), call.body)
    return Reply(body=_policy(call.store, policy))


@handles("deleteBillApprovalPolicy")
def _delete_policy(call: Call) -> Reply:
    delete_policy(call.store, call.organization_id, call.path("policyId"))
    return Reply(body={"status": "SUCCESS"})


@handles("listPendingUserApprovals")
def _list_pending(call: Call) -> Reply:
    bills = pending_for(call.store, call.organization_id, call.who.user_id)
    return Reply(
        body={
            "bills": [
                {
                    "billId": bill.id,
                    "vendorId": bill.vendor_id,
                    "amount": money_wire(bill.amount),
                    "dueDate": bill.due_date,
                }
                for bill in bills
            ]
        }
    )


@handles("approveOrDenyBills")
def _approve_or_deny(call: Call) -> Reply:
    actions = call.request.body if isinstance(call.request.body, list) else []
    decide(call.store, call.now, call.who, actions)
    return Reply(body={"status": "SUCCESS"})
