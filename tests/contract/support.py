"""What the contract runs share: calls into their in-process mock outside schemathesis, and a reset between
operations."""

from __future__ import annotations

from typing import Any

from starlette.applications import Starlette

from tests.mock.support import Client

__all__ = ["RAISED_LIMITS", "InProcessMock"]

RAISED_LIMITS = {"messagesPerMinute": 1_000_000, "loginsPerHour": 1_000_000}
"""The runs sign in again after every successful logout, far more often than BILL's caps on sign-ins and texts
allow; those caps have their own tests (tests/mock/test_limits.py, tests/mock/v2), so here they are lifted."""


class InProcessMock:
    """Setup steps and the control plane, against the same app schemathesis calls."""

    def __init__(self, app: Starlette) -> None:
        self._client = Client(app)

    def json(self, method: str, path: str, **kwargs: Any) -> Any:
        """The JSON answer of a call that must succeed (httpx keyword arguments: json=, data=, headers=)."""
        response = self._client.request(method, path, **kwargs)
        assert response.is_success, f"{method} {path}: {response.status_code} {response.text}"
        return response.json()

    def reset(self) -> None:
        """The seeded state again, with BILL's per-minute and per-hour sign-in caps lifted."""
        self.json("POST", "/_mock/reset")
        self.json("POST", "/_mock/limits", json=RAISED_LIMITS)
