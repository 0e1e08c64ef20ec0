"""BILL's wire contract as shipped with the package: the OpenAPI documents and an index of their operations.

The client's policy layer uses the index to tell which operation a request is (method + path template ->
operationId, BILL object, action, scope, credentials); the mock uses the same index to route and validate.

A spec is a root document (`bill-v3.yaml`) plus fragments, one per API area (`v3/*.yaml`), each holding
`paths`, `components` and `tags`. `load()` merges them; codegen.sh generates from the same merge
(`python -m bill_spec bundle bill-v3.yaml OUT`). A name defined twice is an error naming both files.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

__all__ = [
    "EVENTS_SPEC",
    "SPEC_V2",
    "SPEC_V3",
    "Operation",
    "OperationIndex",
    "SpecError",
    "events_index",
    "load",
    "v2_index",
    "v3_index",
]

SPEC_V3 = "bill-v3.yaml"
SPEC_V2 = "bill-v2.yaml"
"""BILL's v2 API (form posts under /api/v2), a root with its fragments in v2/."""
EVENTS_SPEC = "bill-v3-events.yaml"
"""The webhooks API ("Connect Events"), a root of its own: BILL serves it under /connect-events."""

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
SCOPES = frozenset({"public", "partner", "organization", "any"})


class SpecError(ValueError):
    """The spec itself is malformed; the message names the file and the place."""


@dataclass(frozen=True, slots=True)
class Operation:
    """One BILL operation as the spec declares it."""

    operation_id: str
    method: str
    path: str
    tag: str
    bill_object: str
    bill_action: str
    scope: str
    security: tuple[frozenset[str], ...]
    """Alternative credential sets (security scheme names); empty when no session is needed."""

    @property
    def needs_session(self) -> bool:
        return bool(self.security)


class OperationIndex:
    """Finds the operation of a request in one dict lookup for fixed paths, one regex scan otherwise."""

    def __init__(self, operations: Iterable[Operation]) -> None:
        self._by_id: dict[str, Operation] = {}
        self._fixed: dict[tuple[str, str], Operation] = {}
        self._templated: dict[str, list[tuple[re.Pattern[str], Operation]]] = {}
        for op in operations:
            if op.operation_id in self._by_id:
                raise SpecError(f"operationId {op.operation_id!r} is used twice ({op.method} {op.path})")
            self._by_id[op.operation_id] = op
            if "{" in op.path:
                self._templated.setdefault(op.method, []).append((_template_regex(op.path), op))
            else:
                self._fixed[(op.method, op.path)] = op
        for entries in self._templated.values():
            # More literal segments first, so /users/{id} never shadows a fixed sibling.
            entries.sort(key=lambda entry: entry[1].path.count("{"))

    def match(self, method: str, path: str) -> Operation | None:
        method = method.upper()
        found = self._fixed.get((method, path))
        if found is not None:
            return found
        for pattern, op in self._templated.get(method, ()):
            if pattern.fullmatch(path):
                return op
        return None

    def methods_for(self, path_template: str) -> list[str]:
        return sorted(op.method for op in self._by_id.values() if op.path == path_template)

    def __getitem__(self, operation_id: str) -> Operation:
        return self._by_id[operation_id]

    def __contains__(self, operation_id: object) -> bool:
        return operation_id in self._by_id

    def __iter__(self) -> Iterator[Operation]:
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    @classmethod
    def from_document(cls, document: Mapping[str, Any], source: str) -> OperationIndex:
        return cls(_operations(document, source))


def _template_regex(path: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^/{}]+\})", path)
    return re.compile("".join("[^/]+" if part.startswith("{") else re.escape(part) for part in parts))


def _operations(document: Mapping[str, Any], source: str) -> Iterator[Operation]:
    paths = document.get("paths")
    if not isinstance(paths, Mapping):
        raise SpecError(f"{source}: has no 'paths' mapping")
    default_security = document.get("security", [])
    for path, item in paths.items():
        if not isinstance(item, Mapping):
            raise SpecError(f"{source}: paths.{path} is not a mapping")
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            where = f"{source}: {method.upper()} {path}"
            yield Operation(
                operation_id=_required_str(op, "operationId", where),
                method=method.upper(),
                path=path,
                tag=_first_tag(op, where),
                bill_object=_required_str(op, "x-bill-object", where),
                bill_action=_required_str(op, "x-bill-action", where),
                scope=_scope(op, where),
                security=_security(op.get("security", default_security), where),
            )


def _required_str(op: Mapping[str, Any], key: str, where: str) -> str:
    value = op.get(key)
    if not isinstance(value, str) or not value:
        raise SpecError(f"{where}: needs a non-empty string '{key}'")
    return value


