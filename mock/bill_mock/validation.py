"""Checks every request against the spec before any BILL rule sees it, and says what is wrong BILL's way.

Validators are compiled once per operation. OpenAPI 3.0 schemas become JSON Schema draft 4 (which 3.0
follows) with the document's `components` embedded so `#/components/...` references resolve, and
`nullable` turned into a `null` type. A JSON body is read the way BILL binds it (coerce_scalars) before the check.

v2 has no JSON bodies: its forms carry JSON text in `data`, whose schema the operation names (`x-bill-data`).
`schema_checks` compiles such named schemas with the same machinery, so both versions judge JSON alike.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import jsonschema_rs

from bill_mock import errors
from bill_mock.errors import BillError
from bill_spec import Operation

__all__ = [
    "MAX_BODY_BYTES",
    "MAX_UPLOAD_BYTES",
    "OperationValidator",
    "SchemaCheck",
    "ValidRequest",
    "build_validators",
    "coerce_scalars",
    "parse_json",
    "parse_query",
    "schema_checks",
]

MAX_BODY_BYTES = 1 << 20
MAX_UPLOAD_BYTES = 6 << 20
"""BILL's 6 MB file limit, for operations whose body is a raw file (documents and attachments)."""
RAW_MEDIA_TYPE = "application/octet-stream"
_RAW_CONTENT_TYPES = frozenset({RAW_MEDIA_TYPE, "*/*"})

_INTEGER = re.compile(r"[+-]?[0-9]{1,40}")
_NUMBER = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_BODY_DECIMAL = re.compile(r"[+-]?[0-9]{1,40}(?:\.[0-9]{1,40})?")
_BODY_BOOLEANS = {"true": True, "false": False}


@dataclass(frozen=True, slots=True)
class ValidRequest:
    """A request that matches the spec: path and query values converted to their declared types."""

    path: Mapping[str, str]
    query: Mapping[str, Any]
    body: Any
    """The parsed JSON document; for a raw upload, the file's bytes."""
    headers: Mapping[str, str] = field(default_factory=dict)
    """The header parameters the operation declares (credentials are security schemes, not parameters)."""


@dataclass(frozen=True, slots=True)
class _Parameter:
    name: str
    location: str
    required: bool
    schema: Mapping[str, Any]
    validator: jsonschema_rs.Validator


@dataclass(frozen=True, slots=True)
class _Body:
    required: bool
    validator: jsonschema_rs.Validator | None
    schema: Mapping[str, Any] | None = None
    """The JSON body's schema (JSON Schema form), which coerce_scalars reads."""
    raw: bool = False
    """The body is a file sent as is (application/octet-stream), not JSON."""


