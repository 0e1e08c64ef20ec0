"""BILL's v2 API over the generated `bill_v2` client: user and sync-token sessions, forms and envelopes.

    with UserSession(V2_SANDBOX_URL, dev_key=..., username=..., password=..., organization_id=...) as bill:
        answer = crud_create_vendor.sync(client=bill.client, body=form(VendorCreateData(obj=VendorCreate(...))))
        vendor = result(answer, Vendor)

Each call is first judged by the session's permission table (a sync-token session may not send invoices,
pay bills, ...: PermissionDenied, before anything is sent). `form()` serialises a typed data model into
the form's `data` field (`session_form()` is the form of the operations without data); the session writes
`devKey` and `sessionId` into every form, reads BILL's envelope (errors arrive with HTTP 200) and raises
the same typed errors as v3, signs in again once on `BDC_1109` and replays, and keeps BILL's limits.
`result()` narrows an envelope to its typed payload. `paginate_v2()` walks a `List/<Entity>.json`
operation page by page.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Generator,
    Hashable,
    Iterator,
    Mapping,
    Sequence,
)
from typing import Any, Protocol, TypeVar

import httpx

from bill_spec import v2_index
from bill_v2 import Client
from bill_v2.api.session import list_orgs as list_orgs_operation
from bill_v2.api.session import login as login_operation
from bill_v2.models import (
    DataForm,
    ErrorData,
    ListData,
    ListFilter,
    ListOrgsForm,
    ListSort,
    LoginForm,
    LoginResult,
    Org,
    SessionForm,
)
from bill_v2.types import UNSET

from ._auth import SESSION_INVALID, OperationResolver
from ._clock import Clock
from ._forms import envelope_error, raise_for_envelope, raise_for_error, with_fields
from ._lifecycle import NO_AUTH, SessionLifecycle
from ._limits import RETRYABLE_CODES, SHARED_LIMITER, InFlightLimiter, RetryPolicy
from ._secrets import Redactor, Secret
from ._state import RENEW_MARGIN, SessionState, Ticket
from ._state import LoginResult as SignIn
from .errors import ErrorItem, SessionInvalid, UnexpectedResponse
from .permissions import (
    FROM_TABLE,
    IdleTimeout,
    PermissionGate,
    Permissions,
)

__all__ = [
    "TOKEN_IDLE_TIMEOUT_48H",
    "V2_PRODUCTION_URL",
    "V2_SANDBOX_URL",
    "TokenSession",
    "UserSession",
    "alist_orgs",
    "apaginate_v2",
    "form",
    "list_orgs",
    "paginate_v2",
    "result",
    "session_form",
]

V2_SANDBOX_URL = "https://api-stage.bill.com/api"
V2_PRODUCTION_URL = "https://api.bill.com/api"
TOKEN_IDLE_TIMEOUT_48H = 48 * 3600.0
"""BILL's current pages say a sync-token session ends after 48 idle hours; the seed says never (the default)."""
MAX_PAGE = 999

_LOGOUT_PATH = "/v2/Logout.json"
T = TypeVar("T")
_PLACEHOLDER = "-"
"""What form() puts in devKey and sessionId: the session writes the real values into every request."""


def form(data: Any) -> DataForm:
    """The form for an operation that takes `data`: the typed model (or a plain dict) as JSON text."""
    document = data.to_dict() if hasattr(data, "to_dict") else data
    return DataForm(dev_key=_PLACEHOLDER, session_id=_PLACEHOLDER, data=json.dumps(document, separators=(",", ":")))


def session_form() -> SessionForm:
    """The form for an operation that takes no `data` (GetSessionInfo, GetAPSummary, ...)."""
    return SessionForm(dev_key=_PLACEHOLDER, session_id=_PLACEHOLDER)


def result(envelope: object, kind: type[T], operation: str | None = None) -> T:
    """The envelope's `response_data` as a `kind` (through a session, error envelopes were raised already)."""
    data = getattr(envelope, "response_data", None)
    if isinstance(data, ErrorData) or not isinstance(data, kind):
        raise UnexpectedResponse(
            f"expected {kind.__name__} in response_data, got {type(data).__name__}",
            operation=operation or kind.__name__,
            status=200,
        )
    return data


