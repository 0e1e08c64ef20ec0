"""v2 approvals over v3's bill approvals: what either API sets up, routes or decides, the other sees.

Bills keep their approvers where v3 keeps them (`Bill.approvers`, `Bill.approval_status`), so v2's
SetApprovers, ClearApprovers, Approve and Deny change what v3's bill approvals, pending approvals and
payments see, and a bill waiting for an approver cannot be paid through either API. Approve and Deny of a
bill are v3's `decide`; who may approve is v3's rule (a user of the organization whose role approves).

v2's ApprovalPolicy (a kind of document, an amount threshold, a minimum of approvers) and its
ApprovalPolicyApprover records are v2's own tables. An active bill policy ("0") with at least one approver
is also one of v3's policies, with the same id: the rule `BILL_AMOUNT gte amountThreshold` and its approvers
(`usersId` first, then the approver records in sortOrder), so v3 routes new bills through it and lists it;
deleting it in v2 takes it out of v3, and deleting it in v3 shows it inactive in v2. GetAllBillApproverPolicy
answers v3's policies (every one, however made) in v2's words, and the inactive v2 bill policies.

Vendor credits have no approvals in v3: their approvers (VendorCreditApprover, `vca`) live here, set,
approved and denied by the same rules, in turn. BillApprover ids (`0ba`) name one step of a bill's sequence.

ListUserApprovals answers the documents as v2's Bill and VendorCredit entities show them (the bills area's
renderers; a vendor credit's approvalStatus added from here), paged by an opaque `marker` (the offset) and
`max`; the last page has no marker.

Simplified: minNumApprovers, approverNotSameAsPayer and approverCondition are kept and shown but change no
routing; vendor credit policies route nothing (SetApprovers does); a comment with Approve or Deny is not kept.
"""

from __future__ import annotations

import base64
import binascii
import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any, Protocol

import bill_spec
from bill_mock import errors
from bill_mock.areas.ap import Bill, BillApprover, VendorCredit, ap_tables
from bill_mock.areas.approvals import (
    APPROVED,
    ASSIGNED,
    DENIED,
    WAITING,
    Policy,
    Rule,
    _approvers,
    _policy,
    _waiting_for,
    approval_tables,
    decide,
    routed,
)
from bill_mock.areas.funding import funding_tables
from bill_mock.errors import BillError, invalid_field
from bill_mock.state import Store
from bill_mock.v2 import listing, wire
from bill_mock.v2.areas.bills import BILL, VENDOR_CREDIT, check_amount
from bill_mock.v2.entities import Entity, register_entity
from bill_mock.v2.handlers import V2Call, handles_v2

__all__ = [
    "APPROVAL_POLICY",
    "APPROVAL_POLICY_APPROVER",
    "CreditApproval",
    "PolicyApprover",
    "V2ApprovalTables",
    "V2Policy",
    "approval_status_code",
    "credit_approval",
]

PREFIX_POLICY = "app"
PREFIX_POLICY_APPROVER = "apa"
PREFIX_BILL_APPROVER = "0ba"
PREFIX_CREDIT_APPROVER = "vca"
BILLS, CREDITS = "0", "1"
"""ApprovalPolicy `type`: what the policy governs."""

_APPROVAL_STATUS = {None: "0", ASSIGNED: "1", APPROVED: "3", DENIED: "5"}
"""v3's approval status of a document -> v2's approvalStatus ("4", approving, when some approved already)."""
_RULE_KEYS = {
    "BILL_AMOUNT": "billAmount",
    "VENDOR_ID": "vendorId",
    "CHART_OF_ACCOUNT_ID": "chartOfAccountId",
    "LOCATION_ID": "locationId",
    "JOB_ID": "jobId",
}
_RULE_OPERATORS = {"eq": "=", "ne": "!=", "gt": ">", "gte": ">=", "lt": "<", "lte": "<=", "in": "=", "nin": "!="}
_MARKER_PREFIX = "mk:"
_MAX_COUNT = 9999