class OperationValidator:
    """The compiled checks of one operation."""

    def __init__(
        self, operation: Operation, document: Mapping[str, Any], components: Mapping[str, Any] | None = None
    ) -> None:
        """`components` is `document`'s components already in JSON Schema form, when the caller has them."""
        self.operation = operation
        if components is None:
            components = _to_json_schema(document.get("components", {}))
        self._components: Mapping[str, Any] = components
        path_item = document["paths"][operation.path]
        definition = path_item[operation.method.lower()]
        raw_parameters = [*path_item.get("parameters", ()), *definition.get("parameters", ())]
        self._parameters: dict[tuple[str, str], _Parameter] = {}
        for raw in raw_parameters:
            parameter = _resolve(document, raw)
            schema = _to_json_schema(parameter.get("schema", {}))
            self._parameters[(parameter["in"], parameter["name"])] = _Parameter(
                name=parameter["name"],
                location=parameter["in"],
                required=bool(parameter.get("required", parameter["in"] == "path")),
                schema=schema,
                validator=_compile(schema, components),
            )
        self._body: _Body | None = None
        if "requestBody" in definition:
            request_body = _resolve(document, definition["requestBody"])
            media = request_body.get("content", {}).get("application/json")
            schema = _to_json_schema(media["schema"]) if media and "schema" in media else None
            self._body = _Body(
                required=bool(request_body.get("required", False)),
                validator=_compile(schema, components) if schema is not None else None,
                schema=schema,
                raw=media is None and RAW_MEDIA_TYPE in request_body.get("content", {}),
            )

    @property
    def max_body_bytes(self) -> int:
        """How much of a body this operation reads: a raw upload may be larger than a JSON document."""
        return MAX_UPLOAD_BYTES if self._body is not None and self._body.raw else MAX_BODY_BYTES

    def validate(
        self,
        *,
        path: Mapping[str, str],
        query: Iterable[tuple[str, str]],
        content_type: str | None,
        body: bytes,
        headers: Mapping[str, str] | None = None,
    ) -> ValidRequest:
        """The request's values, or a BillError naming the first thing wrong with it.

        `headers` is read by the spec's names, so pass a case-insensitive mapping such as Starlette's Headers.
        """
        path_values = {
            name: self._path_value(parameter, path.get(name))
            for (location, name), parameter in self._parameters.items()
            if location == "path"
        }
        header_values = self._headers(headers or {})
        if self._body is not None and self._body.raw:
            return ValidRequest(
                path=path_values,
                query=self._query(query),
                body=self._raw_body(content_type, body),
                headers=header_values,
            )
        return ValidRequest(
            path=path_values, query=self._query(query), body=self._json_body(content_type, body), headers=header_values
        )

    def _headers(self, sent: Mapping[str, str]) -> dict[str, str]:
        values: dict[str, str] = {}
        for (location, name), parameter in self._parameters.items():
            if location != "header":
                continue
            value = sent.get(name)
            if not value:
                if parameter.required:
                    raise errors.missing_parameter(name)
                continue
            if not parameter.validator.is_valid(value):
                raise errors.invalid_parameter(name)
            values[name] = value
        return values

    def _path_value(self, parameter: _Parameter, value: str | None) -> str:
        if value is None or value == "":
            raise errors.missing_parameter(parameter.name)
        if not parameter.validator.is_valid(value):
            raise errors.invalid_parameter(parameter.name)
        return value

    def _query(self, pairs: Iterable[tuple[str, str]]) -> dict[str, Any]:
        sent: dict[str, list[str]] = {}
        for name, value in pairs:
            sent.setdefault(name, []).append(value)
        values: dict[str, Any] = {}
        for (location, name), parameter in self._parameters.items():
            if location != "query":
                continue
            raw = sent.get(name)
            if raw is None:
                if parameter.required:
                    raise errors.missing_parameter(name)
                if "default" in parameter.schema:
                    values[name] = parameter.schema["default"]
                continue
            if len(raw) != 1:
                raise errors.invalid_parameter(name)  # one value per parameter: no lists declared
            value = _convert(parameter.schema, raw[0])
            if value is _INVALID or not parameter.validator.is_valid(value):
                raise errors.invalid_parameter(name)
            values[name] = value
        return values

    def _json_body(self, content_type: str | None, body: bytes) -> Any:
        if self._body is None:
            return None  # BILL ignores a body on operations that take none
        if not body.strip():
            if self._body.required:
                raise errors.missing_field("body")
            if body:  # BILL reads any byte as the start of JSON; only a truly empty body is "no body"
                raise errors.not_json("The request body is only whitespace; send a JSON value, or no body at all.")
            return None
        media_type = (content_type or "").split(";", 1)[0].strip().lower()
        if media_type != "application/json":
            raise errors.not_json("The request body must be JSON, sent with Content-Type: application/json.")
        if len(body) > MAX_BODY_BYTES:
            raise errors.not_json(f"The request body is larger than {MAX_BODY_BYTES} bytes.")
        return self.check_json_body(parse_json(body))

    def check_json_body(self, document: Any) -> Any:
        """A parsed JSON body as handlers get it (scalars coerced as BILL binds them), or the BillError for it.

        Public so the contract tests judge a generated body by exactly the mock's rule.
        """
        if self._body is None or self._body.validator is None or self._body.schema is None:
            return document
        return _bound(self._body.validator, self._body.schema, self._components, document)

    def _raw_body(self, content_type: str | None, body: bytes) -> bytes:
        """A file upload: the bytes as sent, with BILL's content type and no more than BILL's 6 MB."""
        media_type = (content_type or "").split(";", 1)[0].strip().lower()
        if media_type not in _RAW_CONTENT_TYPES:
            raise errors.invalid_parameter("Content-Type")
        if not body:
            raise errors.missing_field("body")
        if len(body) > MAX_UPLOAD_BYTES:
            raise BillError(
                400,
                "BDC_1119",
                f"The file is larger than BILL's 6 MB limit ({MAX_UPLOAD_BYTES} bytes); upload a smaller file.",
            )
        return body


