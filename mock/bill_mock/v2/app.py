"""v2 under /api/v2: routed from spec/bill-v2.yaml, checked in BILL's order, answered in BILL's envelope.

Per request, the first failure answers:
  route and method: an endpoint BILL lacks -> HTTP 404 BDC_1121; a method other than POST -> 405 BDC_1121
  form: not the operation's form type, unreadable, a field twice -> BDC_1122; a field the form lacks -> BDC_1002
  Login and ListOrgs: their own fields -> BDC_1117
  devKey: missing or not registered -> BDC_1102
  sessionId: no live session opened with that devKey -> BDC_1109
  token rights: what a sync-token session may not do -> BDC_1145 (rules/token_access.py)
  data: missing -> BDC_1117; not JSON -> BDC_1122; a list operator BILL lacks -> BDC_1131; Crud's obj.entity
        not the URL's -> BDC_1118; against its x-bill-data schema -> BDC_1117 (missing) / BDC_1119 (invalid);
        Bulk: the item list (at most 100) as a whole, then each item on its own
  limits: BDC_1322 in flight per devKey and organization, BDC_1144 per hour and per minute (limits.py)
  MFA: an MFA-protected operation from an untrusted session -> BDC_1361
  handler: BILL's rules; 501 while the mock lacks one
Everything is HTTP 200 but the 404/405 and the mock's own 500 (a bug, logged with its traceback) and 501.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route
from starlette.types import Receive, Scope, Send

import bill_spec
from bill_mock import limits
from bill_mock.errors import BillError, invalid_field, shown_value
from bill_mock.mock import Mock
from bill_mock.rules import sessions, token_access
from bill_mock.rules.sessions import Caller
from bill_mock.state import Store
from bill_mock.v2 import areas, listing, session_ops, wire
from bill_mock.v2.handlers import MFA_PROTECTED, V2_HANDLERS, V2Call, not_implemented, require_trusted
from bill_mock.validation import MAX_BODY_BYTES, MAX_UPLOAD_BYTES, SchemaCheck, parse_json, schema_checks
from bill_spec import Operation

__all__ = ["PREFIX", "routes"]

PREFIX = "/api"
"""BILL serves v2 at https://api.bill.com/api/v2/...; the spec's paths start at /v2."""

logger = logging.getLogger("bill_mock")

_BAD_JSON = "Error Parsing Json Object. Please check your request."
_CRUD_VERBS = ("Create", "Read", "Update", "Delete", "Undelete")
_SHOWN_MISSING = 12
_ENTITY_VERBS = ("Create", "Update")
"""The Crud verbs whose data carries `obj.entity`."""


@dataclass(frozen=True, slots=True)
class _Plan:
    """One operation's checks, compiled from the spec at start-up."""

    operation: Operation
    media: str
    fields: frozenset[str]
    """The form's field names (a multipart upload's `file` included)."""
    required: tuple[str, ...]
    form: SchemaCheck
    data: SchemaCheck | None
    """x-bill-data's check; for Bulk, each item's (the whole list is checked by hand)."""
    bulk_max: int | None
    """The most items a Bulk operation takes; None for every other operation."""
    crud: tuple[str, str] | None
    """(verb, entity) of a Crud or Bulk Crud operation, from its path."""
    filters: bool
    """Its data has List filters, whose operators are checked before the schema."""


def routes(mock: Mock) -> list[BaseRoute]:
    """One route per v2 operation, plus BILL's 404 for anything else under /api."""
    loaded = [session_ops.__name__, *areas.load_all()]
    plans = _plans(bill_spec.load(bill_spec.SPEC_V2), bill_spec.v2_index())
    missing = sorted(operation_id for operation_id in plans if operation_id not in V2_HANDLERS)
    if missing:
        shown = ", ".join(missing[:_SHOWN_MISSING]) + (" ..." if len(missing) > _SHOWN_MISSING else "")
        logger.warning(
            "bill_mock: v2 (%s) has no handler yet for %d operations: %s", ", ".join(loaded), len(missing), shown
        )
    found: list[BaseRoute] = [Route(PREFIX + plan.operation.path, _Endpoint(mock, plan)) for plan in plans.values()]
    not_found = _NotFound(mock)
    found += [Route(PREFIX, not_found), Route(PREFIX + "/{rest:path}", not_found)]
    return found


