"""The v2 spec keeps its own conventions (spec/v2/CONVENTIONS.md): BILL's endpoints as form posts, the data JSON
named by x-bill-data, one 200 envelope per operation, and the annotations the permission table reads."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import pytest

import bill_spec

DOCUMENT = bill_spec.load(bill_spec.SPEC_V2)
SCHEMAS: Mapping[str, Any] = DOCUMENT["components"]["schemas"]
OPERATIONS = [
    (path, method, operation)
    for path, item in DOCUMENT["paths"].items()
    for method, operation in item.items()
    if isinstance(operation, Mapping) and "operationId" in operation
]
IDS = [operation["operationId"] for _, _, operation in OPERATIONS]

OBJECTS = frozenset(
    {
        "session",
        "mfa",
        "organization",
        "document",
        "user",
        "customer",
        "invoice",
        "ar-transactions",
        "vendor",
        "bill",
        "ap-transactions",
        "approval-policy",
        "accounts-tracking",
        "network",
        "funding-account",
        "report",
    }
)
FORM = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"


def expected_operation_id(path: str) -> str:
    """BILL's endpoint, separators dropped and the leading capital (or capitals, as in MFAStatus) lowered."""
    name = path.removeprefix("/v2/").removesuffix(".json").replace("/", "")
    leading = re.match(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]", name)
    assert leading is not None, path
    return name[: leading.end()].lower() + name[leading.end() :]


def _schema_name(ref: str) -> str:
    assert ref.startswith("#/components/schemas/"), ref
    return ref.removeprefix("#/components/schemas/")


def test_the_index_builds_and_ids_are_unique() -> None:
    index = bill_spec.v2_index()
    assert len(index) == len(OPERATIONS)
    assert len(set(IDS)) == len(IDS)


@pytest.mark.parametrize(("path", "method", "operation"), OPERATIONS, ids=IDS)
def test_operation_follows_the_conventions(path: str, method: str, operation: Mapping[str, Any]) -> None:
    assert method == "post"
    assert path.startswith("/v2/")
    assert path.endswith(".json")
    assert operation["operationId"] == expected_operation_id(path)
    assert operation["x-bill-object"] in OBJECTS
    assert re.fullmatch(r"[a-z]+(-[a-z]+)*", str(operation["x-bill-action"]))
    public = operation["operationId"] in {"login", "listOrgs"}
    assert operation["x-bill-scope"] == ("public" if public else "organization")
    declared_tags = {tag["name"] for tag in DOCUMENT["tags"]}
    assert operation["tags"]
    assert set(operation["tags"]) <= declared_tags

    body = operation["requestBody"]
    assert body["required"] is True
    [(media, content)] = body["content"].items()
    assert media in {FORM, MULTIPART}
    form = SCHEMAS[_schema_name(content["schema"]["$ref"])]
    if "data" in form["properties"]:
        data = operation.get("x-bill-data")
        assert data in SCHEMAS, f"x-bill-data {data!r} names no schema"
    else:
        assert "x-bill-data" not in operation, "only a form with a data field carries data"

    assert set(operation["responses"]) == {"200"}
    [(answer_media, answer)] = operation["responses"]["200"]["content"].items()
    assert answer_media == "application/json"
    envelope_name = _schema_name(answer["schema"]["$ref"])
    assert envelope_name.endswith("Envelope")
    envelope = SCHEMAS[envelope_name]
    assert envelope["required"] == ["response_status", "response_message", "response_data"]
    branches = envelope["properties"]["response_data"]["anyOf"]
    assert {"$ref": "#/components/schemas/ErrorData"} in branches, "an error arrives in the same envelope"


def test_request_models_refuse_unknown_fields() -> None:
    """Data and input models are closed, so a misspelt field is a validation error and not silently dropped."""
    data_models = {operation["x-bill-data"] for _, _, operation in OPERATIONS if "x-bill-data" in operation}
    open_models = [
        name
        for name in sorted(data_models)
        if SCHEMAS[name].get("type") == "object" and SCHEMAS[name].get("additionalProperties") is not False
    ]
    assert open_models == []
