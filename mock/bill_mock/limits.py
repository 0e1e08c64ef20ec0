"""BILL's rate and concurrency limits, counted on the mock's clock.

- At most 3 requests in flight per key and organization (BDC_1322). The count covers a request from the
  moment the app accepts it until its answer is ready, reading the body included, since that is where
  concurrent requests overlap in an ASGI app.
- 20,000 requests an hour per devKey, and 200 logins an hour per devKey (BDC_1144). Hours are clock hours
  of the mock: once a limit is reached every later call fails until the next hour begins, as BILL says.
- 5 a minute, per user, for the operations that send a text or an email (BDC_1144), in clock minutes.

BILL does not document the HTTP status of these errors on the v3 API; its webhooks API answers 429 when
a rate limit is hit, so the mock answers 429 to all of them (v2 answers them in its envelope, HTTP 200).

v2 shares every counter: BILL counts per devKey and organization whatever the API. Its credentials are
form fields, so v2 passes them to `admitted` itself, and `check_v2_call` counts its sign-ins and messages.

Every limit can be changed through the control plane (`POST /_mock/limits`) so tests reach them quickly;
a reset restores BILL's numbers, because the settings live in the store.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import ClassVar

from bill_mock.errors import BillError
from bill_mock.mock import Mock
from bill_mock.rules.sessions import Caller
from bill_mock.state import Store
from bill_mock.validation import ValidRequest
from bill_spec import Operation

__all__ = [
    "LOGIN_OPERATION",
    "MESSAGE_OPERATIONS",
    "V2_LOGIN_OPERATIONS",
    "V2_MESSAGE_OPERATIONS",
    "LimitSettings",
    "LimitTables",
    "admitted",
    "check_call",
    "check_v2_call",
    "configure",
    "settings",
]

LOGIN_OPERATION = "login"
"""The organization sign-in: limited per devKey per hour, and per user per minute since it may send a text."""

MESSAGE_OPERATIONS: frozenset[str] = frozenset(
    {
        LOGIN_OPERATION,
        "createMfaChallenge",  # texts an MFA code
        "sendInvoice",  # emails an invoice
        "createVendorInvitation",  # a BILL network connection request to a vendor
        "inviteVendorNotInBillNetwork",  # emails a vendor outside the network an invitation
        "createCustomerInvitation",  # a BILL network connection request to a customer
    }
)
"""Operations that send a text or an email, each capped per user per minute."""

V2_LOGIN_OPERATIONS: frozenset[str] = frozenset({"login", "listOrgs"})
"""v2 operations in the 200-an-hour sign-in limit: BILL counts /Login.json and /ListOrgs.json together."""

V2_MESSAGE_OPERATIONS: frozenset[str] = frozenset(
    {
        "login",  # may text an MFA code, as v3's
        "mfaChallenge",  # texts an MFA code
        "sendInvoice",  # emails an invoice
        "sendInvite",  # a BILL network connection request
        "sendVendorInvite",  # emails a vendor outside the network an invitation
    }
)
"""The v2 operations that send a text or an email (v3's MESSAGE_OPERATIONS, by v2's names)."""

_MAX_SETTING = 1_000_000_000


@dataclass(frozen=True, slots=True)
class LimitSettings:
    """The numbers the mock enforces; BILL's own by default."""

    in_flight: int = 3
    requests_per_hour: int = 20_000
    logins_per_hour: int = 200
    messages_per_minute: int = 5

    _WIRE: ClassVar[dict[str, str]] = {
        "inFlight": "in_flight",
        "requestsPerHour": "requests_per_hour",
        "loginsPerHour": "logins_per_hour",
        "messagesPerMinute": "messages_per_minute",
    }

    def to_wire(self) -> dict[str, int]:
        return {wire: getattr(self, attribute) for wire, attribute in self._WIRE.items()}

    def changed(self, payload: object) -> LimitSettings:
        """These settings with the ones in `payload` (any subset of to_wire's keys), or ValueError saying why not."""
        if not isinstance(payload, Mapping):
            raise ValueError('Send a JSON object such as {"inFlight": 3, "requestsPerHour": 20000}.')
        unknown = sorted(str(name) for name in payload if name not in self._WIRE)
        if unknown:
            raise ValueError(f"Unknown limits {unknown}; the limits are {sorted(self._WIRE)}.")
        updates: dict[str, int] = {}
        for wire, value in payload.items():
            if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= _MAX_SETTING:
                raise ValueError(f'"{wire}" must be a whole number from 1 to {_MAX_SETTING}.')
            updates[self._WIRE[wire]] = value
        return replace(self, **updates)


@dataclass(slots=True)
class _Window:
    """Requests counted in one clock window (an hour or a minute) for one key."""

    start: int
    count: int = 0


@dataclass(slots=True)
class LimitTables:
    """The store's limit state: the settings and the live counters."""

    settings: LimitSettings = field(default_factory=LimitSettings)
    in_flight: dict[tuple[str, str | None], int] = field(default_factory=dict)
    """Requests running now, by (devKey or appKey, organization id)."""
    windows: dict[tuple[str, str], _Window] = field(default_factory=dict)
    """Counts of the current window, by (limit name, devKey or user id)."""


def settings(store: Store) -> LimitSettings:
    return store.area(LimitTables).settings


def configure(store: Store, payload: object) -> LimitSettings:
    """Changes some limits (see LimitSettings.changed); the counters keep what they counted."""
    tables = store.area(LimitTables)
    tables.settings = tables.settings.changed(payload)
    return tables.settings