class FormAuth(httpx.Auth):
    """Writes a session's credentials into each form; reads the envelope; renews and replays on BDC_1109."""

    requires_request_body = True
    requires_response_body = True

    def __init__(
        self,
        *,
        state: SessionState,
        dev_key: Secret,
        resolver: OperationResolver,
        redactor: Redactor,
        limiter: InFlightLimiter,
        limit_scope: Hashable,
        retry: RetryPolicy,
        gate: PermissionGate,
    ) -> None:
        self._state = state
        self._gate = gate
        self._dev_key = dev_key
        self._resolver = resolver
        self._redactor = redactor
        self._limiter = limiter
        self._scope = limit_scope
        self._retry = retry

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.read()
        operation, needs_session = self._admit(request)
        ticket = self._state.ensure() if needs_session else None
        renewed, attempt = False, 0
        while True:
            with self._limiter.slot(self._scope):
                response = yield self._fill(request, ticket)
                response.read()
            error = envelope_error(response, operation)
            delay = self._retry_delay(error, attempt)
            if self._renews(error, ticket, renewed) and ticket is not None:
                ticket, renewed = self._state.renew(ticket), True
            elif delay is not None:
                self._retry.sleep(delay)
                attempt += 1
            else:
                break
        raise_for_error(error, response, operation, self._redactor)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await request.aread()
        operation, needs_session = self._admit(request)
        ticket = await self._state.aensure() if needs_session else None
        renewed, attempt = False, 0
        while True:
            async with self._limiter.aslot(self._scope):
                response = yield self._fill(request, ticket)
                await response.aread()
            error = envelope_error(response, operation)
            delay = self._retry_delay(error, attempt)
            if self._renews(error, ticket, renewed) and ticket is not None:
                ticket, renewed = await self._state.arenew(ticket), True
            elif delay is not None:
                await self._retry.asleep(delay)
                attempt += 1
            else:
                break
        raise_for_error(error, response, operation, self._redactor)

    def _admit(self, request: httpx.Request) -> tuple[str, bool]:
        """The operation's name, and whether it needs a session (all but Login and ListOrgs); raises
        PermissionDenied, before anything is sent, when the permission table denies it to this session."""
        operation = self._resolver.resolve(request)
        if operation is None:
            name = f"{request.method} {request.url.path}"
            self._gate.check_unknown(name)
            return name, True
        self._gate.check(operation)
        return operation.operation_id, operation.scope != "public"

    def _fill(self, request: httpx.Request, ticket: Ticket | None) -> httpx.Request:
        if ticket is None:
            return request  # Login and ListOrgs carry their own credentials
        self._state.touch()
        return with_fields(request, {"devKey": self._dev_key.reveal(), "sessionId": ticket.session_id.reveal()})

    @staticmethod
    def _renews(error: ErrorItem | None, ticket: Ticket | None, renewed: bool) -> bool:
        """BILL ended the session (BDC_1109): sign in again and replay, once."""
        return error is not None and error.code == SESSION_INVALID and ticket is not None and not renewed

    def _retry_delay(self, error: ErrorItem | None, attempt: int) -> float | None:
        """Seconds before retrying a refusal BILL asks to retry later (BDC_1322), or None to keep the answer."""
        return self._retry.wait(attempt) if error is not None and error.code in RETRYABLE_CODES else None


class _V2Session(SessionLifecycle):
    """What user and token sessions share: the generated client with FormAuth, sign-out and closing."""

    _kind: str

    def __init__(
        self,
        base_url: str,
        *,
        dev_key: str,
        user_name: str,
        password: str,
        organization_id: str,
        clock: Clock | None,
        idle_timeout: IdleTimeout,
        renew_margin: float,
        timeout: httpx.Timeout | float,
        httpx_args: Mapping[str, Any] | None,
        limiter: InFlightLimiter,
        retry: RetryPolicy,
        permissions: Permissions,
        mfa_id: str | None = None,
        device_id: str | None = None,
    ) -> None:
        self.organization_id = organization_id
        self.user_name = user_name
        self._dev_key = Secret(dev_key)
        self._password = Secret(password)
        self._mfa_id = Secret(mfa_id) if mfa_id else None
        self._device_id = device_id
        self._start(
            base_url,
            secrets=[self._dev_key, self._password, self._mfa_id],
            clock=clock,
            idle_timeout=idle_timeout,
            renew_margin=renew_margin,
            timeout=timeout,
            httpx_args=httpx_args,
            permissions=permissions,
        )
        auth = FormAuth(
            state=self._state,
            dev_key=self._dev_key,
            resolver=OperationResolver(v2_index(), self._base_url),
            redactor=self._redactor,
            limiter=limiter,
            limit_scope=(self._dev_key, organization_id),  # BILL counts in-flight calls per key and organization
            retry=retry,
            gate=PermissionGate(self._permissions, "v2", self._kind),
        )
        self.client = Client(
            base_url=self._base_url,
            timeout=self._timeout,
            raise_on_unexpected_status=True,
            httpx_args={**self._httpx_args, "auth": auth},
        )
        """The generated client to pass to every `bill_v2.api` function."""

    # -- signing in --------------------------------------------------------------------------------

    def _login_form(self) -> LoginForm:
        return LoginForm(
            user_name=self.user_name,
            password=self._password.reveal(),
            org_id=self.organization_id,
            dev_key=self._dev_key.reveal(),
            mfa_id=self._mfa_id.reveal() if self._mfa_id else UNSET,
            device_id=self._device_id or UNSET,
        )

    def _sign_in(self) -> SignIn:
        return self._signed_in(login_operation.sync(client=self.client, body=self._login_form()))

    async def _asign_in(self) -> SignIn:
        return self._signed_in(await login_operation.asyncio(client=self.client, body=self._login_form()))

    def _signed_in(self, envelope: object) -> SignIn:
        answer = result(envelope, LoginResult, "login")
        return SignIn(
            session_id=Secret(answer.session_id),
            trusted=self._mfa_id is not None,
            organization_id=answer.org_id,
            user_id=answer.users_id,
        )

    # -- signing out (the rest of the lifecycle is SessionLifecycle's) --------------------------------

    def _send_logout(self, ticket: Ticket) -> httpx.Response:
        return self.client.get_httpx_client().post(_LOGOUT_PATH, data=self._logout_form(ticket), auth=NO_AUTH)

    async def _asend_logout(self, ticket: Ticket) -> httpx.Response:
        http = self.client.get_async_httpx_client()
        return await http.post(_LOGOUT_PATH, data=self._logout_form(ticket), auth=NO_AUTH)

    def _logout_form(self, ticket: Ticket) -> dict[str, str]:
        return {"devKey": self._dev_key.reveal(), "sessionId": ticket.session_id.reveal()}

    def _check_logout(self, response: httpx.Response) -> None:
        with contextlib.suppress(SessionInvalid):  # already expired or signed out: the goal is reached
            raise_for_envelope(response, "logout", self._redactor)

    def _generated_clients(self) -> Sequence[Any]:
        return [self.client]

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self._base_url!r}, organization_id={self.organization_id!r}, "
            f"user_name={self.user_name!r}, signed_in={self.signed_in})"
        )