# records


@dataclass(slots=True)
class V2Policy:
    """v2's approval policy; an active bill policy with approvers is also v3's Policy of the same id."""

    id: str
    organization_id: str
    type: str
    amount_threshold: float
    min_num_approvers: int
    created: datetime
    updated: datetime
    created_by: str
    nickname: str | None = None
    bank_account_id: str | None = None
    users_id: str | None = None
    approver_not_same_as_payer: bool | None = None
    approver_condition: str | None = None
    archived: bool = False
    in_v3: bool = False
    """True while v3's table holds it (put there by this module)."""


@dataclass(slots=True)
class PolicyApprover:
    """A mandatory approver of a v2 policy (ApprovalPolicyApprover)."""

    id: str
    organization_id: str
    policy_id: str
    user_id: str
    sort_order: int
    created: datetime
    updated: datetime
    archived: bool = False


@dataclass(slots=True)
class CreditApproval:
    """A vendor credit's approval sequence, in the shape v3 gives a bill's."""

    id: str
    """The vendor credit's id."""
    organization_id: str
    updated: datetime
    approvers: list[BillApprover] = field(default_factory=list)
    approval_status: str | None = None


@dataclass
class V2ApprovalTables:
    policies: dict[str, V2Policy] = field(default_factory=dict)
    policy_approvers: dict[str, PolicyApprover] = field(default_factory=dict)
    credit_approvals: dict[str, CreditApproval] = field(default_factory=dict)
    """By vendor credit id."""
    step_ids: dict[tuple[str, str, int], str] = field(default_factory=dict)
    """(document id, user id, order) -> the BillApprover or VendorCreditApprover id of that step."""
    steps: dict[str, tuple[str, str, int]] = field(default_factory=dict)
    """The reverse of step_ids."""


def _tables(store: Store) -> V2ApprovalTables:
    return store.area(V2ApprovalTables)


class _Approvable(Protocol):
    """A bill, or a vendor credit's CreditApproval: whatever carries an approval sequence."""

    id: str
    organization_id: str
    updated: datetime
    approvers: list[BillApprover]
    approval_status: str | None


def credit_approval(store: Store, credit: VendorCredit) -> CreditApproval:
    """The vendor credit's approval sequence (empty until SetApprovers), for whoever shows its status."""
    approvals = _tables(store).credit_approvals
    found = approvals.get(credit.id)
    if found is None:
        found = approvals[credit.id] = CreditApproval(credit.id, credit.organization_id, credit.updated)
    return found


def approval_status_code(document: _Approvable) -> str:
    """v2's approvalStatus of a bill or vendor credit: 0 unassigned, 1 assigned, 3 approved, 4 approving, 5 denied."""
    if document.approval_status == ASSIGNED and any(a.status == APPROVED for a in document.approvers):
        return "4"
    return _APPROVAL_STATUS.get(document.approval_status, "1")


# rules shared by policies and documents


def _check_approver(store: Store, organization_id: str, user_id: str, field_name: str) -> None:
    """v3's rule for approvers (a live user of the organization whose role approves), naming v2's field."""
    try:
        _approvers(store, organization_id, [user_id])
    except BillError as error:
        raise BillError(error.status, error.code, error.message.replace("approvers", field_name, 1)) from None


def _amount_text(amount: float) -> str:
    """An amount as v3's BILL_AMOUNT rule holds it: 1000, 1000.5."""
    return f"{Decimal(str(amount)).normalize():f}"


