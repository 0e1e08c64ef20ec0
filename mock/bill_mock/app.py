"""The ASGI app: v3 under /connect, the webhooks API under /connect-events and v2 under /api (bill_mock.v2),
each routed from its spec, plus the /_mock control plane.

Per request: route (404 BDC_1121) -> method (405 + Allow) -> limits (429) -> credentials and scope (401/403) ->
spec validation (400) -> BILL rule (4xx) -> reply. Anything unexpected is a 500 with BILL's error array,
so a contract test sees the bug instead of a hidden one.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.types import Receive, Scope, Send

import bill_spec
from bill_mock import areas, control, limits, webhooks
from bill_mock.clock import MockClock
from bill_mock.errors import BillError, api_not_supported
from bill_mock.handlers import HANDLERS, Call, Handler, Reply
from bill_mock.mock import Mock
from bill_mock.rules.sessions import Credentials, authenticate
from bill_mock.v2.app import routes as v2_routes
from bill_mock.validation import OperationValidator, build_validators, parse_query
from bill_mock.webhook_api import EVENT_HANDLERS
from bill_spec import Operation, OperationIndex

__all__ = ["API_PREFIX", "EVENTS_PREFIX", "create_app"]

API_PREFIX = "/connect"
EVENTS_PREFIX = "/connect-events"
"""BILL serves its webhooks API beside v3 on the same gateway, with the same sessions."""

logger = logging.getLogger("bill_mock")


def create_app(clock: MockClock | None = None) -> Starlette:
    """A fresh mock with its own seeded state; `app.state.mock` is the handle tests use."""
    mock = Mock(clock)
    areas.load_all()
    index = bill_spec.v3_index()
    unimplemented = sorted(op.operation_id for op in index if op.operation_id not in HANDLERS)
    if unimplemented:
        # A spec that grew ahead of the mock still serves everything else; those calls answer 501.
        logger.warning("bill_mock: no handler yet for %s", ", ".join(unimplemented))
    routes = _api_routes(mock, API_PREFIX, index, bill_spec.load(), HANDLERS)
    events = bill_spec.events_index()
    routes += _api_routes(mock, EVENTS_PREFIX, events, bill_spec.load(bill_spec.EVENTS_SPEC), EVENT_HANDLERS)
    routes += v2_routes(mock)
    routes += control.routes(mock)
    routes.append(Route("/{anything:path}", NotFound(mock)))
    app = Starlette(routes=routes)
    app.state.mock = mock
    return app


def _api_routes(
    mock: Mock, prefix: str, index: OperationIndex, document: Mapping[str, Any], handlers: Mapping[str, Handler]
) -> list[BaseRoute]:
    """One route per path of a spec, so each answers every method of its path."""
    validators = build_validators(document, index)
    by_path: dict[str, dict[str, Operation]] = defaultdict(dict)
    for operation in index:
        by_path[operation.path][operation.method] = operation
    return [
        Route(prefix + path, PathEndpoint(mock, operations, validators, handlers))
        for path, operations in by_path.items()
    ]


class PathEndpoint:
    """Every operation of one spec path, so a method the path lacks gets 405 with a complete Allow."""

    def __init__(
        self,
        mock: Mock,
        operations: dict[str, Operation],
        validators: dict[str, OperationValidator],
        handlers: Mapping[str, Handler] = HANDLERS,
    ):
        self._mock = mock
        self._handlers = handlers
        self._operations = operations
        self._validators = {method: validators[op.operation_id] for method, op in operations.items()}
        self._allow = ", ".join(sorted(operations))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        operation = self._operations.get(request.method)
        if operation is None:
            error = BillError(405, "BDC_1121", f"API not supported with {request.method[:10]}; use {self._allow}.")
            response = _error_response(self._mock, error, headers={"Allow": self._allow})
        else:
            response = await self._guarded(operation, request)
        self._mock.journal.record(
            request.method, scope["path"], operation.operation_id if operation else None, response.status_code
        )
        await response(scope, receive, send)

    async def _guarded(self, operation: Operation, request: Request) -> Response:
        """BILL's limits around the whole request, reading its body included: that is where requests overlap."""
        headers = request.headers
        try:
            with limits.admitted(self._mock, headers), webhooks.idempotency_in_flight(self._mock, operation, headers):
                return await self._answer(operation, request)
        except BillError as error:
            return _error_response(self._mock, error)

    async def _answer(self, operation: Operation, request: Request) -> Response:
        try:
            body = await _read_body(request, self._validators[operation.method].max_body_bytes)
            with self._mock.lock:
                store, now = self._mock.store, self._mock.clock.now()
                caller = authenticate(store, now, operation, _credentials(request))
                valid = self._validators[operation.method].validate(
                    path=request.path_params,
                    query=parse_query(request.scope.get("query_string", b"")),
                    content_type=request.headers.get("content-type"),
                    body=body,
                    headers=request.headers,
                )
                limits.check_call(store, now, operation, caller, valid)
                reply = self._handlers.get(operation.operation_id, _not_implemented)(Call(store, now, caller, valid))
            return _reply_response(reply)
        except BillError as error:
            return _error_response(self._mock, error)
        except Exception:
            logger.exception("bill_mock: %s %s failed", operation.method, operation.path)
            failure = BillError(500, "BDC_1001", "An unexpected error occurred in the mock.", category="SERVER")
            return _error_response(self._mock, failure)


class NotFound:
    """Any path the spec does not have: BILL's 404 BDC_1121 under /connect, a JSON 404 elsewhere."""

    def __init__(self, mock: Mock) -> None:
        self._mock = mock

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope["path"]
        if path == control.PREFIX or path.startswith(control.PREFIX + "/"):
            response: Response = control.error(404, "There is no such control-plane endpoint.")
        else:
            response = _error_response(self._mock, api_not_supported())
            self._mock.journal.record(scope.get("method", "GET"), path, None, response.status_code)
        await response(scope, receive, send)


def _not_implemented(call: Call) -> Reply:
    raise BillError(501, "BDC_1001", "The mock does not implement this operation yet.", category="SERVER")


def _credentials(request: Request) -> Credentials:
    headers = request.headers
    return Credentials(
        dev_key=headers.get("devKey"),
        app_key=headers.get("appKey"),
        session_id=headers.get("sessionId"),
        organization_id=headers.get("organizationId"),
    )


async def _read_body(request: Request, limit: int) -> bytes:
    """The body, cut at one byte past the operation's limit so an oversized one is refused without holding it all."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            break
    return b"".join(chunks)[: limit + 1]


def _reply_response(reply: Reply) -> Response:
    if reply.body is None:
        return Response(status_code=reply.status)
    return JSONResponse(reply.body, status_code=reply.status)


def _error_response(mock: Mock, error: BillError, headers: dict[str, str] | None = None) -> Response:
    return JSONResponse(error.to_wire(mock.clock.now()), status_code=error.status, headers=headers)