class UserSession(_V2Session):
    """A v2 session signed in with a user's name and password: BILL ends it after 35 idle minutes."""

    _kind = "user"

    def __init__(
        self,
        base_url: str,
        *,
        dev_key: str,
        username: str,
        password: str,
        organization_id: str,
        mfa_id: str | None = None,
        device_id: str | None = None,
        clock: Clock | None = None,
        idle_timeout: IdleTimeout = FROM_TABLE,
        renew_margin: float = RENEW_MARGIN,
        timeout: httpx.Timeout | float = 30.0,
        httpx_args: Mapping[str, Any] | None = None,
        limiter: InFlightLimiter = SHARED_LIMITER,
        retry: RetryPolicy | None = None,
        permissions: Permissions = None,
    ) -> None:
        if bool(mfa_id) != bool(device_id):
            raise ValueError("mfa_id and device_id go together: BILL trusts an mfaId only on its device")
        super().__init__(
            base_url,
            dev_key=dev_key,
            user_name=username,
            password=password,
            organization_id=organization_id,
            mfa_id=mfa_id,
            device_id=device_id,
            clock=clock,
            idle_timeout=idle_timeout,
            renew_margin=renew_margin,
            timeout=timeout,
            httpx_args=httpx_args,
            limiter=limiter,
            retry=retry or RetryPolicy(),
            permissions=permissions,
        )


class TokenSession(_V2Session):
    """A v2 session signed in with a sync token: limited rights, and by default no idle limit.

    The seed says token sessions never expire; BILL's current pages say 48 idle hours
    (`idle_timeout=TOKEN_IDLE_TIMEOUT_48H`). Either way, when BILL answers BDC_1109 the session signs in
    with the token again and replays the call once.
    """

    _kind = "token"

    def __init__(
        self,
        base_url: str,
        *,
        dev_key: str,
        token_name: str,
        token: str,
        organization_id: str,
        clock: Clock | None = None,
        idle_timeout: IdleTimeout = FROM_TABLE,
        renew_margin: float = RENEW_MARGIN,
        timeout: httpx.Timeout | float = 30.0,
        httpx_args: Mapping[str, Any] | None = None,
        limiter: InFlightLimiter = SHARED_LIMITER,
        retry: RetryPolicy | None = None,
        permissions: Permissions = None,
    ) -> None:
        super().__init__(
            base_url,
            dev_key=dev_key,
            user_name=token_name,
            password=token,
            organization_id=organization_id,
            clock=clock,
            idle_timeout=idle_timeout,
            renew_margin=renew_margin,
            timeout=timeout,
            httpx_args=httpx_args,
            limiter=limiter,
            retry=retry or RetryPolicy(),
            permissions=permissions,
        )


# -- ListOrgs: no session ------------------------------------------------------------------------------


