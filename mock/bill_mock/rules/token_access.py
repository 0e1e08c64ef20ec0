"""What a sync-token session may do: BILL's "Token-based sign in permissions" table, kept by the mock itself.

The table speaks of BILL objects and what may be done to them; the spec annotates every v2 operation with
the same words (`x-bill-object`, `x-bill-action`), so a decision is a lookup on the operation, and a new
endpoint is covered by annotating it. Fail-closed: an object or action no row allows is refused, so an
operation added to the spec is denied to tokens until this table says otherwise.

Refusals are BDC_1145. BILL does not document what it answers a token session that calls a forbidden
endpoint (the fact sheet's open question); BDC_1145 is the code practitioners see when BILL refuses an
operation to a user or organization, so a client that maps it to "forbidden" does the right thing. The
message names what was refused and how to do it instead.

Approval-policy approvers: the table lets tokens read them but not create, delete or undelete them, while
approval policies themselves are open. The spec gives approver writes their own actions (create-approver,
...), but an annotation slip would silently open them, since the policy's own `create` is allowed; so any
operation whose id names ApprovalPolicyApprover is held to read and list here as well.

The mock never imports the client's permission table: that the two agree is a test.
"""

from __future__ import annotations

from bill_mock.errors import BillError
from bill_mock.state import Session
from bill_spec import Operation

__all__ = ["ALLOWED", "check", "refusal"]

_CRUD = frozenset({"create", "read", "update", "delete", "undelete", "list"})
_READ = frozenset({"read", "list"})

ALLOWED: dict[str, frozenset[str]] = {
    "session": frozenset({"login", "logout", "read"}),  # not in the table; a session must be able to end
    "organization": frozenset({"list"}),  # ListOrgs, and only the token's organization (its handler sees to that)
    "document": frozenset({"upload", "read", "list"}),
    "user": _READ,  # users, role profiles and their permissions
    "customer": _CRUD | {"authorize"},  # incl. bank accounts and the authorization to charge
    "invoice": _CRUD | {"record-payment"},  # incl. recurring invoices and credit memos
    "ar-transactions": _READ,
    "vendor": _CRUD,  # incl. vendor bank accounts
    "bill": _CRUD,  # incl. recurring bills and vendor credits
    "ap-transactions": _READ | {"record-payment"},
    "approval-policy": _CRUD,  # policies; approvers are read-only (see the module docstring)
    "accounts-tracking": _CRUD,
    "network": frozenset({"read", "search", "connect", "disconnect", "cancel-invite"}),  # "all network
    # operations", but the two invitations need MFA, which a token session cannot get
}
"""Object -> actions a token session may take; anything else is refused."""

_APPROVER = "ApprovalPolicyApprover"

_REASONS: dict[tuple[str, str], str] = {
    ("invoice", "send"): "cannot send invoices; sign in as a user to send.",
    ("invoice", "mail"): "cannot mail invoices; sign in as a user to mail them.",
    ("ap-transactions", "pay"): "cannot pay bills; sign in as a user with an MFA-trusted session to pay.",
    ("ap-transactions", "cancel"): "cannot cancel bill payments; sign in as a user to cancel.",
    ("ap-transactions", "void"): "cannot void bill payments; sign in as a user to void.",
    ("approval-policy", "approve"): "cannot approve bills or vendor credits; sign in as the approver.",
    ("approval-policy", "deny"): "cannot deny bills or vendor credits; sign in as the approver.",
    ("approval-policy", "set-approvers"): "cannot set approvers; sign in as a user to set them.",
    ("approval-policy", "clear-approvers"): "cannot clear approvers; sign in as a user to clear them.",
    ("customer", "charge"): "cannot charge customers (a payment); sign in as a user to charge.",
    ("network", "invite"): "cannot send network invitations: they need MFA, which only user sessions get; "
    "sign in as a user and complete MFA to invite.",
    ("vendor", "create-bank-account"): "cannot add vendor bank accounts: that needs MFA, which only user sessions "
    "get; sign in as a user and complete MFA.",
    ("vendor", "delete-bank-account"): "cannot remove vendor bank accounts: that needs MFA, which only user sessions "
    "get; sign in as a user and complete MFA.",
    ("organization", "read"): "can list their own organization but not read its details; sign in as a user.",
    ("user", "create"): "cannot create users; sign in as an administrator.",
    ("user", "update"): "cannot update users; sign in as an administrator.",
    ("user", "delete"): "cannot delete users; sign in as an administrator.",
    ("user", "undelete"): "cannot undelete users; sign in as an administrator.",
}


def check(operation: Operation, session: Session) -> None:
    """Nothing for a user session or an allowed operation; BDC_1145 for what a token may not do."""
    if not session.token:
        return
    reason = refusal(operation)
    if reason is not None:
        raise BillError(403, "BDC_1145", reason)


def refusal(operation: Operation) -> str | None:
    """Why a sync-token session may not make `operation`, or None when it may."""
    prefix = "Sync-token sessions"
    if operation.bill_object == "mfa":
        return f"{prefix} cannot use MFA: BILL offers it to user sessions only. Sign in as a user for MFA."
    if _APPROVER in operation.operation_id and operation.bill_action not in _READ:
        return f"{prefix} cannot add, remove or restore approval policy approvers; sign in as a user to change them."
    actions = ALLOWED.get(operation.bill_object, frozenset())
    if operation.bill_action in actions:
        return None
    specific = _REASONS.get((operation.bill_object, operation.bill_action))
    if specific is not None:
        return f"{prefix} {specific}"
    return (
        f"{prefix} cannot call {operation.operation_id} ({operation.bill_object} {operation.bill_action}): "
        "the token's rights do not include it. Sign in as a user for it."
    )
