"""A scriptable stand-in for BILL's session endpoints, for unit tests of the session layer.

It answers through httpx.MockTransport (sync and async), records every request it sees, and lets a
test expire sessions, hold requests at a barrier, or script error answers.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

BASE_URL = "https://bill.test/connect"
DEV_KEY = "dev-key-0123456789"
APP_KEY = "app-key-0123456789"
PASSWORD = "hunter2-password"  # noqa: S105 - test credential
ORG_ID = "00802AAAAAAAAAAAAAAA"
USER_ID = "00602AAAAAAAAAAAAAAA"


def sid(n: int) -> str:
    """The n-th session id the fake hands out (long enough to look like BILL's)."""
    return f"sess{n:02d}-7c1f0e9d2b"


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


def error(status: int, code: str, message: str) -> httpx.Response:
    item = {"timestamp": "2026-01-01T00:00:00.000+00:00", "code": code, "severity": "ERROR"}
    return httpx.Response(status, json=[{**item, "category": "REQUEST", "message": message}])


@dataclass
class FakeBill:
    """Sessions are `sid(1)`, `sid(2)`, ... in sign-in order; `expired` holds the ones BILL now refuses."""

    expired: set[str] = field(default_factory=set)
    seen: list[Seen] = field(default_factory=list)
    logins: int = 0
    partner_logins: int = 0
    logins_as_user: int = 0
    routes: dict[tuple[str, str], Callable[[httpx.Request], httpx.Response]] = field(default_factory=dict)
    async_routes: dict[tuple[str, str], Callable[[httpx.Request], Awaitable[httpx.Response]]] = field(
        default_factory=dict
    )
    """Answered only through the async transport, so a handler can yield to the event loop."""
    barrier: threading.Barrier | None = None
    async_barrier: asyncio.Barrier | None = None
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self._handle)

    def async_transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self._ahandle)

    def requests_to(self, path: str) -> list[Seen]:
        return [seen for seen in self.seen if seen.path == path]

    def _new_session(self) -> str:
        return sid(next(self._ids))

    async def _ahandle(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        if self.async_barrier is not None and self._holds(request):
            await self.async_barrier.wait()
        route = self.async_routes.get((request.method, request.url.path.removeprefix("/connect")))
        if route is not None and request.headers.get("sessionId") not in self.expired:
            return await route(request)
        return self._answer(request)

    def _handle(self, request: httpx.Request) -> httpx.Response:
        request.read()
        if self.barrier is not None and self._holds(request):
            self.barrier.wait(timeout=10)
        return self._answer(request)

    def _holds(self, request: httpx.Request) -> bool:
        """Only requests made with an expired session wait at the barrier."""
        return request.headers.get("sessionId") in self.expired

    def _answer(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path.removeprefix("/connect")
        with self._lock:
            self.seen.append(Seen(request.method, path, dict(request.headers), request.content))
        scripted = self.routes.get((request.method, path))
        if path == "/v3/login":
            return self._login(request)
        if path == "/v3/partner/login":
            with self._lock:
                self.partner_logins += 1
                return httpx.Response(200, json={"sessionId": self._new_session()})
        session = request.headers.get("sessionId")
        if not session or session in self.expired:
            return error(401, "BDC_1109", "Session is invalid. Please log in.")
        if path == "/v3/partner/login-as-user":
            with self._lock:
                self.logins_as_user += 1
                return httpx.Response(200, json={"sessionId": self._new_session(), "trusted": False})
        if scripted is not None:
            return scripted(request)
        if path == "/v3/logout":
            self.expired.add(session)
            return httpx.Response(200)
        if path == "/v3/login/session":
            return httpx.Response(200, json={"organizationId": ORG_ID, "userId": USER_ID, "mfaStatus": "DISABLED"})
        if path == "/v3/partner/users" and request.method == "GET":
            return httpx.Response(200, json={"results": []})
        if path == "/v3/partner/organizations" and request.method == "GET":
            return httpx.Response(200, json={"results": []})
        return error(404, "BDC_1121", "API not supported.")

    def _login(self, request: httpx.Request) -> httpx.Response:
        body: dict[str, Any] = json.loads(request.content)
        if body.get("password") != PASSWORD:
            return error(401, "BDC_1101", f"User name and/or password do not match: {body.get('password')}")
        with self._lock:
            self.logins += 1
            return httpx.Response(
                200,
                json={
                    "sessionId": self._new_session(),
                    "organizationId": ORG_ID,
                    "userId": USER_ID,
                    "trusted": False,
                },
            )