def _whole(name: str, value: Any) -> int:
    """A count: a whole number from 0 to _MAX_COUNT (the mock's own bound; BILL documents none)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not float(value).is_integer():
        raise BillError(400, "BDC_1119", f"{invalid_field(name, value).message}. Give a whole number.")
    if not 0 <= value <= _MAX_COUNT:
        raise BillError(400, "BDC_1119", f"{invalid_field(name, value).message}. Give 0 to {_MAX_COUNT}.")
    return int(value)


# approval policies


def _policy_name(policy: V2Policy) -> str:
    what = "Bills" if policy.type == BILLS else "Vendor credits"
    return f"{what} of {_amount_text(policy.amount_threshold)} or more"


def _policy_users(store: Store, policy: V2Policy) -> list[str]:
    """The policy's approvers in order: usersId, then the active approver records by sortOrder."""
    rows = sorted(
        (row for row in _tables(store).policy_approvers.values() if row.policy_id == policy.id and not row.archived),
        key=lambda row: (row.sort_order, row.created),
    )
    users = ([policy.users_id] if policy.users_id else []) + [row.user_id for row in rows]
    return list(dict.fromkeys(users))


def _reconcile(store: Store, policy: V2Policy) -> None:
    """A policy v3 deleted (v3's DELETE is for good) is inactive in v2."""
    if policy.in_v3 and policy.id not in approval_tables(store).policies:
        policy.in_v3 = False
        policy.archived = True


def _sync(store: Store, now: datetime, policy: V2Policy) -> None:
    """Puts the policy in v3's table, up to date, while it is an active bill policy with approvers; else out."""
    v3 = approval_tables(store).policies
    users = _policy_users(store, policy)
    if policy.archived or policy.type != BILLS or not users:
        if policy.in_v3:
            v3.pop(policy.id, None)
            policy.in_v3 = False
        return
    name = policy.nickname or _policy_name(policy)
    rules = [Rule("BILL_AMOUNT", "gte", (_amount_text(policy.amount_threshold),))]
    current = v3.get(policy.id)
    if current is not None:
        current.name, current.rules, current.approvers, current.updated = name, rules, users, now
        return
    v3[policy.id] = Policy(policy.id, policy.organization_id, name, rules, users, policy.created, now)
    ordered = sorted(v3.values(), key=lambda each: each.created)  # v3 tries policies oldest first
    v3.clear()
    v3.update((each.id, each) for each in ordered)
    policy.in_v3 = True


def _apply_policy_fields(call: V2Call, policy: V2Policy, obj: Mapping[str, Any]) -> None:
    """Checks and sets the fields sent (Create's and Update's alike)."""
    if "amountThreshold" in obj:
        check_amount(obj["amountThreshold"], "amountThreshold")
        policy.amount_threshold = obj["amountThreshold"]
    if "minNumApprovers" in obj:
        policy.min_num_approvers = _whole("minNumApprovers", obj["minNumApprovers"])
    if "bankAccountId" in obj:
        account = funding_tables(call.store).bank_accounts.get(obj["bankAccountId"])
        if account is None or account.organization_id != call.organization_id:
            raise invalid_field("bankAccountId", obj["bankAccountId"])
        policy.bank_account_id = account.id
    if "usersId" in obj:
        _check_approver(call.store, call.organization_id, obj["usersId"], "usersId")
        policy.users_id = obj["usersId"]
    if "type" in obj:
        policy.type = obj["type"]
    if "nickname" in obj:
        policy.nickname = obj["nickname"]
    if "approverNotSameAsPayer" in obj:
        policy.approver_not_same_as_payer = obj["approverNotSameAsPayer"]
    if "approverCondition" in obj:
        policy.approver_condition = obj["approverCondition"]


def _create_policy(call: V2Call, obj: dict[str, Any]) -> V2Policy:
    policy = V2Policy(
        id=call.store.ids.object_id(PREFIX_POLICY),
        organization_id=call.organization_id,
        type=obj["type"],
        amount_threshold=0,
        min_num_approvers=0,
        created=call.now,
        updated=call.now,
        created_by=call.user_id,
    )
    _apply_policy_fields(call, policy, obj)
    _tables(call.store).policies[policy.id] = policy
    _sync(call.store, call.now, policy)
    return policy