def _plans(document: Mapping[str, Any], index: bill_spec.OperationIndex) -> dict[str, _Plan]:
    schemas: Mapping[str, Any] = document["components"]["schemas"]
    raw: dict[str, tuple[Operation, str, str, str | None, int | None]] = {}
    for operation in index:
        definition = document["paths"][operation.path][operation.method.lower()]
        [(media, body)] = definition["requestBody"]["content"].items()
        form_name = _ref_name(body["schema"])
        data_name: str | None = definition.get("x-bill-data")
        bulk_max: int | None = None
        if data_name is not None and operation.path.startswith("/v2/Bulk/"):
            bulk = schemas[data_name]["properties"]["bulk"]
            data_name, bulk_max = _ref_name(bulk["items"]), int(bulk.get("maxItems", 100))
        raw[operation.operation_id] = (operation, media, form_name, data_name, bulk_max)
    names = {form for _, _, form, _, _ in raw.values()} | {data for *_, data, _ in raw.values() if data}
    checks = schema_checks(document, sorted(names))
    plans: dict[str, _Plan] = {}
    for operation_id, (operation, media, form_name, data_name, bulk_max) in raw.items():
        form = schemas[form_name]
        data_schema = schemas.get(data_name, {}) if data_name else {}
        plans[operation_id] = _Plan(
            operation=operation,
            media=media,
            fields=frozenset(form.get("properties", {})),
            required=tuple(form.get("required", ())),
            form=checks[form_name],
            data=checks[data_name] if data_name else None,
            bulk_max=bulk_max,
            crud=_crud(operation.path),
            filters="filters" in data_schema.get("properties", {}),
        )
    return plans


def _ref_name(schema: Mapping[str, Any]) -> str:
    return str(schema["$ref"]).rsplit("/", 1)[1]


def _crud(path: str) -> tuple[str, str] | None:
    parts = path.removeprefix("/v2/").removeprefix("Bulk/").split("/")
    if len(parts) == 3 and parts[0] == "Crud" and parts[1] in _CRUD_VERBS and parts[2].endswith(".json"):
        return parts[1], parts[2].removesuffix(".json")
    return None


class _Endpoint:
    def __init__(self, mock: Mock, plan: _Plan) -> None:
        self._mock = mock
        self._plan = plan
        upload = plan.media == wire.MULTIPART
        self._max_bytes = MAX_UPLOAD_BYTES + MAX_BODY_BYTES if upload else MAX_BODY_BYTES

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        operation_id: str | None = None
        if request.method != "POST":
            # BILL documents only POST; another method on a known endpoint is refused as HTTP does (405 + Allow).
            response: Response = wire.error_response(wire.method_not_allowed(), headers={"Allow": "POST"})
        else:
            operation_id = self._plan.operation.operation_id
            response = await self._answer(request)
        self._mock.journal.record(request.method, scope["path"], operation_id, response.status_code)
        await response(scope, receive, send)

    async def _answer(self, request: Request) -> Response:
        try:
            body = await _read_body(request, self._max_bytes)
            if len(body) > self._max_bytes:
                raise wire.not_a_form(f"Send at most {self._max_bytes} bytes.")
            form = wire.parse_form(request.headers.get("content-type"), body, self._plan.media)
            base_url = str(request.base_url).rstrip("/")
            with self._mock.lock:
                payload = self._checked(form, base_url)
            return wire.success_response(payload)
        except BillError as error:
            return wire.error_response(error)
        except Exception:
            logger.exception("bill_mock: v2 %s failed", self._plan.operation.operation_id)
            return wire.error_response(BillError(500, "BDC_1001", "An unexpected error occurred in the mock."))

    def _checked(self, form: wire.Form, base_url: str) -> Any:
        """Every check in BILL's order, then the handler; with the mock's lock held."""
        plan, operation = self._plan, self._plan.operation
        store, now = self._mock.store, self._mock.clock.now()
        fields = form.fields
        unknown = sorted(set(fields) - plan.fields)
        if unknown:
            raise BillError(
                400,
                "BDC_1002",
                f"Unknown error occurred: {operation.operation_id} takes no form field "
                f"{shown_value('field', unknown[0])}; its fields are {', '.join(sorted(plan.fields))}.",
            )
        dev_key = fields.get("devKey") or ""
        caller: Caller | None = None
        if operation.scope == "public":
            for name in plan.required:
                if name != "devKey" and not fields.get(name):
                    raise wire.missing_data(name)
            _registered(store, dev_key)
            plan.form.check(dict(fields), root="form")
        else:
            _registered(store, dev_key)
            caller = _caller(store, now, dev_key, fields.get("sessionId"))
            token_access.check(operation, caller.session)
            caller.session.last_used = now
        data, items = self._data(fields.get("data")) if plan.data is not None else (None, ())
        if plan.media == wire.MULTIPART:
            _check_file(form)
        call = V2Call(
            store=store,
            now=now,
            caller=caller,
            operation=operation,
            form=fields,
            data=data,
            items=items,
            file=form.file,
            file_name=form.file_name,
            base_url=base_url,
        )
        credentials = {"devKey": dev_key}
        if caller is not None:
            credentials["sessionId"] = caller.session.id
        elif fields.get("orgId"):
            credentials["organizationId"] = fields["orgId"]  # a sign-in runs under the organization it opens
        with limits.admitted(self._mock, credentials):
            user_name = fields.get("userName") if caller is None else None
            limits.check_v2_call(store, now, operation.operation_id, caller, dev_key=dev_key, user_name=user_name)
            if operation.operation_id in MFA_PROTECTED:
                require_trusted(call)
            return V2_HANDLERS.get(operation.operation_id, not_implemented)(call)

    def _data(self, text: str | None) -> tuple[Any, tuple[Any, ...]]:
        """The checked `data`, and for Bulk each item's checked value or BillError."""
        plan = self._plan
        assert plan.data is not None  # only called for operations with data
        if not text:
            raise wire.missing_data("data")
        try:
            document = parse_json(text, _BAD_JSON)
        except BillError:
            raise wire.bad_json() from None
        if plan.filters:
            listing.check_operators(document)
        if plan.bulk_max is None:
            _check_entity(plan, document)
            return plan.data.check(document, root="data"), ()
        bulk = _bulk_items(document, plan.bulk_max)
        return {"bulk": bulk}, tuple(_bulk_item(plan, plan.data, item) for item in bulk)


