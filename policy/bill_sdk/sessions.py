"""BILL v3 sessions over the generated client: organization users, partners, and partners acting as users.

    with OrgSession(SANDBOX_URL, dev_key=..., username=..., password=..., organization_id=...) as bill:
        info = get_session_info.sync(client=bill.client)

Before each call the session asks its permission table (`permissions=`, else BILL_PERMISSIONS, else the
shipped table) whether its kind may make it, and raises PermissionDenied before sending when not. It
signs in on the first call, puts the right credentials on every request, renews itself before the idle
limit the table gives its kind and once after BILL refuses it, and signs out when closed. The generated
functions are used unchanged; errors arrive as exceptions from `bill_sdk.errors`. An organization
session's `events_client` reaches BILL's webhooks API (`bill_v3_events`) with the same session.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping, Sequence
from typing import Any

import httpx

import bill_v3_events
from bill_spec import events_index, v3_index
from bill_v3 import AuthenticatedClient
from bill_v3.api.authentication import login
from bill_v3.api.partner import login_as_user, partner_login
from bill_v3.models import (
    LoginAsUserRequest,
    LoginAsUserResponse,
    LoginRequest,
    LoginResponse,
    PartnerLoginRequest,
    PartnerLoginResponse,
)
from bill_v3.types import UNSET

from ._auth import SESSION_HEADER, BillAuth, OperationResolver, raise_for_answer
from ._clock import Clock
from ._lifecycle import NO_AUTH, SessionLifecycle
from ._limits import SHARED_LIMITER, InFlightLimiter, RetryPolicy
from ._results import expect
from ._secrets import Secret
from ._state import RENEW_MARGIN, LoginResult, Ticket
from .errors import SessionInvalid
from .permissions import (
    FROM_TABLE,
    IdleTimeout,
    PermissionGate,
    Permissions,
)

__all__ = ["PRODUCTION_URL", "SANDBOX_URL", "OrgSession", "PartnerSession", "events_url"]

SANDBOX_URL = "https://gateway.stage.bill.com/connect"
PRODUCTION_URL = "https://gateway.prod.bill.com/connect"

_EVENTS_SUFFIX = "-events"


def events_url(base_url: str) -> str:
    """Where BILL serves the webhooks API beside a v3 base URL: `.../connect` -> `.../connect-events`."""
    return base_url.rstrip("/") + _EVENTS_SUFFIX


DEFAULT_RETRY = RetryPolicy()


class _Session(SessionLifecycle):
    """What every session kind shares: the state, the authenticated client(s), sign-out and closing."""

    _kind: str

    def __init__(
        self,
        base_url: str,
        *,
        key_header: str,
        key: Secret,
        clock: Clock | None,
        idle_timeout: IdleTimeout,
        renew_margin: float,
        timeout: httpx.Timeout | float,
        httpx_args: Mapping[str, Any] | None,
        limiter: InFlightLimiter,
        retry: RetryPolicy,
        permissions: Permissions,
    ) -> None:
        self._start(
            base_url,
            secrets=[key],
            clock=clock,
            idle_timeout=idle_timeout,
            renew_margin=renew_margin,
            timeout=timeout,
            httpx_args=httpx_args,
            permissions=permissions,
        )
        self._key_header = key_header
        self._key = key
        self._resolver = OperationResolver(v3_index(), self._base_url)
        self._limiter = limiter
        self._retry = retry
        self._clients: list[AuthenticatedClient | bill_v3_events.AuthenticatedClient] = []
        self.client = self._new_client({key_header: key}, getattr(self, "organization_id", None))
        """The generated client to pass to every `bill_v3.api` function."""

    # -- signing out (the rest of the lifecycle is SessionLifecycle's) --------------------------------

    def _send_logout(self, ticket: Ticket) -> httpx.Response:
        return self.client.get_httpx_client().post(
            _LOGOUT_PATH, headers=self._logout_headers(ticket.session_id), auth=NO_AUTH
        )

    async def _asend_logout(self, ticket: Ticket) -> httpx.Response:
        http = self.client.get_async_httpx_client()
        return await http.post(_LOGOUT_PATH, headers=self._logout_headers(ticket.session_id), auth=NO_AUTH)

    def _generated_clients(self) -> Sequence[Any]:
        return self._clients

    # -- plumbing ----------------------------------------------------------------------------------

    def _new_client(
        self, static_headers: Mapping[str, Secret | str], organization_id: str | None
    ) -> AuthenticatedClient:
        client = AuthenticatedClient(
            base_url=self._base_url, **self._client_args(self._resolver, "v3", static_headers, organization_id)
        )
        self._clients.append(client)
        return client

    def _new_events_client(
        self, base_url: str, static_headers: Mapping[str, Secret | str], organization_id: str | None
    ) -> bill_v3_events.AuthenticatedClient:
        resolver = OperationResolver(events_index(), base_url)
        client = bill_v3_events.AuthenticatedClient(
            base_url=base_url, **self._client_args(resolver, "events", static_headers, organization_id)
        )
        self._clients.append(client)
        return client

    def _client_args(
        self,
        resolver: OperationResolver,
        api: str,
        static_headers: Mapping[str, Secret | str],
        organization_id: str | None,
    ) -> dict[str, Any]:
        """What every generated client of this session shares: this session as its auth, timeouts, strictness."""
        auth = BillAuth(
            state=self._state,
            resolver=resolver,
            static_headers=static_headers,
            redactor=self._redactor,
            limiter=self._limiter,
            limit_scope=(self._key, organization_id),  # BILL counts in-flight calls per key and organization
            retry=self._retry,
            gate=PermissionGate(self._permissions, api, self._kind),
        )
        return {
            # The generated client insists on a token header; the auth flow replaces it on every request.
            "token": "",
            "prefix": "",
            "auth_header_name": SESSION_HEADER,
            "timeout": self._timeout,
            "raise_on_unexpected_status": True,
            "httpx_args": {**self._httpx_args, "auth": auth},
        }

    def _logout_headers(self, session_id: Secret) -> dict[str, str]:
        return {self._key_header: self._key.reveal(), SESSION_HEADER: session_id.reveal()}

    def _check_logout(self, response: httpx.Response) -> None:
        with contextlib.suppress(SessionInvalid):  # already expired or signed out: the goal is reached
            raise_for_answer(response, "logout", self._redactor)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r}, signed_in={self.signed_in})"


_LOGOUT_PATH = v3_index()["logout"].path.lstrip("/")


class _PasswordSignIn:
    """POST /v3/login with a user's (or sync token's) name and password."""

    def __init__(
        self,
        *,
        username: str,
        password: Secret,
        organization_id: str,
        remember_me_id: Secret | None,
        device: str | None,
    ) -> None:
        self.username = username
        self._password = password
        self._organization_id = organization_id
        self._remember_me_id = remember_me_id
        self._device = device

    def body(self, dev_key: Secret) -> LoginRequest:
        return LoginRequest(
            username=self.username,
            password=self._password.reveal(),
            organization_id=self._organization_id,
            dev_key=dev_key.reveal(),
            remember_me_id=self._remember_me_id.reveal() if self._remember_me_id else UNSET,
            device=self._device or UNSET,
        )

    def sync(self, session: OrgSession) -> LoginResult:
        answer = login.sync(client=session.client, body=self.body(session._key))
        return _login_result(expect(answer, LoginResponse, "login"))

    async def asyncio(self, session: OrgSession) -> LoginResult:
        answer = await login.asyncio(client=session.client, body=self.body(session._key))
        return _login_result(expect(answer, LoginResponse, "login"))


class _PartnerSignIn:
    """POST /v3/partner/login-as-user through a partner session, which renews itself as needed."""

    def __init__(
        self,
        *,
        partner: PartnerSession,
        user_id: str,
        organization_id: str,
        remember_me_id: Secret | None,
        device: str | None,
    ) -> None:
        self.username = user_id
        self._partner = partner
        self._user_id = user_id
        self._organization_id = organization_id
        self._remember_me_id = remember_me_id
        self._device = device

    def body(self) -> LoginAsUserRequest:
        return LoginAsUserRequest(
            user_id=self._user_id,
            organization_id=self._organization_id,
            remember_me_id=self._remember_me_id.reveal() if self._remember_me_id else UNSET,
            device=self._device or UNSET,
        )

    def sync(self, session: OrgSession) -> LoginResult:
        answer = login_as_user.sync(client=self._partner.client, body=self.body())
        return self._result(expect(answer, LoginAsUserResponse, "loginAsUser"))

    async def asyncio(self, session: OrgSession) -> LoginResult:
        answer = await login_as_user.asyncio(client=self._partner.client, body=self.body())
        return self._result(expect(answer, LoginAsUserResponse, "loginAsUser"))

    def _result(self, answer: LoginAsUserResponse) -> LoginResult:
        return LoginResult(
            session_id=Secret(answer.session_id),
            trusted=answer.trusted is True,
            organization_id=self._organization_id,
            user_id=self._user_id,
        )


class OrgSession(_Session):
    """An organization-level session: a user signed in with a developer key, or a partner's login-as-user."""

    _kind = "user"

    def __init__(
        self,
        base_url: str,
        *,
        dev_key: str,
        username: str,
        password: str,
        organization_id: str,
        remember_me_id: str | None = None,
        device: str | None = None,
        events_base_url: str | None = None,
        clock: Clock | None = None,
        idle_timeout: IdleTimeout = FROM_TABLE,
        renew_margin: float = RENEW_MARGIN,
        timeout: httpx.Timeout | float = 30.0,
        httpx_args: Mapping[str, Any] | None = None,
        limiter: InFlightLimiter = SHARED_LIMITER,
        retry: RetryPolicy = DEFAULT_RETRY,
        permissions: Permissions = None,
    ) -> None:
        remember = Secret(remember_me_id) if remember_me_id else None
        secret_password = Secret(password)
        self._setup(
            base_url,
            dev_key=Secret(dev_key),
            organization_id=organization_id,
            sign_in=_PasswordSignIn(
                username=username,
                password=secret_password,
                organization_id=organization_id,
                remember_me_id=remember,
                device=device,
            ),
            secrets=(secret_password, remember),
            events_base_url=events_base_url,
            clock=clock,
            idle_timeout=idle_timeout,
            renew_margin=renew_margin,
            timeout=timeout,
            httpx_args=httpx_args,
            limiter=limiter,
            retry=retry,
            permissions=permissions,
        )

    def _setup(
        self,
        base_url: str,
        *,
        dev_key: Secret,
        organization_id: str,
        sign_in: _PasswordSignIn | _PartnerSignIn,
        secrets: tuple[Secret | None, ...],
        events_base_url: str | None,
        clock: Clock | None,
        idle_timeout: IdleTimeout,
        renew_margin: float,
        timeout: httpx.Timeout | float,
        httpx_args: Mapping[str, Any] | None,
        limiter: InFlightLimiter,
        retry: RetryPolicy,
        permissions: Permissions,
    ) -> None:
        self.organization_id = organization_id
        self.username = sign_in.username
        self._sign_in_with = sign_in
        super().__init__(
            base_url,
            key_header="devKey",
            key=dev_key,
            clock=clock,
            idle_timeout=idle_timeout,
            renew_margin=renew_margin,
            timeout=timeout,
            httpx_args=httpx_args,
            limiter=limiter,
            retry=retry,
            permissions=permissions,
        )
        self._redactor.add(*secrets)
        self.events_client = self._new_events_client(
            events_base_url or events_url(base_url), {"devKey": dev_key}, organization_id
        )
        """The generated webhooks client (`bill_v3_events.api` functions), signed in with this same session."""

    @property
    def user_id(self) -> str | None:
        ticket = self._state.ticket
        return ticket.user_id if ticket else None

    def _sign_in(self) -> LoginResult:
        return self._sign_in_with.sync(self)

    async def _asign_in(self) -> LoginResult:
        return await self._sign_in_with.asyncio(self)

    def __repr__(self) -> str:
        return (
            f"OrgSession(base_url={self._base_url!r}, organization_id={self.organization_id!r}, "
            f"username={self.username!r}, signed_in={self.signed_in})"
        )


