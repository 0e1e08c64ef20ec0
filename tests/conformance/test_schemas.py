"""Validating 2xx bodies against a spec, on a small document written for these tests."""

from __future__ import annotations

import json
from typing import Any

import pytest

import bill_spec
from bill_spec import OperationIndex
from conformance.schemas import ResponseSchemas, Spec

OPERATION = {"tags": ["things"], "x-bill-object": "vendor", "x-bill-action": "read", "x-bill-scope": "organization"}
DOCUMENT: dict[str, Any] = {
    "openapi": "3.0.3",
    "paths": {
        "/v3/things/{id}": {
            "get": {
                **OPERATION,
                "operationId": "getThing",
                "responses": {
                    "200": {
                        "description": "a thing",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                    },
                    "4XX": {"$ref": "#/components/responses/Errors"},
                },
            },
            "delete": {**OPERATION, "operationId": "deleteThing", "responses": {"204": {"description": "gone"}}},
        },
        "/v3/things": {
            "post": {
                **OPERATION,
                "operationId": "createThing",
                "responses": {"2XX": {"$ref": "#/components/responses/ThingAnswer"}},
            }
        },
    },
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "required": ["id"],
                "properties": {"id": {"type": "string", "pattern": "^thg"}, "count": {"type": "integer"}},
            }
        },
        "responses": {
            "ThingAnswer": {
                "description": "a thing",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
            },
            "Errors": {"description": "errors", "content": {"application/json": {"schema": {"type": "array"}}}},
        },
    },
}
EVENTS: dict[str, Any] = {
    "paths": {
        "/v3/things/{id}": {
            "get": {
                **OPERATION,
                "operationId": "getEventThing",
                "responses": {
                    "200": {"description": "x", "content": {"application/json": {"schema": {"type": "array"}}}}
                },
            }
        }
    }
}


@pytest.fixture
def schemas() -> ResponseSchemas:
    return ResponseSchemas(
        [
            Spec("/connect", DOCUMENT, OperationIndex.from_document(DOCUMENT, "test")),
            Spec("/connect-events", EVENTS, OperationIndex.from_document(EVENTS, "events")),
        ]
    )


def body(value: Any) -> bytes:
    return json.dumps(value).encode()


def test_a_body_that_keeps_to_the_schema_is_valid(schemas: ResponseSchemas) -> None:
    check = schemas.check("GET", "/connect/v3/things/thg1", 200, body({"id": "thg1", "count": 2}))
    assert check.valid
    assert check.operation_id == "getThing"


def test_a_body_that_breaks_the_schema_says_where(schemas: ResponseSchemas) -> None:
    check = schemas.check("GET", "/connect/v3/things/thg1", 200, body({"id": "thg1", "count": "two"}))
    assert not check.valid
    assert check.detail.startswith("count: ")
    missing = schemas.check("GET", "/connect/v3/things/thg1", 200, body({"count": 1}))
    assert not missing.valid
    assert missing.detail.startswith("(root): ")


def test_status_ranges_and_response_refs_are_followed(schemas: ResponseSchemas) -> None:
    assert schemas.check("POST", "/connect/v3/things", 201, body({"id": "thg2"})).valid
    assert not schemas.check("POST", "/connect/v3/things", 201, body({"id": "nope"})).valid


def test_no_content_answers_must_be_empty(schemas: ResponseSchemas) -> None:
    assert schemas.check("DELETE", "/connect/v3/things/thg1", 204, b"").valid
    assert not schemas.check("DELETE", "/connect/v3/things/thg1", 204, b"{}").valid


def test_unknown_operations_statuses_and_bodies_are_invalid(schemas: ResponseSchemas) -> None:
    assert "no operation" in schemas.check("PUT", "/connect/v3/things/thg1", 200, b"{}").detail
    assert "no spec" in schemas.check("GET", "/elsewhere/v3/things", 200, b"{}").detail
    assert "declares no 202" in schemas.check("GET", "/connect/v3/things/thg1", 202, b"{}").detail
    assert schemas.check("GET", "/connect/v3/things/thg1", 200, b"<html>").detail == "the body is not JSON"


def test_the_longest_prefix_wins(schemas: ResponseSchemas) -> None:
    check = schemas.check("GET", "/connect-events/v3/things/thg1", 200, body([]))
    assert check.valid
    assert check.operation_id == "getEventThing"
    assert schemas.prefixes == ["/connect-events", "/connect"]


def test_the_project_specs_serve_v3_and_webhooks_under_their_prefixes() -> None:
    project = ResponseSchemas.from_bill_spec()
    assert project.prefixes == ["/connect-events", "/connect"]
    v3 = project.check("GET", "/connect/v3/login/session", 200, body({}))
    assert v3.operation_id == operation_id(bill_spec.v3_index(), "GET", "/v3/login/session")
    events = project.check("GET", "/connect-events/v3/subscriptions", 200, body({}))
    assert events.operation_id == operation_id(bill_spec.events_index(), "GET", "/v3/subscriptions")


def operation_id(index: OperationIndex, method: str, path: str) -> str:
    operation = index.match(method, path)
    assert operation is not None, (method, path)
    return operation.operation_id