class _NotFound:
    """Anything under /api the spec does not have: BILL's 404 BDC_1121, in v2's envelope."""

    def __init__(self, mock: Mock) -> None:
        self._mock = mock

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = wire.error_response(wire.not_supported())
        self._mock.journal.record(scope.get("method", "GET"), scope["path"], None, response.status_code)
        await response(scope, receive, send)


def _registered(store: Store, dev_key: str) -> None:
    if not dev_key or dev_key not in store.dev_keys:
        raise wire.bad_dev_key()


def _caller(store: Store, now: datetime, dev_key: str, session_id: str | None) -> Caller:
    """The live organization session `session_id` names, used with the devKey it belongs to, or BDC_1109."""
    session = sessions.live_session(store, now, session_id)
    if session is None or session.kind != "organization":
        raise wire.session_invalid()
    if session.key is None:
        session.key = dev_key  # a login-as-user session belongs to the first devKey that uses it, as on v3
    elif session.key != dev_key:
        raise wire.session_invalid()
    return Caller(session=session, organization_id=session.organization_id)


def _check_entity(plan: _Plan, document: Any) -> None:
    """BDC_1118 when a Create or Update names another entity in `obj.entity` than its URL does."""
    if plan.crud is None or plan.crud[0] not in _ENTITY_VERBS or not isinstance(document, dict):
        return
    obj = document.get("obj")
    if isinstance(obj, dict) and "entity" in obj and obj["entity"] != plan.crud[1]:
        raise wire.entity_mismatch(plan.crud[1], obj["entity"])


def _bulk_items(document: Any, most: int) -> list[Any]:
    """The item list of a Bulk call: `{"bulk": [...]}` with 1 to `most` items."""
    if not isinstance(document, dict):
        raise invalid_field("data", document)
    extra = sorted(key for key in document if key != "bulk")
    if extra:
        raise invalid_field(f"data.{extra[0]}", document[extra[0]])
    if "bulk" not in document:
        raise wire.missing_data("bulk")
    bulk = document["bulk"]
    if not isinstance(bulk, list) or not bulk:
        raise invalid_field("bulk", bulk)
    if len(bulk) > most:
        raise BillError(
            400, "BDC_1119", f"Invalid field,value: bulk, {len(bulk)} items. A bulk call takes at most {most} items."
        )
    return bulk


def _bulk_item(plan: _Plan, check: SchemaCheck, item: Any) -> Any:
    try:
        _check_entity(plan, item)
        return check.check(item, root="data")
    except BillError as error:
        return error


def _check_file(form: wire.Form) -> None:
    if not form.file:
        raise wire.missing_data("file")
    if len(form.file) > MAX_UPLOAD_BYTES:
        raise BillError(
            400,
            "BDC_1119",
            f"The file is larger than BILL's 6 MB limit ({MAX_UPLOAD_BYTES} bytes); upload a smaller file.",
        )


async def _read_body(request: Request, limit: int) -> bytes:
    """The body, cut at one byte past `limit` so an oversized one is refused without holding it all."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            break
    return b"".join(chunks)[: limit + 1]
