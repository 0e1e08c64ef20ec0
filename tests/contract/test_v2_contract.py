"""Schemathesis over every v2 operation, with v2's convention checked instead of negative_data_rejection.

The spec says what BILL puts on the wire: `data` is JSON text. To generate valid JSON rather than random text,
the run uses a copy of the spec in which each form's `data` is the operation's `x-bill-data` schema itself; a
body hook turns the generated object back into JSON text before it is sent. BILL v2 answers everything with
HTTP 200, so instead of "invalid input gets a 4xx" the check is v2's own: a request that breaks the spec (as
sent, read the way BILL binds JSON) must come back with `response_status` 1 and a BDC code.
"""

from __future__ import annotations

import copy
import functools
import json
import os
import pathlib
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl

import jsonschema_rs
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import negative_data_rejection

import bill_spec
from bill_mock import create_app
from bill_mock.validation import coerce_scalars
from tests.contract.support import InProcessMock

HERE = pathlib.Path(__file__).parent
DOCUMENT = bill_spec.load(bill_spec.SPEC_V2)
COMPONENTS: Mapping[str, Any] = DOCUMENT["components"]
OPERATIONS = {operation.operation_id: operation for operation in bill_spec.v2_index()}
DEFINITIONS = {
    operation["operationId"]: operation
    for item in DOCUMENT["paths"].values()
    for operation in item.values()
    if isinstance(operation, Mapping) and "operationId" in operation
}
CODE = re.compile(r"BDC_[0-9]+")


def generation_document() -> dict[str, Any]:
    """The v2 spec with each form's `data` replaced by its x-bill-data schema (an object, not JSON text)."""
    document = copy.deepcopy(dict(DOCUMENT))
    for item in document["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict) or "x-bill-data" not in operation:
                continue
            [(_, body)] = operation["requestBody"]["content"].items()
            form = copy.deepcopy(document["components"]["schemas"][body["schema"]["$ref"].rsplit("/", 1)[1]])
            form["properties"] = {
                **form["properties"],
                "data": {"$ref": f"#/components/schemas/{operation['x-bill-data']}"},
            }
            body["schema"] = form
    return document


schema = schemathesis.openapi.from_dict(
    generation_document(), config=schemathesis.Config.from_path(HERE / "schemathesis.toml")
)
APP = create_app()
schema.app = APP


MOCK = InProcessMock(APP)


class Session:
    """The sandbox user's v2 session for the mock's current state, opened on first use after a reset."""

    def __init__(self) -> None:
        self._current: dict[str, str] | None = None

    def forget(self) -> None:
        self._current = None

    def fields(self) -> dict[str, str]:
        if self._current is None:
            v2 = MOCK.json("GET", "/_mock/sandbox")["v2"]
            login = {
                "userName": v2["userName"],
                "password": v2["password"],
                "orgId": v2["orgId"],
                "devKey": v2["devKey"],
            }
            answer = MOCK.json("POST", "/api/v2/Login.json", data=login)
            assert answer["response_status"] == 0, answer
            self._current = {"devKey": v2["devKey"], "sessionId": answer["response_data"]["sessionId"]}
        return self._current


SESSION = Session()


PUBLIC = frozenset(operation_id for operation_id, operation in OPERATIONS.items() if operation.scope == "public")


@schema.hook
def map_body(ctx: Any, body: Any) -> Any:
    """As a client sends it: `data` as JSON text, and the live session's devKey and sessionId in the form."""
    if not isinstance(body, dict):
        return body
    operation_id = ctx.operation.definition.raw["operationId"]
    if "data" in body and not isinstance(body["data"], str):
        body["data"] = json.dumps(body["data"])
    if operation_id not in PUBLIC:
        body.update(SESSION.fields())
    return body


@functools.cache
def _validator(name: str) -> jsonschema_rs.Validator:
    return jsonschema_rs.Draft4Validator(
        {"$ref": f"#/components/schemas/{name}", "components": COMPONENTS}, validate_formats=True
    )


def sent_is_valid(operation_id: str, request: Any) -> bool:
    """Whether the form as sent keeps to the spec, its `data` read the way BILL binds JSON."""
    definition = DEFINITIONS[operation_id]
    [(media, body)] = definition["requestBody"]["content"].items()
    if media != "application/x-www-form-urlencoded":
        return True  # the multipart upload is judged by its own tests
    sent = request.headers.get("Content-Type", "").split(";", 1)[0].strip()
    if sent != media:
        return False
    sent_body = request.body if hasattr(request, "body") else request.content  # requests' or httpx's request
    raw = sent_body.encode() if isinstance(sent_body, str) else (sent_body or b"")
    fields = parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True)
    names = [name for name, _ in fields]
    form = COMPONENTS["schemas"][body["schema"]["$ref"].rsplit("/", 1)[1]]
    values = dict(fields)
    if len(set(names)) != len(names) or set(names) - set(form["properties"]):
        return False
    if any(not values.get(name) for name in form.get("required", ())):
        return False
    if "x-bill-data" not in definition:
        return True
    try:
        document = json.loads(values["data"])
    except ValueError:
        return False
    name = definition["x-bill-data"]
    document = coerce_scalars({"$ref": f"#/components/schemas/{name}"}, document, COMPONENTS)
    return _validator(name).is_valid(document)


def v2_refuses_invalid_input_in_the_envelope(ctx: Any, response: Any, case: Any) -> bool | None:
    """Every answer is BILL's envelope; an error one carries a BDC code; input that breaks the spec is refused."""
    operation_id = case.operation.definition.raw["operationId"]
    body = response.json()
    assert isinstance(body, dict), "the answer is not an envelope"
    assert body.get("response_status") in (0, 1), "response_status is 0 or 1"
    if body["response_status"] == 1:
        error = body.get("response_data") or {}
        assert CODE.fullmatch(str(error.get("error_code"))), f"an error without a BDC code: {error}"
        return True
    assert sent_is_valid(operation_id, response.request), "BILL would refuse this input, but the mock accepted it"
    return True


@pytest.fixture(autouse=True)
def fresh_mock() -> None:
    """Each operation starts from the seeded state, so its examples run against a small store."""
    MOCK.reset()
    SESSION.forget()


EXAMPLES = int(os.environ.get("BILL_CONTRACT_EXAMPLES", "50"))


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_v2_operation_keeps_to_the_spec(case: Any) -> None:
    response = case.call_and_validate(
        additional_checks=[v2_refuses_invalid_input_in_the_envelope], excluded_checks=[negative_data_rejection]
    )
    if case.operation.definition.raw.get("operationId") == "logout" and response.json().get("response_status") == 0:
        SESSION.forget()
