"""The httpx.Auth that puts a BILL session on every request the generated client sends.

For each request it (1) identifies the operation from the spec's index, (2) asks the permission table
whether this kind of session may make it (PermissionDenied before anything is sent), (3) picks the
credential set the operation accepts and this session can supply, (4) signs in or renews when due,
(5) replays the request once with a new session when BILL answers BDC_1109, and (6) turns BILL's error
list into a typed error before the generated parser sees it.
"""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, Generator, Hashable, Mapping
from dataclasses import dataclass

import httpx

from bill_spec import Operation, OperationIndex

from ._limits import InFlightLimiter, RetryPolicy
from ._secrets import Redactor, Secret
from ._state import SessionState, Ticket
from .errors import (
    BillApiError,
    ErrorItem,
    SessionScopeError,
    UnexpectedResponse,
    error_class,
    parse_error_items,
)
from .permissions import PermissionGate

SESSION_HEADER = "sessionId"
CREDENTIAL_HEADERS = frozenset({"devKey", "appKey", SESSION_HEADER, "organizationId"})
SESSION_INVALID = "BDC_1109"


@dataclass(frozen=True, slots=True)
class Resolved:
    """The operation a request is, and the credential headers it will carry."""

    name: str
    operation: Operation | None
    headers: frozenset[str]


class OperationResolver:
    """Maps a request to its spec operation, ignoring the base URL's own path (e.g. /connect)."""

    def __init__(self, index: OperationIndex, base_url: str) -> None:
        self._index = index
        self._prefix = httpx.URL(base_url).path.rstrip("/")

    def resolve(self, request: httpx.Request) -> Operation | None:
        path = request.url.path
        if self._prefix and path.startswith(self._prefix):
            path = path[len(self._prefix) :]
        return self._index.match(request.method, path)


class BillAuth(httpx.Auth):
    """Adds a session's credentials to each request; renews and replays on BDC_1109."""

    requires_request_body = True  # a replay must resend the body (read below, see the note there)
    requires_response_body = True  # errors are read from the body

    def __init__(
        self,
        *,
        state: SessionState,
        resolver: OperationResolver,
        static_headers: Mapping[str, Secret | str],
        redactor: Redactor,
        limiter: InFlightLimiter,
        limit_scope: Hashable,
        retry: RetryPolicy,
        gate: PermissionGate,
    ) -> None:
        self._state = state
        self._gate = gate
        self._limiter = limiter
        self._scope = limit_scope
        self._retry = retry
        self._resolver = resolver
        self._static = dict(static_headers)
        self._available = frozenset(self._static) | {SESSION_HEADER}
        self._redactor = redactor

    # Both flows read bodies themselves: overriding httpx's twins skips its requires_*_body handling.
    # Each try sends inside a limiter slot; then either renews once on BDC_1109, waits and retries per the
    # retry policy, or keeps the answer. Signing in happens outside any slot (see _limits).

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.read()
        resolved = self._resolve(request)
        ticket = self._state.ensure() if resolved.headers else None
        renewed, attempt = False, 0
        while True:
            with self._limiter.slot(self._scope):
                response = yield self._apply(request, resolved, ticket)
                response.read()
            if ticket is not None and not renewed and _session_invalid(response):
                ticket, renewed = self._state.renew(ticket), True
                continue
            delay = self._retry.delay(request, response, attempt)
            if delay is None:
                break
            attempt += 1
            self._retry.sleep(delay)
        self._check(response, resolved.name)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await request.aread()
        resolved = self._resolve(request)
        ticket = await self._state.aensure() if resolved.headers else None
        renewed, attempt = False, 0
        while True:
            async with self._limiter.aslot(self._scope):
                response = yield self._apply(request, resolved, ticket)
                await response.aread()
            if ticket is not None and not renewed and _session_invalid(response):
                ticket, renewed = await self._state.arenew(ticket), True
                continue
            delay = self._retry.delay(request, response, attempt)
            if delay is None:
                break
            attempt += 1
            await self._retry.asleep(delay)
        self._check(response, resolved.name)

    def _resolve(self, request: httpx.Request) -> Resolved:
        operation = self._resolver.resolve(request)
        if operation is None:
            self._gate.check_unknown(f"{request.method} {request.url.path}")
            # Not in the spec (a raw call through the httpx client): send every credential the session has.
            return Resolved(f"{request.method} {request.url.path}", None, self._available)
        self._gate.check(operation)
        if not operation.security:
            return Resolved(operation.operation_id, operation, frozenset())
        for alternative in operation.security:
            if alternative <= self._available:
                return Resolved(operation.operation_id, operation, alternative)
        raise SessionScopeError(
            _scope_message(operation, self._state.kind, self._available),
            operation=operation.operation_id,
            session_kind=self._state.kind,
        )

    def _apply(self, request: httpx.Request, resolved: Resolved, ticket: Ticket | None) -> httpx.Request:
        for name in CREDENTIAL_HEADERS - resolved.headers:
            request.headers.pop(name, None)
        for name in resolved.headers:
            value = ticket.session_id if name == SESSION_HEADER and ticket else self._static[name]
            request.headers[name] = value.reveal() if isinstance(value, Secret) else value
        if ticket is not None:
            self._state.touch()
        return request

    def _check(self, response: httpx.Response, operation: str) -> None:
        raise_for_answer(response, operation, self._redactor)


def raise_for_answer(response: httpx.Response, operation: str, redactor: Redactor) -> None:
    """Raise the typed error for a BILL error answer, or UnexpectedResponse for a contract breach."""
    status = response.status_code
    if 200 <= status < 300:
        if response.content and "json" in response.headers.get("content-type", ""):
            try:
                json.loads(response.content)
            except ValueError as exc:
                raise UnexpectedResponse("the body is not valid JSON", operation=operation, status=status) from exc
        return
    if status < 400:
        raise UnexpectedResponse("BILL does not answer with this status", operation=operation, status=status)
    try:
        items = parse_error_items(json.loads(response.content))
    except ValueError:
        items = None
    if items is None:
        raise UnexpectedResponse("the error body is not BILL's error list", operation=operation, status=status)
    scrubbed = [
        ErrorItem(item.code, redactor.scrub(item.message), item.severity, item.category, item.timestamp)
        for item in items
    ]
    error: type[BillApiError] = error_class(status, scrubbed[0].code)
    raise error(operation=operation, status=status, errors=scrubbed)


def _session_invalid(response: httpx.Response) -> bool:
    if response.status_code < 400:
        return False
    try:
        items = parse_error_items(json.loads(response.content))
    except ValueError:
        return False
    return bool(items) and any(item.code == SESSION_INVALID for item in items or ())


def _scope_message(operation: Operation, kind: str, available: frozenset[str]) -> str:
    name = operation.operation_id
    if operation.scope == "partner" and "appKey" not in available:
        return (
            f"{name} is a partner operation and this is an organization-level ({kind}) session; "
            "sign in with PartnerSession to call it."
        )
    if operation.scope == "partner":
        return (
            f"{name} acts on one of the partner's organizations; call it through "
            "partner.for_organization(organization_id)."
        )
    if operation.scope == "organization" and "devKey" not in available:
        return (
            f"{name} is an organization-level operation and a partner session cannot call it; "
            "open an organization session with partner.login_as_user(...)."
        )
    return f"{name} needs credentials this {kind} session does not have."