def _update_policy(call: V2Call, policy: V2Policy, obj: dict[str, Any]) -> None:
    _reconcile(call.store, policy)
    _apply_policy_fields(call, policy, obj)
    policy.updated = call.now
    _sync(call.store, call.now, policy)


def _set_policy_active(call: V2Call, policy: V2Policy, active: bool) -> None:
    _reconcile(call.store, policy)
    if policy.archived == (not active):
        return
    policy.archived = not active
    policy.updated = call.now
    _sync(call.store, call.now, policy)


def _policy_wire(store: Store, policy: V2Policy) -> dict[str, Any]:
    _reconcile(store, policy)
    shown: dict[str, Any] = {
        "entity": "ApprovalPolicy",
        "id": policy.id,
        "name": _policy_name(policy),
        "type": policy.type,
        "amountThreshold": policy.amount_threshold,
        "minNumApprovers": policy.min_num_approvers,
        "isActive": "2" if policy.archived else "1",
    }
    optional = {
        "nickname": policy.nickname,
        "bankAccountId": policy.bank_account_id,
        "usersId": policy.users_id,
        "approverNotSameAsPayer": policy.approver_not_same_as_payer,
        "approverCondition": policy.approver_condition,
    }
    shown.update({key: value for key, value in optional.items() if value is not None})
    shown["createdTime"] = wire.format_timestamp(policy.created)
    shown["createdById"] = policy.created_by
    shown["updatedTime"] = wire.format_timestamp(policy.updated)
    return shown


APPROVAL_POLICY: Entity[V2Policy] = Entity(
    name="ApprovalPolicy",
    table=lambda store: _tables(store).policies,
    organization_of=lambda policy: policy.organization_id,
    to_wire=_policy_wire,
    create=_create_policy,
    update=_update_policy,
    set_active=_set_policy_active,
)


# approval policy approvers


def _check_policy_approver(call: V2Call, policy: V2Policy, user_id: str, row_id: str | None) -> None:
    """The policy is active and the user may approve and is not one of its approvers yet."""
    _reconcile(call.store, policy)
    if policy.archived:
        raise BillError(
            400,
            "BDC_1119",
            f"{invalid_field('approvalPolicyId', policy.id).message}. The policy is inactive; undelete it first.",
        )
    _check_approver(call.store, call.organization_id, user_id, "usersId")
    for row in _tables(call.store).policy_approvers.values():
        if row.policy_id == policy.id and row.user_id == user_id and not row.archived and row.id != row_id:
            raise BillError(
                400,
                "BDC_1119",
                f"{invalid_field('usersId', user_id).message}. The user is already approver {row.id} of this policy.",
            )


def _create_policy_approver(call: V2Call, obj: dict[str, Any]) -> PolicyApprover:
    tables = _tables(call.store)
    policy = tables.policies.get(obj["approvalPolicyId"])
    if policy is None or policy.organization_id != call.organization_id:
        raise invalid_field("approvalPolicyId", obj["approvalPolicyId"])
    _check_policy_approver(call, policy, obj["usersId"], None)
    orders = [row.sort_order for row in tables.policy_approvers.values() if row.policy_id == policy.id]
    row = PolicyApprover(
        id=call.store.ids.object_id(PREFIX_POLICY_APPROVER),
        organization_id=call.organization_id,
        policy_id=policy.id,
        user_id=obj["usersId"],
        sort_order=obj.get("sortOrder", max(orders, default=-1) + 1),
        created=call.now,
        updated=call.now,
    )
    tables.policy_approvers[row.id] = row
    _sync(call.store, call.now, policy)
    return row


def _set_policy_approver_active(call: V2Call, row: PolicyApprover, active: bool) -> None:
    if row.archived == (not active):
        return
    policy = _tables(call.store).policies[row.policy_id]
    if active:
        _check_policy_approver(call, policy, row.user_id, row.id)
    row.archived = not active
    row.updated = call.now
    _reconcile(call.store, policy)
    _sync(call.store, call.now, policy)


