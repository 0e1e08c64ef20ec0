"""The running mock's state as one object (`app.state.mock`): store, clock, journal and sandbox."""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import asdict, dataclass
from typing import Any

from bill_mock.clock import MockClock
from bill_mock.sandbox import Sandbox, seed
from bill_mock.state import Store

__all__ = ["JOURNAL_LIMIT", "Journal", "JournalEntry", "Mock"]

JOURNAL_LIMIT = 10_000


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """One API request as the journal keeps it: never headers or bodies, so never a secret."""

    method: str
    path: str
    operationId: str | None  # noqa: N815 - the wire name
    status: int


class Journal:
    """The API requests since the last reset, oldest first (the oldest drop off past JOURNAL_LIMIT)."""

    def __init__(self) -> None:
        self._entries: deque[JournalEntry] = deque(maxlen=JOURNAL_LIMIT)

    def record(self, method: str, path: str, operation_id: str | None, status: int) -> None:
        self._entries.append(JournalEntry(method, path, operation_id, status))

    def entries(self) -> list[JournalEntry]:
        return list(self._entries)

    def to_wire(self) -> list[dict[str, Any]]:
        return [asdict(entry) for entry in self._entries]

    def __len__(self) -> int:
        return len(self._entries)


class Mock:
    """A local BILL: what it stores, its clock, what it was asked, and how to start over.

    `lock` serialises requests: handlers are synchronous, but a test may read the store from another
    thread while a server thread answers.
    """

    def __init__(self, clock: MockClock | None = None, *, seed: int = 0) -> None:
        self.clock = clock if clock is not None else MockClock()
        self.seed = seed
        self.lock = threading.RLock()
        self.store = Store(seed)
        self.journal = Journal()
        self._sandbox = self._seed()

    def reset(self) -> None:
        """Back to the seeded state, with the same ids; the clock keeps its time, as real time would."""
        with self.lock:
            self.store = Store(self.seed)
            self.journal = Journal()
            self._sandbox = self._seed()

    def sandbox(self) -> dict[str, Any]:
        """The seeded credentials and ids, as `GET /_mock/sandbox` returns them."""
        return self._sandbox.to_wire()

    @property
    def seeded(self) -> Sandbox:
        return self._sandbox

    def _seed(self) -> Sandbox:
        return seed(self.store, self.clock.now())