def _first_tag(op: Mapping[str, Any], where: str) -> str:
    tags = op.get("tags")
    if not isinstance(tags, list) or not tags or not isinstance(tags[0], str):
        raise SpecError(f"{where}: needs at least one tag")
    return tags[0]


def _scope(op: Mapping[str, Any], where: str) -> str:
    scope = _required_str(op, "x-bill-scope", where)
    if scope not in SCOPES:
        raise SpecError(f"{where}: x-bill-scope {scope!r} is not one of {sorted(SCOPES)}")
    return scope


def _security(requirements: Any, where: str) -> tuple[frozenset[str], ...]:
    if not isinstance(requirements, list) or not all(isinstance(r, Mapping) for r in requirements):
        raise SpecError(f"{where}: 'security' must be a list of requirement mappings")
    return tuple(frozenset(r) for r in requirements if r)


FRAGMENT_KEYS = frozenset({"paths", "components", "tags"})


def _parse(name: str, text: str) -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        document = yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader either way
    except yaml.YAMLError as exc:
        raise SpecError(f"{name}: not valid YAML: {exc}") from exc
    if not isinstance(document, dict):
        raise SpecError(f"{name}: the top level is not a mapping")
    return document


def merge(root: dict[str, Any], fragments: Mapping[str, Mapping[str, Any]], root_name: str) -> dict[str, Any]:
    """The root document with every fragment's paths, components and tags added; nothing is overwritten."""
    merged = {**root, "paths": dict(root.get("paths") or {}), "tags": list(root.get("tags") or [])}
    components = {kind: dict(entries) for kind, entries in (root.get("components") or {}).items()}
    path_owner = dict.fromkeys(merged["paths"], root_name)
    component_owner = {(kind, name): root_name for kind, entries in components.items() for name in entries}
    tag_owner = {tag.get("name"): root_name for tag in merged["tags"] if isinstance(tag, Mapping)}
    for name, fragment in fragments.items():
        unknown = set(fragment) - FRAGMENT_KEYS
        if unknown:
            raise SpecError(f"{name}: a fragment holds only {sorted(FRAGMENT_KEYS)}, not {sorted(unknown)}")
        for path, item in (fragment.get("paths") or {}).items():
            if path in path_owner:
                raise SpecError(f"{name}: path {path} is already defined in {path_owner[path]}")
            path_owner[path] = name
            merged["paths"][path] = item
        for kind, entries in (fragment.get("components") or {}).items():
            for entry_name, entry in (entries or {}).items():
                if (kind, entry_name) in component_owner:
                    owner = component_owner[(kind, entry_name)]
                    raise SpecError(f"{name}: components.{kind}.{entry_name} is already defined in {owner}")
                component_owner[(kind, entry_name)] = name
                components.setdefault(kind, {})[entry_name] = entry
        for tag in fragment.get("tags") or []:
            tag_name = tag.get("name") if isinstance(tag, Mapping) else None
            if tag_name in tag_owner:
                raise SpecError(f"{name}: tag {tag_name!r} is already defined in {tag_owner[tag_name]}")
            tag_owner[tag_name] = name
            merged["tags"].append(tag)
    merged["components"] = components
    return merged


@functools.cache
def load(name: str = SPEC_V3) -> Mapping[str, Any]:
    """The spec shipped with the package, its fragments merged in (parsed once per process)."""
    package = resources.files(__name__)
    root = _parse(name, package.joinpath(name).read_text(encoding="utf-8"))
    folder = package.joinpath(_fragment_folder(name))
    fragments: dict[str, dict[str, Any]] = {}
    if folder.is_dir():
        for entry in sorted(folder.iterdir(), key=lambda item: item.name):
            if entry.name.endswith(".yaml"):
                label = f"{_fragment_folder(name)}/{entry.name}"
                fragments[label] = _parse(label, entry.read_text(encoding="utf-8"))
    return merge(root, fragments, name)


def _fragment_folder(name: str) -> str:
    """bill-v3.yaml keeps its fragments in v3/."""
    return name.removeprefix("bill-").removesuffix(".yaml")


def bundle(name: str) -> str:
    """The merged spec as one YAML document, for tools that read a single file."""
    return yaml.safe_dump(dict(load(name)), sort_keys=False, allow_unicode=True, width=120)


@functools.cache
def v3_index() -> OperationIndex:
    """The operations of BILL's v3 API."""
    return OperationIndex.from_document(load(SPEC_V3), SPEC_V3)


@functools.cache
def v2_index() -> OperationIndex:
    """The operations of BILL's v2 API (form posts under /api/v2)."""
    return OperationIndex.from_document(load(SPEC_V2), SPEC_V2)


@functools.cache
def events_index() -> OperationIndex:
    """The operations of BILL's webhooks API (served under /connect-events, with the v3 API's sessions)."""
    return OperationIndex.from_document(load(EVENTS_SPEC), EVENTS_SPEC)