class _EnvelopeCheck(httpx.Auth):
    """Raises BILL's error from the envelope of an answer to a call made without a session (ListOrgs).

    An auth flow rather than an event hook, because one flow serves the sync and the async client alike.
    """

    requires_response_body = True

    def __init__(self, redactor: Redactor) -> None:
        self._redactor = redactor

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        response = yield request
        raise_for_envelope(response, "listOrgs", self._redactor)


def _orgs_client(base_url: str, dev_key: str, password: str, httpx_args: Mapping[str, Any] | None) -> Client:
    check = _EnvelopeCheck(Redactor([Secret(dev_key), Secret(password)]))
    args = {**dict(httpx_args or {}), "auth": check}
    return Client(base_url=base_url.rstrip("/"), raise_on_unexpected_status=True, httpx_args=args)


def _orgs(answer: object) -> list[Org]:
    return [org for org in result(answer, list, "listOrgs") if isinstance(org, Org)]


def list_orgs(
    base_url: str, *, dev_key: str, username: str, password: str, httpx_args: Mapping[str, Any] | None = None
) -> list[Org]:
    """The organizations these credentials can sign in to (for a sync token: only its own)."""
    body = ListOrgsForm(dev_key=dev_key, user_name=username, password=password)
    with _orgs_client(base_url, dev_key, password, httpx_args) as client:
        return _orgs(list_orgs_operation.sync(client=client, body=body))


async def alist_orgs(
    base_url: str, *, dev_key: str, username: str, password: str, httpx_args: Mapping[str, Any] | None = None
) -> list[Org]:
    body = ListOrgsForm(dev_key=dev_key, user_name=username, password=password)
    async with _orgs_client(base_url, dev_key, password, httpx_args) as client:
        return _orgs(await list_orgs_operation.asyncio(client=client, body=body))


# -- paging ---------------------------------------------------------------------------------------------


class _ListOperation(Protocol):
    def __call__(self, *, client: Any, body: DataForm) -> Any: ...


class _AsyncListOperation(Protocol):
    def __call__(self, *, client: Any, body: DataForm) -> Awaitable[Any]: ...


def _page_form(start: int, page_size: int, options: Mapping[str, Any]) -> DataForm:
    return form(ListData(start=start, max_=page_size, **options))


def _page_items(envelope: object) -> list[Any]:
    items = getattr(envelope, "response_data", None)
    if not isinstance(items, list):
        raise UnexpectedResponse("a list answer whose response_data is not a list", operation="list", status=200)
    return items


def _list_options(
    filters: list[ListFilter] | None, sort: list[ListSort] | None, nested: bool | None, show_audit: bool | None
) -> dict[str, Any]:
    options: dict[str, Any] = {}
    if filters is not None:
        options["filters"] = filters
    if sort is not None:
        options["sort"] = sort
    if nested is not None:
        options["nested"] = nested
    if show_audit is not None:
        options["show_audit"] = show_audit
    return options


def _check_page_size(page_size: int, start: int) -> None:
    if not 1 <= page_size <= MAX_PAGE:
        raise ValueError(f"page_size must be 1 to {MAX_PAGE}, BILL's largest page")
    if start < 0:
        raise ValueError("start counts from 0")


def paginate_v2(
    operation: _ListOperation,
    *,
    client: Any,
    filters: list[ListFilter] | None = None,
    sort: list[ListSort] | None = None,
    nested: bool | None = None,
    show_audit: bool | None = None,
    page_size: int = MAX_PAGE,
    start: int = 0,
) -> Iterator[Any]:
    """Every item of a v2 list (`bill_v2.api.<tag>.list_<entity>.sync`), one page in memory at a time.

    BILL gives no total and no token: the next page starts `page_size` further, and the first page shorter
    than `page_size` is the last. To resume later, pass the `start` of the page to begin with.
    """
    _check_page_size(page_size, start)
    options = _list_options(filters, sort, nested, show_audit)
    while True:
        items = _page_items(operation(client=client, body=_page_form(start, page_size, options)))
        yield from items
        if len(items) < page_size:
            return
        start += page_size


async def apaginate_v2(
    operation: _AsyncListOperation,
    *,
    client: Any,
    filters: list[ListFilter] | None = None,
    sort: list[ListSort] | None = None,
    nested: bool | None = None,
    show_audit: bool | None = None,
    page_size: int = MAX_PAGE,
    start: int = 0,
) -> AsyncIterator[Any]:
    """The async twin of paginate_v2 (`bill_v2.api.<tag>.list_<entity>.asyncio`)."""
    _check_page_size(page_size, start)
    options = _list_options(filters, sort, nested, show_audit)
    while True:
        items = _page_items(await operation(client=client, body=_page_form(start, page_size, options)))
        for item in items:
            yield item
        if len(items) < page_size:
            return
        start += page_size
