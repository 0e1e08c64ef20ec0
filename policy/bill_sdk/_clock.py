"""Time as the session layer sees it: injectable, so tests advance it instead of sleeping."""

from __future__ import annotations

import threading
import time
from typing import Protocol


class Clock(Protocol):
    """Seconds on a clock that never goes backwards; only differences matter."""

    def now(self) -> float: ...


class SystemClock:
    """The process's monotonic clock (immune to wall-clock changes)."""

    def now(self) -> float:
        return time.monotonic()


class ManualClock:
    """A clock that moves only when told to; for tests and simulations."""

    def __init__(self, start: float = 0.0) -> None:
        self._now = start
        self._lock = threading.Lock()

    def now(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError(f"a clock cannot go back ({seconds} seconds)")
        with self._lock:
            self._now += seconds