def _policy_approver_wire(store: Store, row: PolicyApprover) -> dict[str, Any]:
    return {
        "entity": "ApprovalPolicyApprover",
        "id": row.id,
        "approvalPolicyId": row.policy_id,
        "usersId": row.user_id,
        "isActive": "2" if row.archived else "1",
        "sortOrder": row.sort_order,
        "createdTime": wire.format_timestamp(row.created),
        "updatedTime": wire.format_timestamp(row.updated),
    }


APPROVAL_POLICY_APPROVER: Entity[PolicyApprover] = Entity(
    name="ApprovalPolicyApprover",
    table=lambda store: _tables(store).policy_approvers,
    organization_of=lambda row: row.organization_id,
    to_wire=_policy_approver_wire,
    create=_create_policy_approver,
    set_active=_set_policy_approver_active,
)


# GetAllBillApproverPolicy: v3's policies in v2's words


@handles_v2("getAllBillApproverPolicy")
def _all_bill_policies(call: V2Call) -> dict[str, Any]:
    store, organization_id = call.store, call.organization_id
    shown: list[tuple[Policy, str]] = [
        (policy, "ACTIVE")
        for policy in approval_tables(store).policies.values()
        if policy.organization_id == organization_id
    ]
    for mine in _tables(store).policies.values():
        _reconcile(store, mine)
        if mine.organization_id == organization_id and mine.type == BILLS and mine.archived:
            rules = [Rule("BILL_AMOUNT", "gte", (_amount_text(mine.amount_threshold),))]
            name = mine.nickname or _policy_name(mine)
            users = _policy_users(store, mine)
            shown.append((Policy(mine.id, organization_id, name, rules, users, mine.created, mine.updated), "INACTIVE"))
    shown.sort(key=lambda pair: pair[0].created)
    return {
        "policies": [
            _bill_policy_wire(store, policy, status, order) for order, (policy, status) in enumerate(shown, start=1)
        ]
    }


def _bill_policy_wire(store: Store, policy: Policy, status: str, order: int) -> dict[str, Any]:
    v3 = _policy(store, policy)
    rules = [
        {
            "key": _RULE_KEYS.get(rule["key"], rule["key"]),
            "opr": _RULE_OPERATORS.get(rule["op"], rule["op"]),
            "value": value["value"],
            "displayName": value["displayName"],
        }
        for rule in v3["rules"]
        for value in rule["values"]
    ]
    approvers = [
        {"usersId": user["userId"], "fullName": user["fullName"], "userType": "User"}
        for user in v3["approvers"]["users"]
    ]
    return {
        "policyId": policy.id,
        "policyName": policy.name,
        "policyOrder": order,
        "orgId": policy.organization_id,
        "status": status,
        "rawPolicy": {
            "policyId": policy.id,
            "policyName": policy.name,
            "versionId": str(int(policy.updated.timestamp())),
            "rules": rules,
            "approvers": approvers,
        },
    }


# the approval sequence of one bill or vendor credit


def _bill(call: V2Call, bill_id: str) -> Bill:
    """The caller's organization's bill, routed through v3's policies if nothing routed it yet."""
    bill = ap_tables(call.store).bills.get(bill_id)
    if bill is None or bill.organization_id != call.organization_id:
        raise invalid_field("objectId", bill_id)
    return routed(call.store, bill)


def _credit(call: V2Call, credit_id: str) -> VendorCredit:
    credit = ap_tables(call.store).vendor_credits.get(credit_id)
    if credit is None or credit.organization_id != call.organization_id:
        raise invalid_field("objectId", credit_id)
    return credit