@dataclass(frozen=True, slots=True)
class SchemaCheck:
    """One named schema of a document (`components/schemas/<name>`), compiled: reads a JSON document the way
    BILL binds it (coerce_scalars), then refuses it BILL's way (BDC_1117 missing, BDC_1119 invalid)."""

    name: str
    schema: Mapping[str, Any]
    components: Mapping[str, Any]
    validator: jsonschema_rs.Validator

    def check(self, document: Any, root: str = "body") -> Any:
        """The document as a handler gets it, or the BillError for its first problem.

        `root` names the document itself in a message about it as a whole (v2 says `data`).
        """
        return _bound(self.validator, self.schema, self.components, document, root)


@dataclass(slots=True)
class _Compiled:
    document: Mapping[str, Any]
    components: Mapping[str, Any]
    validators: dict[str, OperationValidator]
    checks: dict[str, SchemaCheck] = field(default_factory=dict)


_COMPILED: dict[int, _Compiled] = {}
_COMPILED_LOCK = threading.Lock()
_COMPILED_DOCUMENTS = 8
"""How many documents' validators are kept: the shipped specs, and a few a test builds."""


def build_validators(document: Mapping[str, Any], operations: Iterable[Operation]) -> dict[str, OperationValidator]:
    """One compiled validator per operationId; a broken schema fails here, at app start.

    Validators hold no state, so they are compiled once per document and process and shared by every app
    built from it: a test suite that starts a fresh mock per test does not pay for compiling 250 operations each time.
    """
    wanted = list(operations)
    with _COMPILED_LOCK:
        compiled = _compiled(document)
        validators = compiled.validators
        for op in wanted:
            if op.operation_id not in validators:
                validators[op.operation_id] = OperationValidator(op, document, compiled.components)
        return {op.operation_id: validators[op.operation_id] for op in wanted}


def schema_checks(document: Mapping[str, Any], names: Iterable[str]) -> dict[str, SchemaCheck]:
    """A compiled check per schema name in `components/schemas`, cached per document like build_validators;
    an unknown name is a KeyError here, at app start."""
    wanted = list(dict.fromkeys(names))
    with _COMPILED_LOCK:
        compiled = _compiled(document)
        checks = compiled.checks
        for name in wanted:
            if name not in checks:
                if name not in compiled.components.get("schemas", {}):
                    raise KeyError(f"components/schemas has no {name!r}")
                schema = {"$ref": f"#/components/schemas/{name}"}
                checks[name] = SchemaCheck(name, schema, compiled.components, _compile(schema, compiled.components))
        return {name: checks[name] for name in wanted}


def _compiled(document: Mapping[str, Any]) -> _Compiled:
    """The document's cache entry (call with _COMPILED_LOCK held)."""
    compiled = _COMPILED.get(id(document))
    if compiled is None or compiled.document is not document:
        if len(_COMPILED) >= _COMPILED_DOCUMENTS:
            _COMPILED.clear()
        components = _to_json_schema(document.get("components", {}))
        compiled = _COMPILED[id(document)] = _Compiled(document, components, {})
    return compiled


def _bound(
    validator: jsonschema_rs.Validator,
    schema: Mapping[str, Any],
    components: Mapping[str, Any],
    document: Any,
    root: str = "body",
) -> Any:
    """`document` read the way BILL binds it, or the BillError for its first problem.

    Coercion only turns a string into the boolean or number a schema demands there, which a valid document
    never needs; so the cheap compiled check runs first and the schema walk only for a document it refuses.
    """
    if validator.is_valid(document):
        return document
    coerced = coerce_scalars(schema, document, components)
    _raise_first_error(validator, coerced, root)
    return coerced


