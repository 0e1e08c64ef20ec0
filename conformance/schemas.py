"""Checking a success body against the project's spec: the operation is found from method and path, as the
mock routes it, and the body is validated against that operation's response schema for the status."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import jsonschema_rs

import bill_spec
from bill_spec import OperationIndex

__all__ = ["BodyCheck", "ResponseSchemas", "Spec"]


@dataclass(frozen=True, slots=True)
class Spec:
    """One OpenAPI document served under a URL prefix (v3 under /connect, webhooks under /connect-events)."""

    prefix: str
    document: Mapping[str, Any]
    index: OperationIndex


@dataclass(frozen=True, slots=True)
class BodyCheck:
    valid: bool
    operation_id: str | None
    detail: str = ""


class ResponseSchemas:
    """Validators compiled once per (operation, status)."""

    def __init__(self, specs: Sequence[Spec]) -> None:
        # Longest prefix first, so /connect-events never reads as /connect.
        self._specs = sorted(specs, key=lambda spec: len(spec.prefix), reverse=True)
        # A validator, None when the spec declares no body, or the reason the spec has no answer to check.
        self._validators: dict[tuple[str, str, int], jsonschema_rs.Validator | str | None] = {}

    @classmethod
    def from_bill_spec(cls) -> ResponseSchemas:
        """v3 (`bill_spec.load()`) under /connect and the webhooks spec (`EVENTS_SPEC`) under /connect-events."""
        return cls(
            [
                Spec("/connect", bill_spec.load(), bill_spec.v3_index()),
                Spec("/connect-events", bill_spec.load(bill_spec.EVENTS_SPEC), bill_spec.events_index()),
            ]
        )

    @property
    def prefixes(self) -> list[str]:
        return [spec.prefix for spec in self._specs]

    def check(self, method: str, path: str, status: int, body: bytes) -> BodyCheck:
        """Whether `body` is what the spec promises for this operation and status."""
        spec = next((s for s in self._specs if path == s.prefix or path.startswith(s.prefix + "/")), None)
        if spec is None:
            return BodyCheck(False, None, f"no spec is served under {path}")
        operation = spec.index.match(method, path.removeprefix(spec.prefix))
        if operation is None:
            return BodyCheck(False, None, f"the spec has no operation {method} {path.removeprefix(spec.prefix)}")
        key = (spec.prefix, operation.operation_id, status)
        if key not in self._validators:
            self._validators[key] = self._compile(spec, operation.path, operation.method, status)
        validator = self._validators[key]
        if isinstance(validator, str):
            return BodyCheck(False, operation.operation_id, validator)
        if validator is None:
            if body.strip():
                return BodyCheck(False, operation.operation_id, f"the spec declares no JSON body for {status}")
            return BodyCheck(True, operation.operation_id)
        try:
            instance = json.loads(body)
        except ValueError:
            return BodyCheck(False, operation.operation_id, "the body is not JSON")
        error = next(iter(validator.iter_errors(instance)), None)
        if error is None:
            return BodyCheck(True, operation.operation_id)
        where = "/".join(str(part) for part in error.instance_path) or "(root)"
        return BodyCheck(False, operation.operation_id, f"{where}: {error.message}"[:300])

    @staticmethod
    def _compile(spec: Spec, path: str, method: str, status: int) -> jsonschema_rs.Validator | str | None:
        responses: Mapping[str, Any] = spec.document["paths"][path][method.lower()].get("responses") or {}
        response = next(
            (responses[code] for code in (str(status), f"{status // 100}XX", "default") if code in responses), None
        )
        if response is None:
            return f"the spec declares no {status} answer for {method} {path}"
        response = _resolve(spec.document, response)
        schema = ((response.get("content") or {}).get("application/json") or {}).get("schema")
        if schema is None:
            return None
        return jsonschema_rs.Draft4Validator(
            {**schema, "components": spec.document.get("components", {})}, validate_formats=True
        )


def _resolve(document: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    """Follows a local $ref (a response kept under components) to what it names."""
    seen: set[str] = set()
    while isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/") and node["$ref"] not in seen:
        seen.add(node["$ref"])
        target: Any = document
        for part in node["$ref"][2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node