def _document(call: V2Call, data: Mapping[str, Any]) -> tuple[_Approvable, bool]:
    """The bill or vendor credit's approval sequence that `objectId` and `entity` name, and its archived flag."""
    object_id = data["objectId"]
    if data["entity"] == "Bill":
        bill = _bill(call, object_id)
        return bill, bill.archived
    credit = _credit(call, object_id)
    return credit_approval(call.store, credit), credit.archived


def _waiting(document: _Approvable) -> BillApprover | None:
    """The approver the document waits for (v3's rule for bills, applied to vendor credits alike)."""
    if isinstance(document, Bill):
        return _waiting_for(document)
    if document.approval_status == DENIED:
        return None
    return next((a for a in sorted(document.approvers, key=lambda a: a.order) if a.status == WAITING), None)


def _status_after(approvers: Sequence[BillApprover]) -> str | None:
    if not approvers:
        return None
    if any(a.status == DENIED for a in approvers):
        return DENIED
    if any(a.status == WAITING for a in approvers):
        return ASSIGNED
    return APPROVED


def _settled(call: V2Call, document: _Approvable) -> None:
    document.updated = call.now
    if isinstance(document, Bill):
        approval_tables(call.store).routed.add(document.id)  # v3's lazy routing must not undo this


def _step_id(store: Store, document_id: str, approver: BillApprover) -> str:
    """The id of one step of a document's sequence, stable for as long as the step is there."""
    tables = _tables(store)
    key = (document_id, approver.user_id, approver.order)
    found = tables.step_ids.get(key)
    if found is None:
        prefix = PREFIX_BILL_APPROVER if document_id.startswith("00n") else PREFIX_CREDIT_APPROVER
        found = tables.step_ids[key] = store.ids.object_id(prefix)
        tables.steps[found] = key
    return found


def _step_status(document: _Approvable, approver: BillApprover) -> str:
    """v2's ApprovalStatus: 0 waiting (its turn), 2 rerouted, 3 denied, 4 approved, 5 upcoming, 6 stale."""
    if approver.status == APPROVED:
        return "4"
    if approver.status == DENIED:
        return "3"
    if approver.status != WAITING:
        return "2"
    if document.approval_status == DENIED:
        return "6"
    return "0" if _waiting(document) is approver else "5"


def _step_wire(store: Store, document: _Approvable, approver: BillApprover, *, listed: bool = False) -> dict[str, Any]:
    """One step as BillApprover or VendorCreditApprover show it; `listed`: as ListApprovers does, which names
    the document `billid` whichever kind it is."""
    bill = isinstance(document, Bill)
    shown: dict[str, Any] = {
        "entity": "BillApprover" if bill else "VendorCreditApprover",
        "id": _step_id(store, document.id, approver),
        "billid" if bill or listed else "vendorCreditId": document.id,
        "usersId": approver.user_id,
        "sortOrder": approver.order,
        "status": _step_status(document, approver),
        "statusChangedDate": wire.format_timestamp(approver.status_changed),
        "isActive": "1",
    }
    if bill:
        shown["usersIdType"] = "user"
    return shown


def _find_step(call: V2Call, step_id: object, prefix: str) -> tuple[_Approvable, BillApprover]:
    """The step `step_id` names, if its document is the caller's organization's and still has it."""
    key = _tables(call.store).steps.get(step_id) if isinstance(step_id, str) and step_id.startswith(prefix) else None
    if key is not None:
        document_id, user_id, order = key
        document: _Approvable | None
        if prefix == PREFIX_BILL_APPROVER:
            document = ap_tables(call.store).bills.get(document_id)
        else:
            document = _tables(call.store).credit_approvals.get(document_id)
        if document is not None and document.organization_id == call.organization_id:
            for approver in document.approvers:
                if (approver.user_id, approver.order) == (user_id, order):
                    return document, approver
    raise invalid_field("id", step_id)


@handles_v2("crudReadBillApprover")
def _read_bill_approver(call: V2Call) -> dict[str, Any]:
    document, approver = _find_step(call, call.data["id"], PREFIX_BILL_APPROVER)
    return _step_wire(call.store, document, approver)