def coerce_scalars(schema: Mapping[str, Any], value: Any, components: Mapping[str, Any]) -> Any:
    """`value` read against `schema` the way BILL's lenient (Jackson-style) JSON binding reads it.

    BILL's own examples send `"useBackup": "false"` and `"amount": "100"` and succeed: where the schema declares a
    boolean, an integer or a number, a string that is exactly that type's literal becomes it ("true"/"false"; an
    optional sign, digits and, for a number only, a fraction). Objects and arrays are walked through `$ref`, `allOf`,
    `properties`, `additionalProperties` and `items`; `oneOf`/`anyOf` only count when all their branches declare the
    same type. Anything else comes back unchanged, for the schema check to refuse. `value` itself is not modified.
    """
    schemas = _applicable(schema, components)
    if isinstance(value, str):
        return _coerce_string(value, _declared_types(schemas, components))
    if isinstance(value, list):
        items = {"allOf": [s["items"] for s in schemas if isinstance(s.get("items"), Mapping)]}
        return [coerce_scalars(items, item, components) for item in value]
    if isinstance(value, dict):
        return {key: coerce_scalars(_property_schema(schemas, key), item, components) for key, item in value.items()}
    return value


def _applicable(schema: Mapping[str, Any], components: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """`schema` and every schema it brings in by `$ref` and `allOf`: all of them apply to the same value."""
    found: list[Mapping[str, Any]] = []
    pending: list[Any] = [schema]
    seen: set[str] = set()
    while pending:
        node = pending.pop()
        if not isinstance(node, Mapping):
            continue
        ref = node.get("$ref")
        if isinstance(ref, str):
            if ref not in seen and ref.startswith("#/components/"):
                seen.add(ref)
                pending.append(_component(components, ref))
            continue  # in OpenAPI 3.0, a $ref's siblings are ignored
        found.append(node)
        all_of = node.get("allOf")
        if isinstance(all_of, list):
            pending.extend(all_of)
    return found


def _component(components: Mapping[str, Any], ref: str) -> Any:
    target: Any = components
    for part in ref.removeprefix("#/components/").split("/"):
        if not isinstance(target, Mapping):
            return None
        target = target.get(part.replace("~1", "/").replace("~0", "~"))
    return target


def _declared_types(schemas: list[Mapping[str, Any]], components: Mapping[str, Any]) -> frozenset[str] | None:
    """The JSON types every applicable schema allows, or None when none of them says."""
    allowed: frozenset[str] | None = None
    for schema in schemas:
        declared = schema.get("type")
        kinds = [declared] if isinstance(declared, str) else declared if isinstance(declared, list) else None
        for keyword in ("oneOf", "anyOf"):
            branches = schema.get(keyword)
            if isinstance(branches, list) and branches:
                agreed = {_declared_types(_applicable(branch, components), components) for branch in branches}
                if len(agreed) == 1 and None not in agreed:
                    allowed = _narrow(allowed, next(iter(agreed)))
        if kinds is not None:
            allowed = _narrow(allowed, frozenset(str(kind) for kind in kinds))
    return allowed


def _narrow(allowed: frozenset[str] | None, kinds: frozenset[str] | None) -> frozenset[str] | None:
    if kinds is None:
        return allowed
    if "number" in kinds:
        kinds |= {"integer"}  # an integer is a number, so {number} and {integer} agree on integers
    return kinds if allowed is None else allowed & kinds


def _coerce_string(text: str, allowed: frozenset[str] | None) -> Any:
    if allowed is None or "string" in allowed:
        return text
    if "boolean" in allowed and text in _BODY_BOOLEANS:
        return _BODY_BOOLEANS[text]
    if "number" in allowed and _BODY_DECIMAL.fullmatch(text):
        return float(text) if "." in text else int(text)
    if "integer" in allowed and _INTEGER.fullmatch(text):
        return int(text)
    return text


def _property_schema(schemas: list[Mapping[str, Any]], key: str) -> Mapping[str, Any]:
    """What applies to one property: its `properties` entries, or else the `additionalProperties` schemas."""
    declared = [
        s["properties"][key] for s in schemas if isinstance(s.get("properties"), Mapping) and key in s["properties"]
    ]
    if not declared:
        declared = [s["additionalProperties"] for s in schemas if isinstance(s.get("additionalProperties"), Mapping)]
    return {"allOf": declared}


def parse_query(query_string: bytes) -> list[tuple[str, str]]:
    """The query's name/value pairs; bytes that are not UTF-8 once unescaped are a bad request."""
    try:
        return parse_qsl(
            query_string.decode("latin-1"),
            keep_blank_values=True,
            strict_parsing=False,
            encoding="utf-8",
            errors="strict",
            max_num_fields=200,
        )
    except (UnicodeDecodeError, ValueError):
        raise errors.invalid_parameter("query string") from None


_INVALID = object()


def _convert(schema: Mapping[str, Any], text: str) -> Any:
    """A query value as its declared type, or _INVALID; the schema check comes after."""
    declared = schema.get("type")
    if declared == "integer":
        return int(text) if _INTEGER.fullmatch(text) else _INVALID
    if declared == "number":
        return float(text) if _NUMBER.fullmatch(text) else _INVALID
    if declared == "boolean":
        return {"true": True, "false": False}.get(text, _INVALID)
    return text


def parse_json(body: bytes | str, message: str = "The request body is not valid JSON text.") -> Any:
    """JSON text as BILL reads it: strict (no NaN, no lone surrogates), or BDC_1122 with `message`."""
    try:
        text = body.decode("utf-8") if isinstance(body, bytes) else body
        document = json.loads(text, parse_constant=_reject_constant)
        # A \ud800-style escape decodes to a lone surrogate, which no UTF-8 reply could carry back.
        json.dumps(document, ensure_ascii=False).encode("utf-8")
    except (UnicodeError, ValueError, RecursionError):
        raise errors.not_json(message) from None
    return document


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _raise_first_error(validator: jsonschema_rs.Validator, instance: Any, root: str = "body") -> None:
    error = next(iter(validator.iter_errors(instance)), None)
    if error is None:
        return
    raise _bill_error(error, root)


def _bill_error(error: jsonschema_rs.ValidationError, root: str = "body") -> BillError:
    where = [str(part) for part in error.instance_path]
    kind = error.kind
    if isinstance(kind, jsonschema_rs.ValidationErrorKind.Required):
        return errors.missing_field(".".join([*where, kind.property]))
    if isinstance(kind, jsonschema_rs.ValidationErrorKind.AdditionalProperties) and kind.unexpected:
        extra = kind.unexpected[0]
        value = error.instance.get(extra) if isinstance(error.instance, dict) else None
        return errors.invalid_field(".".join([*where, extra]), value)
    return errors.invalid_field(".".join(where) or root, error.instance)


def _compile(schema: Mapping[str, Any], components: Mapping[str, Any]) -> jsonschema_rs.Validator:
    return jsonschema_rs.Draft4Validator({**schema, "components": components}, validate_formats=True)


def _resolve(document: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    """Follows local `$ref`s (parameters, request bodies) to the object they name."""
    seen = set()
    while "$ref" in node:
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/") or ref in seen:
            raise ValueError(f"cannot resolve reference {ref!r}")
        seen.add(ref)
        target: Any = document
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _to_json_schema(node: Any) -> Any:
    """OpenAPI 3.0 schema -> JSON Schema: `nullable: true` adds `null` to the type (and to an enum)."""
    if isinstance(node, list):
        return [_to_json_schema(item) for item in node]
    if not isinstance(node, Mapping):
        return node
    converted = {
        key: _to_json_schema(value)
        for key, value in node.items()
        if not (key == "nullable" and isinstance(value, bool))
    }
    if node.get("nullable") is True:
        declared = converted.get("type")
        if isinstance(declared, str):
            converted["type"] = [declared, "null"]
        if isinstance(converted.get("enum"), list) and None not in converted["enum"]:
            converted["enum"] = [*converted["enum"], None]
    return converted