@contextmanager
def admitted(mock: Mock, credentials: Mapping[str, str]) -> Iterator[None]:
    """Holds one in-flight slot and counts the request against its devKey's hour, or raises BDC_1322/BDC_1144.

    `credentials` holds the request's devKey, appKey, sessionId and organizationId by those names: v3's
    headers, or a mapping v2 builds from its form. Only requests with a registered key count, so a
    stranger's traffic never uses up the sandbox's limits. The slot is released however the request ends.
    """
    with mock.lock:
        store = mock.store
        tables = store.area(LimitTables)
        slot = _slot(store, credentials)
        if slot is not None and tables.in_flight.get(slot, 0) >= tables.settings.in_flight:
            raise BillError(
                429,
                "BDC_1322",
                f"Max number of concurrent requests per organization reached: {tables.settings.in_flight}. "
                "Wait for a running request to finish, then retry.",
            )
        dev_key = credentials.get("devKey")
        if dev_key is not None and dev_key in store.dev_keys:
            _take(tables, [_hourly_requests(tables, dev_key)], mock.clock.now())
        if slot is not None:
            tables.in_flight[slot] = tables.in_flight.get(slot, 0) + 1
    try:
        yield
    finally:
        if slot is not None:
            with mock.lock:
                remaining = tables.in_flight.get(slot, 1) - 1
                if remaining > 0:
                    tables.in_flight[slot] = remaining
                else:
                    tables.in_flight.pop(slot, None)


def check_call(store: Store, now: datetime, operation: Operation, caller: Caller | None, request: ValidRequest) -> None:
    """Counts a checked request against the login and message limits, or raises BDC_1144 (nothing is counted then)."""
    operation_id = operation.operation_id
    if operation_id not in MESSAGE_OPERATIONS:
        return
    tables = store.area(LimitTables)
    limits: list[_Limit] = []
    user_id = caller.session.user_id if caller is not None else None
    if operation_id == LOGIN_OPERATION:
        body = request.body if isinstance(request.body, dict) else {}
        dev_key, username = body.get("devKey"), body.get("username")
        if isinstance(dev_key, str) and dev_key in store.dev_keys:
            limits += [_hourly_logins(tables, dev_key), _hourly_requests(tables, dev_key)]
        user = store.user_by_username(username) if isinstance(username, str) else None
        user_id = user.id if user is not None else None
    if user_id is not None:
        limits.append(_messages(tables, user_id))
    _take(tables, limits, now)


def check_v2_call(
    store: Store, now: datetime, operation_id: str, caller: Caller | None, *, dev_key: str, user_name: str | None
) -> None:
    """v2's check_call: counts a sign-in against its devKey's hour (`admitted` counted the request) and a
    text or email against its user's minute, or raises BDC_1144 (nothing is counted then).

    `user_name` is Login's userName: the user a sign-in may text, when it names a user rather than a token.
    """
    tables = store.area(LimitTables)
    limits: list[_Limit] = []
    user_id = caller.session.user_id if caller is not None else None
    if operation_id in V2_LOGIN_OPERATIONS:
        if dev_key in store.dev_keys:
            limits.append(_hourly_logins(tables, dev_key))
        user = store.user_by_username(user_name) if user_name and operation_id == LOGIN_OPERATION else None
        user_id = user.id if user is not None else None
    if operation_id in V2_MESSAGE_OPERATIONS and user_id is not None:
        limits.append(_messages(tables, user_id))
    _take(tables, limits, now)


@dataclass(frozen=True, slots=True)
class _Limit:
    name: str
    who: str
    maximum: int
    seconds: int
    refusal: str


def _hourly_requests(tables: LimitTables, dev_key: str) -> _Limit:
    maximum = tables.settings.requests_per_hour
    refusal = (
        f"Max number of allowed requests per hour reached: {maximum}. Calls succeed again when the next hour begins."
    )
    return _Limit("requests", dev_key, maximum, 3600, refusal)


def _hourly_logins(tables: LimitTables, dev_key: str) -> _Limit:
    maximum = tables.settings.logins_per_hour
    refusal = (
        f"Max number of allowed logins per hour reached: {maximum} for this developer key. "
        "Reuse open sessions, and sign in again when the next hour begins."
    )
    return _Limit("logins", dev_key, maximum, 3600, refusal)


def _messages(tables: LimitTables, user_id: str) -> _Limit:
    maximum = tables.settings.messages_per_minute
    refusal = (
        f"Max number of allowed messages per minute reached: {maximum} for this user. "
        "Wait for the next minute before sending another text or email."
    )
    return _Limit("messages", user_id, maximum, 60, refusal)


def _take(tables: LimitTables, limits: list[_Limit], now: datetime) -> None:
    """Counts one request in every window, or none of them if any is full."""
    current: list[_Window] = []
    for limit in limits:
        start = int(now.timestamp()) // limit.seconds
        window = tables.windows.get((limit.name, limit.who))
        if window is None or window.start != start:
            window = _Window(start)  # a new window; the old one is dropped when this one is stored
        if window.count >= limit.maximum:
            raise BillError(429, "BDC_1144", limit.refusal)
        current.append(window)
    for limit, window in zip(limits, current, strict=True):
        window.count += 1
        tables.windows[(limit.name, limit.who)] = window


def _slot(store: Store, credentials: Mapping[str, str]) -> tuple[str, str | None] | None:
    """The (key, organization) a request runs under, or None when it carries no registered key."""
    dev_key, app_key = credentials.get("devKey"), credentials.get("appKey")
    if dev_key is not None and dev_key in store.dev_keys:
        key = dev_key
    elif app_key is not None and store.is_app_key(app_key):
        key = app_key
    else:
        return None
    session_id = credentials.get("sessionId")
    session = store.sessions.get(session_id) if session_id else None
    if session is not None and session.organization_id is not None:
        return key, session.organization_id
    return key, credentials.get("organizationId")  # a partner session names the organization per call
