"""What every session shares, whichever API it speaks: its state and table, signing in on demand, signing out on
close (also through `with` and `async with`), and closing the generated clients' connections.

Each API's session class calls `_start` first, and says only how it signs in (`_sign_in`, `_asign_in`), how it
signs out (`_send_logout`, `_asend_logout`, `_check_logout`) and which generated clients it made
(`_generated_clients`).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import Any, Self

import httpx

from ._clock import Clock, SystemClock
from ._secrets import Redactor, Secret
from ._state import Login, LoginResult, SessionState, Ticket
from .errors import BillError
from .permissions import IdleTimeout, Permissions, PermissionTable, load_permissions, resolve_idle_timeout

__all__ = ["NO_AUTH", "SessionLifecycle"]

NO_AUTH = httpx.Auth()
"""Sign-out goes around the session's own auth, which would sign in again just to sign out."""

logger = logging.getLogger("bill_sdk")


class SessionLifecycle:
    _kind: str
    _state: SessionState
    _permissions: PermissionTable
    _base_url: str
    _timeout: httpx.Timeout
    _httpx_args: dict[str, Any]
    _redactor: Redactor

    def _start(
        self,
        base_url: str,
        *,
        secrets: Sequence[Secret | None],
        clock: Clock | None,
        idle_timeout: IdleTimeout,
        renew_margin: float,
        timeout: httpx.Timeout | float,
        httpx_args: Mapping[str, Any] | None,
        permissions: Permissions,
    ) -> None:
        """The state every session starts from: its table, its sign-in state and the redactor for its secrets."""
        if httpx_args and "auth" in httpx_args:
            raise ValueError("httpx_args must not set 'auth': the session is the client's auth")
        self._permissions = load_permissions(permissions)
        self._base_url = base_url.rstrip("/")
        self._timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self._httpx_args = dict(httpx_args or {})
        self._redactor = Redactor(list(secrets))
        self._state = SessionState(
            kind=self._kind,
            login=Login(sync=self._sign_in, asyncio=self._asign_in),
            clock=clock or SystemClock(),
            idle_timeout=resolve_idle_timeout(self._permissions, self._kind, idle_timeout),
            renew_margin=renew_margin,
            redactor=self._redactor,
        )

    # -- what each API's session provides ----------------------------------------------------------

    def _sign_in(self) -> LoginResult:
        raise NotImplementedError

    async def _asign_in(self) -> LoginResult:
        raise NotImplementedError

    def _send_logout(self, ticket: Ticket) -> httpx.Response:
        raise NotImplementedError

    async def _asend_logout(self, ticket: Ticket) -> httpx.Response:
        raise NotImplementedError

    def _check_logout(self, response: httpx.Response) -> None:
        """Raise for a failed sign-out; a session BILL already ended counts as signed out."""
        raise NotImplementedError

    def _generated_clients(self) -> Sequence[Any]:
        raise NotImplementedError

    # -- state -------------------------------------------------------------------------------------

    @property
    def permissions(self) -> PermissionTable:
        """The permission table this session enforces before each call."""
        return self._permissions

    @property
    def signed_in(self) -> bool:
        return self._state.ticket is not None

    @property
    def trusted(self) -> bool:
        """Whether the current session is MFA-trusted, as far as the sign-in said."""
        ticket = self._state.ticket
        return bool(ticket and ticket.trusted)

    @property
    def login_count(self) -> int:
        """Sign-ins made so far (the first one included)."""
        return self._state.login_count

    def login(self) -> Self:
        """Sign in now instead of on the first call."""
        self._state.ensure()
        return self

    async def alogin(self) -> Self:
        await self._state.aensure()
        return self

    # -- sign-out and closing ----------------------------------------------------------------------

    def logout(self) -> None:
        """End the session at BILL; the next call signs in again."""
        ticket = self._state.clear()
        if ticket is not None:
            self._check_logout(self._send_logout(ticket))

    async def alogout(self) -> None:
        ticket = self._state.clear()
        if ticket is not None:
            self._check_logout(await self._asend_logout(ticket))

    def close(self) -> None:
        """Sign out (best effort: a failure is logged, not raised) and close the connections."""
        try:
            self.logout()
        except (BillError, httpx.HTTPError) as exc:
            logger.warning("sign-out on close failed (%s); the session will expire by itself", type(exc).__name__)
        for client in self._generated_clients():
            if client._client is not None:
                client._client.close()

    async def aclose(self) -> None:
        try:
            await self.alogout()
        except (BillError, httpx.HTTPError) as exc:
            logger.warning("sign-out on close failed (%s); the session will expire by itself", type(exc).__name__)
        for client in self._generated_clients():
            if client._async_client is not None:
                await client._async_client.aclose()
            if client._client is not None:
                client._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
