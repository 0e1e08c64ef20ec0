"""The control plane under /_mock: sandbox credentials, reset, the mock clock, the request journal, BILL's
limits (`/_mock/limits`), session settings (`/_mock/sessions`) and webhook delivery (`/_mock/webhooks`,
`/_mock/webhooks/deliver`).

`/_mock/sessions`: GET answers `{"tokenIdleSeconds": null}`; POST `{"tokenIdleSeconds": 172800}` makes idle
sync-token sessions expire after that many seconds (BILL's current 48 hours), `null` makes them never expire
again (the seed's rule and the default). A reset restores the default.

Not part of BILL's API; its errors are plain `{"error": ...}` JSON so they never pass for BILL's.
"""

from __future__ import annotations

import json
import math
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

import httpx
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.types import Receive, Scope, Send

from bill_mock import limits, webhooks
from bill_mock.clock import format_timestamp
from bill_mock.mock import Mock
from bill_mock.rules.sessions import SessionSettings

__all__ = ["PREFIX", "error", "routes"]

PREFIX = "/_mock"

Action = Callable[[Mock, Request], Awaitable[Response]]


def routes(mock: Mock) -> list[BaseRoute]:
    return [
        Route(f"{PREFIX}/sandbox", _Endpoint(mock, {"GET": _sandbox})),
        Route(f"{PREFIX}/reset", _Endpoint(mock, {"POST": _reset})),
        Route(f"{PREFIX}/clock", _Endpoint(mock, {"GET": _clock})),
        Route(f"{PREFIX}/clock/advance", _Endpoint(mock, {"POST": _advance})),
        Route(f"{PREFIX}/journal", _Endpoint(mock, {"GET": _journal})),
        Route(f"{PREFIX}/limits", _Endpoint(mock, {"GET": _limits, "POST": _change_limits})),
        Route(f"{PREFIX}/sessions", _Endpoint(mock, {"GET": _sessions, "POST": _change_sessions})),
        Route(f"{PREFIX}/webhooks", _Endpoint(mock, {"GET": _webhooks})),
        Route(f"{PREFIX}/webhooks/deliver", _Endpoint(mock, {"POST": _deliver})),
    ]


def error(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


class _Endpoint:
    def __init__(self, mock: Mock, actions: dict[str, Action]) -> None:
        self._mock = mock
        self._actions = actions
        self._allow = ", ".join(sorted(actions))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        action = self._actions.get(request.method)
        if action is None:
            response = error(405, f"Use {self._allow} here.", headers={"Allow": self._allow})
        else:
            try:
                response = await action(self._mock, request)
            except Exception as exc:  # the control plane must answer, whatever it was sent
                response = error(500, f"The control plane failed: {type(exc).__name__}.")
        await response(scope, receive, send)


async def _sandbox(mock: Mock, _: Request) -> Response:
    return JSONResponse(mock.sandbox())


async def _reset(mock: Mock, _: Request) -> Response:
    mock.reset()
    return JSONResponse({"status": "reset", "now": format_timestamp(mock.clock.now())})


async def _clock(mock: Mock, _: Request) -> Response:
    return JSONResponse({"now": format_timestamp(mock.clock.now())})


async def _advance(mock: Mock, request: Request) -> Response:
    try:
        payload: Any = json.loads(await request.body())
    except (UnicodeDecodeError, ValueError, RecursionError):
        return error(400, 'Send a JSON object such as {"seconds": 60}.')
    seconds = payload.get("seconds") if isinstance(payload, dict) else None
    if isinstance(seconds, bool) or not isinstance(seconds, int | float) or not math.isfinite(seconds) or seconds < 0:
        return error(400, '"seconds" must be a non-negative number.')
    try:
        now = mock.clock.advance(seconds)
    except (ValueError, OverflowError) as exc:
        return error(400, str(exc))
    await webhooks.deliver_due(mock, _webhook_transport(request))  # notifications whose retry time came
    return JSONResponse({"now": format_timestamp(now)})


async def _journal(mock: Mock, _: Request) -> Response:
    return JSONResponse(mock.journal.to_wire())


async def _limits(mock: Mock, _: Request) -> Response:
    with mock.lock:
        return JSONResponse(limits.settings(mock.store).to_wire())


async def _change_limits(mock: Mock, request: Request) -> Response:
    try:
        payload: Any = json.loads(await request.body())
    except (UnicodeDecodeError, ValueError, RecursionError):
        return error(400, 'Send a JSON object such as {"inFlight": 3, "requestsPerHour": 20000}.')
    try:
        with mock.lock:
            changed = limits.configure(mock.store, payload)
    except ValueError as exc:
        return error(400, str(exc))
    return JSONResponse(changed.to_wire())


_MAX_IDLE_SECONDS = 10 * 365 * 24 * 3600


async def _sessions(mock: Mock, _: Request) -> Response:
    with mock.lock:
        return JSONResponse(_session_settings(mock.store.area(SessionSettings)))


async def _change_sessions(mock: Mock, request: Request) -> Response:
    advice = 'Send a JSON object such as {"tokenIdleSeconds": 172800}, or {"tokenIdleSeconds": null} for never.'
    try:
        payload: Any = json.loads(await request.body())
    except (UnicodeDecodeError, ValueError, RecursionError):
        return error(400, advice)
    if not isinstance(payload, dict) or set(payload) != {"tokenIdleSeconds"}:
        return error(400, advice)
    seconds = payload["tokenIdleSeconds"]
    if seconds is not None and (
        isinstance(seconds, bool) or not isinstance(seconds, int) or not 1 <= seconds <= _MAX_IDLE_SECONDS
    ):
        return error(400, f'"tokenIdleSeconds" must be null or a whole number from 1 to {_MAX_IDLE_SECONDS}.')
    with mock.lock:
        settings = mock.store.area(SessionSettings)
        settings.token_idle = None if seconds is None else timedelta(seconds=seconds)
        return JSONResponse(_session_settings(settings))


def _session_settings(settings: SessionSettings) -> dict[str, Any]:
    idle = settings.token_idle
    return {"tokenIdleSeconds": None if idle is None else int(idle.total_seconds())}


async def _webhooks(mock: Mock, _: Request) -> Response:
    with mock.lock:
        return JSONResponse(webhooks.pending_to_wire(mock.store))


async def _deliver(mock: Mock, request: Request) -> Response:
    outcomes = await webhooks.deliver_due(mock, _webhook_transport(request))
    return JSONResponse({"deliveries": [outcome.to_wire() for outcome in outcomes]})


def _webhook_transport(request: Request) -> httpx.AsyncBaseTransport | None:
    """The transport a test installed as app.state.webhook_transport; None sends over the network."""
    transport = getattr(request.app.state, webhooks.TRANSPORT_STATE, None)
    return transport if isinstance(transport, httpx.AsyncBaseTransport) else None