@handles_v2("crudReadVendorCreditApprover")
def _read_credit_approver(call: V2Call) -> dict[str, Any]:
    document, approver = _find_step(call, call.data["id"], PREFIX_CREDIT_APPROVER)
    return _step_wire(call.store, document, approver)


def _schema_fields(*names: str) -> frozenset[str]:
    schemas = bill_spec.load(bill_spec.SPEC_V2)["components"]["schemas"]
    return frozenset(key for name in names for key in schemas.get(name, {}).get("properties", {}))


@handles_v2("listVendorCreditApprover")
def _list_credit_approvers(call: V2Call) -> list[Any]:
    rows = [
        _step_wire(call.store, approval, approver)
        for approval in _tables(call.store).credit_approvals.values()
        if approval.organization_id == call.organization_id
        for approver in sorted(approval.approvers, key=lambda a: a.order)
    ]
    return listing.page(rows, call.data, _schema_fields("VendorCreditApprover"))


@handles_v2("listApprovers")
def _list_approvers(call: V2Call) -> list[dict[str, Any]]:
    document, _ = _document(call, call.data)
    ordered = sorted(document.approvers, key=lambda a: a.order)
    return [_step_wire(call.store, document, a, listed=True) for a in ordered]


@handles_v2("setApprovers")
def _set_approvers(call: V2Call) -> dict[str, Any]:
    """Keeps the approvers who acted, in their order, and makes the users named the rest of the sequence."""
    document, archived = _document(call, call.data)
    if archived:
        refusal = invalid_field("objectId", call.data["objectId"]).message
        raise BillError(400, "BDC_1119", f"{refusal}. The {call.data['entity']} is inactive; undelete it first.")
    users: list[str] = call.data["approvers"]
    _approvers(call.store, call.organization_id, users)  # the field is `approvers` in both versions
    acted = [a for a in sorted(document.approvers, key=lambda a: a.order) if a.status != WAITING]
    taken = {a.user_id for a in acted}
    fresh = [user for user in users if user not in taken]
    sequence = [BillApprover(a.user_id, a.status, order, a.status_changed) for order, a in enumerate(acted)]
    sequence += [BillApprover(user, WAITING, len(acted) + index, call.now) for index, user in enumerate(fresh)]
    document.approvers = sequence
    document.approval_status = _status_after(sequence)
    _settled(call, document)
    return {}


@handles_v2("clearApprovers")
def _clear_approvers(call: V2Call) -> dict[str, Any]:
    document, _ = _document(call, call.data)
    document.approvers = []
    document.approval_status = None
    _settled(call, document)
    return {}


def _decision(call: V2Call, verdict: str) -> dict[str, Any]:
    """Approve or Deny as the session's user, who must be the approver the document waits for."""
    document, _ = _document(call, call.data)
    object_id = call.data["objectId"]
    waiting = _waiting(document)
    if waiting is None:
        state = "was denied" if document.approval_status == DENIED else "is waiting for no approval"
        raise BillError(
            400,
            "BDC_1119",
            f"{invalid_field('objectId', object_id).message}. The {call.data['entity']} {state}; there is nothing "
            "to decide.",
        )
    if waiting.user_id != call.user_id:
        raise errors.wrong_scope(
            f"{call.data['entity']} {object_id} is waiting for user {waiting.user_id}, not for you; only that "
            "approver can decide now."
        )
    if isinstance(document, Bill):
        decide(call.store, call.now, call.who, [{"billId": document.id, "action": verdict}])
        return {}
    waiting.status = APPROVED if verdict == "APPROVE" else DENIED
    waiting.status_changed = call.now
    document.approval_status = DENIED if waiting.status == DENIED else _status_after(document.approvers)
    document.updated = call.now
    return {}