class PartnerSession(_Session):
    """A BILL partner's session: creates organizations and users, and signs in as those users."""

    _kind = "partner"

    def __init__(
        self,
        base_url: str,
        *,
        app_key: str,
        username: str,
        password: str,
        clock: Clock | None = None,
        idle_timeout: IdleTimeout = FROM_TABLE,
        renew_margin: float = RENEW_MARGIN,
        timeout: httpx.Timeout | float = 30.0,
        httpx_args: Mapping[str, Any] | None = None,
        limiter: InFlightLimiter = SHARED_LIMITER,
        retry: RetryPolicy = DEFAULT_RETRY,
        permissions: Permissions = None,
    ) -> None:
        self.username = username
        self._password = Secret(password)
        self._clock = clock
        self._by_organization: dict[str, AuthenticatedClient] = {}
        super().__init__(
            base_url,
            key_header="appKey",
            key=Secret(app_key),
            clock=clock,
            idle_timeout=idle_timeout,
            renew_margin=renew_margin,
            timeout=timeout,
            httpx_args=httpx_args,
            limiter=limiter,
            retry=retry,
            permissions=permissions,
        )
        self._redactor.add(self._password)

    def for_organization(self, organization_id: str) -> AuthenticatedClient:
        """A client for partner calls that act on one organization (users, roles, phones).

        It shares this partner session: one sign-in serves every organization.
        """
        client = self._by_organization.get(organization_id)
        if client is None:
            client = self._new_client({self._key_header: self._key, "organizationId": organization_id}, organization_id)
            self._by_organization[organization_id] = client
        return client

    def login_as_user(
        self,
        *,
        user_id: str,
        organization_id: str,
        dev_key: str,
        remember_me_id: str | None = None,
        device: str | None = None,
        idle_timeout: IdleTimeout = FROM_TABLE,
        renew_margin: float = RENEW_MARGIN,
    ) -> OrgSession:
        """An organization-level session as `user_id`, opened (and reopened) through this partner session.

        Its calls send `dev_key`. Like any session it signs in on its first call.
        """
        remember = Secret(remember_me_id) if remember_me_id else None
        session = OrgSession.__new__(OrgSession)
        session._setup(
            self._base_url,
            dev_key=Secret(dev_key),
            organization_id=organization_id,
            sign_in=_PartnerSignIn(
                partner=self,
                user_id=user_id,
                organization_id=organization_id,
                remember_me_id=remember,
                device=device,
            ),
            secrets=(self._key, self._password, remember),
            events_base_url=events_url(self._base_url),
            clock=self._clock,
            idle_timeout=idle_timeout,
            renew_margin=renew_margin,
            timeout=self._timeout,
            httpx_args=self._httpx_args,
            limiter=self._limiter,
            retry=self._retry,
            permissions=self._permissions,
        )
        return session

    def _sign_in(self) -> LoginResult:
        answer = partner_login.sync(client=self.client, body=self._login_body())
        return LoginResult(session_id=Secret(expect(answer, PartnerLoginResponse, "partnerLogin").session_id))

    async def _asign_in(self) -> LoginResult:
        answer = await partner_login.asyncio(client=self.client, body=self._login_body())
        return LoginResult(session_id=Secret(expect(answer, PartnerLoginResponse, "partnerLogin").session_id))

    def _login_body(self) -> PartnerLoginRequest:
        return PartnerLoginRequest(app_key=self._key.reveal(), username=self.username, password=self._password.reveal())

    def __repr__(self) -> str:
        return f"PartnerSession(base_url={self._base_url!r}, username={self.username!r}, signed_in={self.signed_in})"


def _login_result(answer: LoginResponse) -> LoginResult:
    return LoginResult(
        session_id=Secret(answer.session_id),
        trusted=answer.trusted is True,
        organization_id=answer.organization_id if isinstance(answer.organization_id, str) else None,
        user_id=answer.user_id if isinstance(answer.user_id, str) else None,
    )
