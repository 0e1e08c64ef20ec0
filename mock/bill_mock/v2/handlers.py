"""v2 operations' handlers: a checked request in (V2Call), the envelope's `response_data` out.

A handler returns the payload (anything JSON can carry) or raises BillError; the app wraps either in the
envelope. Handlers register with `handles_v2(operationId)` into V2_HANDLERS, apart from v3's table since v2
reuses operation ids such as login and logout. An operation without a handler answers 501.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bill_mock.areas.funding import require_trusted_session
from bill_mock.errors import BillError
from bill_mock.handlers import handles
from bill_mock.rules.sessions import Caller
from bill_mock.state import Store
from bill_spec import Operation

__all__ = ["MFA_PROTECTED", "V2_HANDLERS", "V2Call", "V2Handler", "handles_v2", "require_trusted"]


@dataclass(frozen=True, slots=True)
class V2Call:
    """Everything a v2 handler may use: the store and the mock's time, who calls, and the checked request."""

    store: Store
    now: datetime
    caller: Caller | None
    """None only for the public operations (Login, ListOrgs)."""
    operation: Operation
    form: Mapping[str, str]
    """The form's text fields as sent (devKey, sessionId, data, and a public operation's own fields)."""
    data: Any = None
    """`data` parsed and checked against the operation's x-bill-data schema; None when it takes none."""
    items: tuple[Any, ...] = ()
    """Bulk operations: each item of `data["bulk"]` checked on its own, or the BillError it earned (BILL
    answers every item with its own envelope, so one bad item does not sink the others)."""
    file: bytes | None = None
    """The uploaded file of a multipart operation."""
    file_name: str | None = None
    base_url: str = ""
    """The mock's own base URL as the client reached it (Login's apiEndPoint is built from it)."""

    @property
    def who(self) -> Caller:
        if self.caller is None:
            raise LookupError("this operation was routed without a session")
        return self.caller

    @property
    def organization_id(self) -> str:
        organization_id = self.who.organization_id
        if organization_id is None:
            raise LookupError("this call acts on no organization")
        return organization_id

    @property
    def user_id(self) -> str:
        return self.who.user_id


V2Handler = Callable[[V2Call], Any]
V2_HANDLERS: dict[str, V2Handler] = {}


def handles_v2(operation_id: str) -> Callable[[V2Handler], V2Handler]:
    """Registers the decorated function as the v2 handler of `operation_id`; a second claim is an error."""
    return handles(operation_id, registry=V2_HANDLERS)


MFA_PROTECTED: frozenset[str] = frozenset(
    {
        "payBills",
        "sendInvite",
        "sendVendorInvite",
        "crudCreateVendorBankAccount",
        "bulkCrudCreateVendorBankAccount",
        "crudDeleteVendorBankAccount",
        "bulkCrudDeleteVendorBankAccount",
    }
)
"""Operations BILL runs only for an MFA-trusted session; the app checks these before their handler runs.
Handlers call require_trusted themselves only where the need depends on the data (a vendor's address)."""

_V2_ADVICE = (
    "Answer an MFA challenge (MFAChallenge.json, then MFAAuthenticate.json), or sign in with the mfaId and "
    "deviceId of a remembered device, then try again."
)
_SYNC_SESSION_ADVICE = "Sync-token sessions cannot use MFA; sign in as a user and answer an MFA challenge."


def require_trusted(call: V2Call, what: str = "This operation") -> None:
    """BILL's MFA refusal (BDC_1361, the code v3's payments and funding accounts use) unless the session is
    MFA-trusted; a token session is told it can never be."""
    caller = call.who
    require_trusted_session(caller, what, _SYNC_SESSION_ADVICE if caller.session.token else _V2_ADVICE)


def not_implemented(call: V2Call) -> Any:
    """What an operation without a handler answers: the spec has it, the mock does not yet."""
    raise BillError(501, "BDC_1121", f"The mock does not implement {call.operation.operation_id} yet.")