@handles_v2("approve")
def _approve(call: V2Call) -> dict[str, Any]:
    return _decision(call, "APPROVE")


@handles_v2("deny")
def _deny(call: V2Call) -> dict[str, Any]:
    return _decision(call, "DENY")


# ListUserApprovals


def _credit_wire(store: Store, credit: VendorCredit) -> dict[str, Any]:
    """The vendor credit as v2's VendorCredit shows it, with the approval status kept here."""
    shown = VENDOR_CREDIT.to_wire(store, credit)
    shown["approvalStatus"] = approval_status_code(credit_approval(store, credit))
    return shown


def _awaits(document: _Approvable, user_id: str, approval_type: str) -> bool:
    """Whether the document belongs in `user_id`'s list of that approvalType."""
    if approval_type == "0":
        waiting = _waiting(document)
        return waiting is not None and waiting.user_id == user_id
    mine = [a for a in document.approvers if a.user_id == user_id]
    if approval_type == "1":
        return any(a.status == APPROVED for a in mine)
    if approval_type == "2":
        return any(a.status == DENIED for a in mine)
    waiting = _waiting(document)
    return any(a.status == WAITING and a is not waiting for a in mine) and document.approval_status != DENIED


def _marker(offset: int) -> str:
    return base64.urlsafe_b64encode(f"{_MARKER_PREFIX}{offset}".encode()).decode("ascii")


def _offset(marker: object) -> int:
    """Where the page `marker` asks for starts: 0 for none, else what an earlier answer's marker says."""
    if marker is None or marker == "":
        return 0
    try:
        text = base64.urlsafe_b64decode(str(marker).encode("ascii")).decode("ascii")
        if text.startswith(_MARKER_PREFIX) and text[len(_MARKER_PREFIX) :].isdigit():
            return int(text[len(_MARKER_PREFIX) :])
    except (UnicodeError, ValueError, binascii.Error):
        pass
    raise BillError(
        400,
        "BDC_1119",
        f"{invalid_field('marker', marker).message}. Send null for the first page, then the marker of the last answer.",
    )


def _rows(call: V2Call, user_id: str, approval_type: str, entity: str | None) -> Iterable[dict[str, Any]]:
    store, organization_id = call.store, call.organization_id
    tables = ap_tables(store)
    if entity in (None, "Bill"):
        for bill in tables.bills.values():
            mine = bill.organization_id == organization_id and not bill.archived
            if mine and _awaits(routed(store, bill), user_id, approval_type):
                yield BILL.to_wire(store, bill)
    if entity in (None, "VendorCredit"):
        for credit in tables.vendor_credits.values():
            mine = credit.organization_id == organization_id and not credit.archived
            if mine and _awaits(credit_approval(store, credit), user_id, approval_type):
                yield _credit_wire(store, credit)


@handles_v2("listUserApprovals")
def _list_user_approvals(call: V2Call) -> dict[str, Any]:
    data = call.data
    user_id = data.get("usersId", call.user_id)
    user = call.store.users.get(user_id)
    if user is None or user.organization_id != call.organization_id:
        raise invalid_field("usersId", user_id)
    start, most = _offset(data.get("marker")), data["max"]
    query = {"start": start, "max": most + 1, "filters": data.get("filters"), "sort": data.get("sort")}
    rows = list(_rows(call, user_id, data.get("approvalType", "0"), data.get("entity")))
    found = listing.page(rows, query, _USER_APPROVAL_FIELDS())
    answer: dict[str, Any] = {"approvals": found[:most]}
    if len(found) > most:
        answer["marker"] = _marker(start + most)
    return answer


_USER_APPROVAL_FIELDS = functools.cache(functools.partial(_schema_fields, "Bill", "VendorCredit"))
"""Fields ListUserApprovals filters and sorts on: a bill's and a vendor credit's."""


register_entity(APPROVAL_POLICY)
register_entity(APPROVAL_POLICY_APPROVER)
