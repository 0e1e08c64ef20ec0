"""What every session shares, whichever API it speaks: its state and table, signing in on demand, signing out on
close (also through `with` and `async with`), and closing the generated clients' connections.

Each API's session class says only how it signs out (`_send_logout`, `_asend_logout`, `_check_logout`) and which
generated clients it made (`_generated_clients`).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from types import TracebackType
from typing import Any, Self

import httpx

from ._state import SessionState, Ticket
from .errors import BillError
from .permissions import PermissionTable

__all__ = ["NO_AUTH", "SessionLifecycle"]

NO_AUTH = httpx.Auth()
"""Sign-out goes around the session's own auth, which would sign in again just to sign out."""

logger = logging.getLogger("bill_sdk")


class SessionLifecycle:
    _state: SessionState
    _permissions: PermissionTable

    # -- what each API's session provides ----------------------------------------------------------

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
