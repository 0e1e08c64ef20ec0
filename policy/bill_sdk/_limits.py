"""BILL's concurrency limit on the client side, and the backoff policy for answers worth retrying.

BILL refuses a fourth request in flight for the same developer key and organization (BDC_1322). Every
session of the process shares one limiter, so the limit holds however many sessions and threads there
are. A slot is held only while a request is on the wire, never while waiting for a sign-in: a caller that
held a slot while waiting for a sign-in that itself needs a slot would deadlock.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Hashable, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field

import httpx

from .errors import parse_error_items

BILL_IN_FLIGHT_LIMIT = 3
"""Requests BILL accepts in flight per developer key and organization."""

RETRYABLE_CODES = frozenset({"BDC_1322"})
"""BILL refused before doing anything: resending is safe for every method."""
RETRYABLE_STATUSES = frozenset({502, 503, 504})
"""Gateway trouble: retried for reads only, where resending cannot do something twice."""
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class InFlightLimiter:
    """At most `limit` requests in flight per scope (developer or app key, organization)."""

    def __init__(self, limit: int = BILL_IN_FLIGHT_LIMIT) -> None:
        if limit < 1:
            raise ValueError(f"the in-flight limit must be at least 1, not {limit}")
        self.limit = limit
        self._guard = threading.Lock()
        self._threads: dict[Hashable, threading.BoundedSemaphore] = {}
        self._tasks: dict[tuple[asyncio.AbstractEventLoop, Hashable], asyncio.Semaphore] = {}

    @contextmanager
    def slot(self, scope: Hashable) -> Iterator[None]:
        with self._guard:
            semaphore = self._threads.setdefault(scope, threading.BoundedSemaphore(self.limit))
        with semaphore:
            yield

    @asynccontextmanager
    async def aslot(self, scope: Hashable) -> AsyncIterator[None]:
        loop = asyncio.get_running_loop()
        with self._guard:
            semaphore = self._tasks.setdefault((loop, scope), asyncio.Semaphore(self.limit))
        async with semaphore:
            yield


SHARED_LIMITER = InFlightLimiter()
"""The limiter every session uses unless given another: one per process, as BILL counts per key."""


@dataclass(frozen=True)
class RetryPolicy:
    """Backoff for answers worth retrying: BILL suggests 2^n seconds between tries."""

    max_retries: int = 4
    backoff: float = 1.0
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)
    asleep: Callable[[float], Awaitable[None]] = field(default=asyncio.sleep, repr=False)

    def delay(self, request: httpx.Request, response: httpx.Response, attempt: int) -> float | None:
        """Seconds to wait before trying again, or None to keep this answer."""
        if not _retryable(request, response):
            return None
        return self.wait(attempt)

    def wait(self, attempt: int) -> float | None:
        """Seconds to wait before retry number `attempt` (from 0) of a retryable answer; None once retries run out."""
        if attempt >= self.max_retries:
            return None
        return float(self.backoff * 2**attempt)


NO_RETRY = RetryPolicy(max_retries=0)


def _retryable(request: httpx.Request, response: httpx.Response) -> bool:
    if response.status_code in RETRYABLE_STATUSES and request.method in SAFE_METHODS:
        return True
    if response.status_code < 400:
        return False
    try:
        items = parse_error_items(response.json())
    except ValueError:
        return False
    return bool(items) and items is not None and items[0].code in RETRYABLE_CODES
