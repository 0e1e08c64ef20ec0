"""One BILL session's lifecycle: sign in lazily, renew before the idle limit, renew once after BILL says no.

BILL ends a session after an idle period (35 minutes for user and partner sessions) and has no refresh
call, so "renewal" means signing in again. However many threads or tasks find the session stale at once,
one of them signs in and the others reuse its session: each caller remembers the generation it used, and
only a caller holding the newest generation may replace it.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from ._clock import Clock
from ._secrets import Redactor, Secret

logger = logging.getLogger("bill_sdk")

USER_IDLE_TIMEOUT = 35 * 60.0
"""BILL signs a user or partner session out after this many idle seconds."""
RENEW_MARGIN = 60.0
"""Renew this many seconds before the idle limit, so a call never races BILL's own timer."""


@dataclass(frozen=True, slots=True)
class LoginResult:
    """What a sign-in gives back."""

    session_id: Secret
    trusted: bool = False
    organization_id: str | None = None
    user_id: str | None = None


@dataclass(frozen=True, slots=True)
class Ticket:
    """A signed-in session as handed to one request."""

    session_id: Secret
    generation: int
    trusted: bool
    organization_id: str | None
    user_id: str | None


@dataclass(frozen=True, slots=True)
class Login:
    """The sync and async twins of one way of signing in."""

    sync: Callable[[], LoginResult]
    asyncio: Callable[[], Awaitable[LoginResult]]


class SessionState:
    """Holds the current ticket and decides when a new sign-in is due."""

    def __init__(
        self,
        *,
        kind: str,
        login: Login,
        clock: Clock,
        idle_timeout: float | None,
        renew_margin: float = RENEW_MARGIN,
        redactor: Redactor,
    ) -> None:
        if idle_timeout is not None and idle_timeout <= renew_margin:
            raise ValueError(f"idle_timeout ({idle_timeout}s) must be longer than renew_margin ({renew_margin}s)")
        self.kind = kind
        self._login = login
        self._clock = clock
        self._idle_timeout = idle_timeout
        self._renew_margin = renew_margin
        self._redactor = redactor
        self._ticket: Ticket | None = None
        self._generation = 0
        self._last_used = 0.0
        self._logins = 0
        self._lock = threading.Lock()
        self._loop_lock_guard = threading.Lock()
        self._loop_lock: tuple[asyncio.AbstractEventLoop, asyncio.Lock] | None = None

    @property
    def ticket(self) -> Ticket | None:
        return self._ticket

    @property
    def login_count(self) -> int:
        """How many sign-ins this session has made; useful to check that renewal stays rare."""
        return self._logins

    def touch(self) -> None:
        """A request is leaving now: BILL restarts its idle timer when it receives it."""
        self._last_used = self._clock.now()

    def is_fresh(self) -> bool:
        if self._ticket is None:
            return False
        if self._idle_timeout is None:
            return True
        return self._clock.now() - self._last_used < self._idle_timeout - self._renew_margin

    def ensure(self) -> Ticket:
        """A usable ticket, signing in first when there is none or it is about to expire."""
        ticket = self._ticket
        if ticket is not None and self.is_fresh():
            return ticket
        with self._lock:
            ticket = self._ticket
            if ticket is not None and self.is_fresh():
                return ticket
            return self._install(self._login.sync(), reason="no live session")

    def renew(self, stale: Ticket) -> Ticket:
        """Replace a ticket BILL refused, unless another caller already did."""
        with self._lock:
            current = self._ticket
            if current is not None and current.generation != stale.generation:
                return current
            return self._install(self._login.sync(), reason="BILL refused the session")

    async def aensure(self) -> Ticket:
        ticket = self._ticket
        if ticket is not None and self.is_fresh():
            return ticket
        async with self._async_lock():
            ticket = self._ticket
            if ticket is not None and self.is_fresh():
                return ticket
            return self._install(await self._login.asyncio(), reason="no live session")

    async def arenew(self, stale: Ticket) -> Ticket:
        async with self._async_lock():
            current = self._ticket
            if current is not None and current.generation != stale.generation:
                return current
            return self._install(await self._login.asyncio(), reason="BILL refused the session")

    def clear(self) -> Ticket | None:
        """Forget the ticket (after a logout) and return it."""
        with self._lock:
            ticket, self._ticket = self._ticket, None
            return ticket

    def _install(self, result: LoginResult, *, reason: str) -> Ticket:
        self._redactor.add(result.session_id)
        self._generation += 1
        self._logins += 1
        self._last_used = self._clock.now()
        self._ticket = Ticket(
            session_id=result.session_id,
            generation=self._generation,
            trusted=result.trusted,
            organization_id=result.organization_id,
            user_id=result.user_id,
        )
        logger.info("signed in (%s session, sign-in #%d: %s)", self.kind, self._logins, reason)
        return self._ticket

    def _async_lock(self) -> asyncio.Lock:
        """One asyncio.Lock per event loop: a lock bound to a closed loop cannot be reused."""
        loop = asyncio.get_running_loop()
        with self._loop_lock_guard:
            if self._loop_lock is None or self._loop_lock[0] is not loop:
                self._loop_lock = (loop, asyncio.Lock())
            return self._loop_lock[1]
