"""The mock's own clock: session expiry and timestamps follow it, never the wall clock."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

__all__ = ["DEFAULT_START", "MockClock", "format_timestamp"]

DEFAULT_START = datetime(2026, 1, 1, tzinfo=UTC)
"""A fixed first instant, so two runs of the same calls give the same timestamps."""


class MockClock:
    """A clock that moves only when told to, so tests can cross a 35-minute idle limit instantly."""

    def __init__(self, start: datetime | None = None) -> None:
        start = DEFAULT_START if start is None else start
        if start.tzinfo is None:
            raise ValueError("MockClock needs an aware datetime; naive times are ambiguous")
        self._now = start.astimezone(UTC)
        self._lock = threading.Lock()

    def now(self) -> datetime:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> datetime:
        """Moves the clock forward and returns the new instant; time never runs backwards."""
        if not seconds >= 0:  # also rejects NaN
            raise ValueError("the mock clock only moves forward")
        with self._lock:
            try:
                self._now += timedelta(seconds=seconds)
            except OverflowError:
                raise ValueError("that would move the mock clock past year 9999") from None
            return self._now

    def __repr__(self) -> str:
        return f"MockClock({format_timestamp(self.now())})"


def format_timestamp(moment: datetime) -> str:
    """BILL's wire form: milliseconds and an explicit offset, e.g. 2026-01-01T00:00:00.000+00:00."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")
