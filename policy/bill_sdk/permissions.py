"""The permission table: which operations each kind of session may call, decided before anything is sent.

The table is YAML (`permissions.yaml`, shipped with the package; read its header for the format). It is
validated when loaded (a mistake raises one PermissionTableError naming file, line and fix, and nothing
half-loads) and compiled once into `decisions`, a dict keyed by (api, operationId) whose values give the
decision for each session kind, so enforcing it costs one lookup per call.

    table = load_permissions()                      # BILL_PERMISSIONS, else the shipped table
    table.decide("v2", "sendInvoice", "token")      # Decision(allowed=False, reason="Sync-token ...", ...)
    OrgSession(..., permissions="my-permissions.yaml")
"""

from __future__ import annotations

import enum
import functools
import os
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path as FilePath
from typing import Any, Literal

from bill_spec import Operation, OperationIndex, events_index, v2_index, v3_index

from ._table_schema import APIS, KINDS, Document, Path, dotted, parse_duration, read_document, table_schema
from .errors import PermissionDenied, PermissionTableError

__all__ = [
    "APIS",
    "ENVIRONMENT_VARIABLE",
    "FROM_TABLE",
    "KINDS",
    "Coverage",
    "Decision",
    "IdleTimeout",
    "PermissionGate",
    "PermissionTable",
    "Permissions",
    "default_table_path",
    "load_permissions",
    "resolve_idle_timeout",
    "spec_indexes",
    "spec_vocabulary",
]

ENVIRONMENT_VARIABLE = "BILL_PERMISSIONS"
"""Names a user's own table; sessions read it when no `permissions=` is given."""
_SHIPPED = "permissions.yaml"


def spec_indexes() -> dict[str, OperationIndex]:
    """The operations of each API the table decides for, by the table's API names."""
    return {"v2": v2_index(), "v3": v3_index(), "events": events_index()}


@functools.cache
def spec_vocabulary() -> Mapping[str, tuple[str, ...]]:
    """Every x-bill-object the specs use, with the x-bill-actions used on it: the words a table may name."""
    actions: dict[str, set[str]] = {}
    for index in spec_indexes().values():
        for operation in index:
            actions.setdefault(operation.bill_object, set()).add(operation.bill_action)
    return {name: tuple(sorted(found)) for name, found in sorted(actions.items())}


@dataclass(frozen=True, slots=True)
class Decision:
    """Whether one kind of session may make one operation, and the table entry that says so."""

    allowed: bool
    api: str
    kind: str
    operation: str
    bill_object: str
    action: str
    scope: str
    entry: str
    """The table path that decided, e.g. objects.invoice.token.deny.send or kinds.user.default."""
    line: int | None
    table: str
    reason: str
    """For a denial, what the caller is told; for an allowance, why it is allowed."""
    mfa_required: bool
    """BILL asks for an MFA-trusted session (kinds that can get MFA are allowed and must be trusted at BILL)."""
    message: str
    """The PermissionDenied message for a denial, built once."""

    def denial(self) -> PermissionDenied:
        """The exception this denial raises."""
        return PermissionDenied(
            self.message,
            operation=self.operation,
            session_kind=self.kind,
            api=self.api,
            bill_object=self.bill_object,
            action=self.action,
            entry=self.entry,
            table=self.table,
            line=self.line,
            reason=self.reason,
            mfa_required=self.mfa_required,
        )


@dataclass(frozen=True, slots=True)
class Coverage:
    """What `bill-policy check` reports beyond validity."""

    operations: Mapping[str, int]
    allowed: Mapping[tuple[str, str], int]
    """(api, kind) -> operations allowed."""
    missing_objects: tuple[str, ...]
    """Objects the specs use that the table has no entry for."""
    defaulted: tuple[Decision, ...]
    """Decisions that fell to a fail-closed kind's default in an API where that kind exists: no entry names them."""

    @property
    def complete(self) -> bool:
        return not self.missing_objects and not self.defaulted


class PermissionTable:
    """A validated, compiled table. Build one with `load_permissions()`, `from_path()` or `from_text()`."""

    def __init__(self, document: Document) -> None:
        self.source = document.source
        self.document = document
        data: dict[str, Any] = document.data
        _check_consistency(data, document)
        self._data = data
        kinds: dict[str, Any] = data["kinds"]
        self.idle_timeouts: Mapping[str, float | None] = {
            kind: _duration(kinds[kind]["idle-timeout"]) for kind in KINDS
        }
        """Seconds a session of each kind may idle before BILL ends it (None: never)."""
        self.idle_timeout_alternatives: Mapping[str, float | None] = {
            kind: _duration(kinds[kind]["idle-timeout-alternative"])
            for kind in KINDS
            if "idle-timeout-alternative" in kinds[kind]
        }
        """The documented other idle limit of a kind (a token's 48 hours), for sessions that choose it."""
        self.apis_of: Mapping[str, frozenset[str]] = {kind: frozenset(kinds[kind]["apis"]) for kind in KINDS}
        self.fail_closed: Mapping[str, bool] = {kind: kinds[kind]["default"] == "deny" for kind in KINDS}
        self.decisions: dict[tuple[str, str], dict[str, Decision]] = {
            (api, operation.operation_id): {kind: self._decide(api, operation, kind) for kind in KINDS}
            for api, index in spec_indexes().items()
            for operation in index
        }
        """(api, operationId) -> session kind -> Decision; every operation of the three APIs is here."""

    # -- building ----------------------------------------------------------------------------------------

    @classmethod
    def from_text(cls, text: str | bytes, source: str = "<permissions>") -> PermissionTable:
        """Validate and compile a table's YAML; `source` names it in errors."""
        document = read_document(text, source)
        table_schema(spec_vocabulary()).check(document.data, (), document)
        return cls(document)

    @classmethod
    def from_path(cls, path: str | os.PathLike[str]) -> PermissionTable:
        source = os.fspath(path)
        try:
            raw = FilePath(source).read_bytes()
        except OSError as exc:
            raise PermissionTableError(
                source=source,
                line=None,
                problem=f"the table cannot be read ({exc.strerror or type(exc).__name__})",
                fix=f"check the path (and {ENVIRONMENT_VARIABLE}, if it is set)",
            ) from None
        return cls.from_text(raw, source)

    # -- asking ------------------------------------------------------------------------------------------

    def decide(self, api: str, operation_id: str, kind: str) -> Decision:
        """The decision for one operation of one API and one session kind (KeyError for an unknown one)."""
        return self.decisions[(api, operation_id)][kind]

    def idle_timeout(self, kind: str) -> float | None:
        return self.idle_timeouts[kind]

    def coverage(self) -> Coverage:
        operations = {api: len(index) for api, index in spec_indexes().items()}
        allowed = {
            (api, kind): sum(1 for (a, _), by_kind in self.decisions.items() if a == api and by_kind[kind].allowed)
            for api in APIS
            for kind in KINDS
        }
        missing = tuple(name for name in spec_vocabulary() if name not in self._data["objects"])
        defaulted = tuple(
            decision
            for by_kind in self.decisions.values()
            for decision in by_kind.values()
            if decision.entry == f"kinds.{decision.kind}.default" and self.fail_closed[decision.kind]
        )
        return Coverage(operations=operations, allowed=allowed, missing_objects=missing, defaulted=defaulted)

    def __iter__(self) -> Iterator[Decision]:
        for by_kind in self.decisions.values():
            yield from by_kind.values()

    def __repr__(self) -> str:
        return f"PermissionTable(source={self.source!r})"

    # -- compiling ---------------------------------------------------------------------------------------

    def _decide(self, api: str, operation: Operation, kind: str) -> Decision:
        data = self._data
        obj, action = operation.bill_object, operation.bill_action
        entry: dict[str, Any] = data["objects"].get(obj) or {}
        mfa_required = action in (entry.get("mfa-required") or ())
        kind_rules = data["kinds"][kind]
        rules: dict[str, Any] = entry.get(kind) or {}
        values = {"operation": operation.operation_id, "api": api, "object": obj, "action": action, "kind": kind}

        def decided(allowed: bool, path: Path, reason: str, at: Path | None = None) -> Decision:
            line = self.document.line(at or path)
            text = reason.format_map(values)
            where = f"{self.source}, line {line}" if line is not None else self.source
            message = (
                f"A {kind} session may not call {api} {operation.operation_id}: {text} "
                f"(permission table {where}: {dotted(path)})"
            )
            return Decision(
                allowed=allowed,
                api=api,
                kind=kind,
                operation=operation.operation_id,
                bill_object=obj,
                action=action,
                scope=operation.scope,
                entry=dotted(path),
                line=line,
                table=self.source,
                reason=text,
                mfa_required=mfa_required,
                message=message if not allowed else "",
            )

        if api not in kind_rules["apis"]:
            return decided(False, ("kinds", kind, "not-in-api"), kind_rules["not-in-api"])
        scope = data["scope"][kind]
        if operation.scope not in scope["scopes"]:
            return decided(False, ("scope", kind, "reason"), scope["reason"])
        denied = rules.get("deny") or {}
        if action in denied:
            return decided(False, ("objects", obj, kind, "deny", action), denied[action])
        if mfa_required and not kind_rules["mfa"]:
            return decided(False, ("objects", obj, "mfa-required"), data["mfa"]["reason"])
        allowed = rules.get("allow") or []
        if action in allowed:
            path: Path = ("objects", obj, kind, "allow")
            return decided(True, path, f"objects.{obj}.{kind}.allow lists {action}", (*path, allowed.index(action)))
        if kind_rules["default"] == "allow":
            return decided(True, ("kinds", kind, "default"), f"{kind} sessions may call what no entry denies")
        return decided(False, ("kinds", kind, "default"), kind_rules["default-reason"])


Permissions = PermissionTable | str | os.PathLike[str] | None
"""What a session's `permissions=` accepts: a loaded table, a path to one, or None (environment, then shipped)."""


class _FromTable(enum.Enum):
    IDLE_TIMEOUT = "the idle timeout the permission table gives the session's kind"


FROM_TABLE = _FromTable.IDLE_TIMEOUT
"""A session's default idle_timeout: the table's `kinds.<kind>.idle-timeout` (35m for users and partners)."""
IdleTimeout = float | None | Literal[_FromTable.IDLE_TIMEOUT]
"""Seconds, None for never, or FROM_TABLE."""


def resolve_idle_timeout(table: PermissionTable, kind: str, idle_timeout: IdleTimeout) -> float | None:
    """What a session's idle_timeout argument means: its own value, or the table's for FROM_TABLE."""
    return table.idle_timeout(kind) if idle_timeout is FROM_TABLE else idle_timeout


def _duration(value: Any) -> float | None:
    seconds = parse_duration(value)
    return seconds if isinstance(seconds, float) or seconds is None else None


def _check_consistency(data: dict[str, Any], document: Document) -> None:
    """What the schema alone cannot see: contradictions between entries."""
    kinds: dict[str, Any] = data["kinds"]
    for kind in KINDS:
        if kinds[kind]["default"] == "deny" and "default-reason" not in kinds[kind]:
            document.fail(
                ("kinds", kind, "default"),
                f"kinds.{kind}.default is deny but no default-reason says why",
                "add 'default-reason:' telling the caller what to do instead",
            )
    for name, entry in data["objects"].items():
        entry = entry or {}
        mfa = set(entry.get("mfa-required") or ())
        for kind in KINDS:
            rules = entry.get(kind) or {}
            allowed: list[str] = rules.get("allow") or []
            denied: dict[str, str] = rules.get("deny") or {}
            for index, action in enumerate(allowed):
                if action in denied:
                    document.fail(
                        ("objects", name, kind, "allow", index),
                        f"objects.{name}.{kind} both allows and denies {action!r} "
                        f"(denied on line {document.line(('objects', name, kind, 'deny', action))})",
                        "keep it in allow or in deny, not both",
                    )
                if action in mfa and not kinds[kind]["mfa"]:
                    document.fail(
                        ("objects", name, kind, "allow", index),
                        f"objects.{name}.{kind} allows {action!r}, which objects.{name}.mfa-required lists, "
                        f"and kinds.{kind}.mfa says a {kind} session cannot get MFA",
                        f"move {action!r} to objects.{name}.{kind}.deny with a reason",
                    )


# -- loading -----------------------------------------------------------------------------------------------

_CACHE_LOCK = threading.Lock()
_CACHE: dict[tuple[str, int, int], PermissionTable] = {}


def default_table_path() -> str:
    """Where the shipped table lives (a starting point for your own copy)."""
    return str(resources.files(__package__ or "bill_sdk").joinpath(_SHIPPED))


@functools.cache
def _shipped() -> PermissionTable:
    shipped = resources.files(__package__ or "bill_sdk").joinpath(_SHIPPED)
    return PermissionTable.from_text(shipped.read_bytes(), default_table_path())


def _cached_path(path: str | os.PathLike[str]) -> PermissionTable:
    """A table file is compiled once per process, again only when it changes on disk."""
    source = os.fspath(path)
    try:
        status = os.stat(source)
    except OSError:
        return PermissionTable.from_path(source)  # raises the readable error
    key = (os.path.abspath(source), status.st_mtime_ns, status.st_size)
    with _CACHE_LOCK:
        found = _CACHE.get(key)
    if found is None:
        found = PermissionTable.from_path(source)
        with _CACHE_LOCK:
            _CACHE[key] = found
    return found


def load_permissions(permissions: Permissions = None) -> PermissionTable:
    """The table a session enforces: the one given, else the file BILL_PERMISSIONS names, else the shipped one."""
    if isinstance(permissions, PermissionTable):
        return permissions
    if permissions is not None:
        return _cached_path(permissions)
    configured = os.environ.get(ENVIRONMENT_VARIABLE, "").strip()
    if configured:
        return _cached_path(configured)
    return _shipped()


class PermissionGate:
    """One session's view of the table for one API: check() raises PermissionDenied for a denied operation."""

    __slots__ = ("_api", "_decisions", "_fail_closed", "_kind", "_table")

    def __init__(self, table: PermissionTable, api: str, kind: str) -> None:
        if api not in APIS or kind not in KINDS:
            raise ValueError(f"no decisions for API {api!r} and session kind {kind!r}")
        self._table = table
        self._decisions = table.decisions
        self._api = api
        self._kind = kind
        self._fail_closed = table.fail_closed[kind]

    @property
    def table(self) -> PermissionTable:
        return self._table

    def check(self, operation: Operation) -> Decision | None:
        """The decision for `operation`; raises PermissionDenied when the table denies it."""
        by_kind = self._decisions.get((self._api, operation.operation_id))
        if by_kind is None:  # an operation of another spec than the table was compiled with
            self.check_unknown(operation.operation_id)
            return None
        decision = by_kind[self._kind]
        if not decision.allowed:
            raise decision.denial()
        return decision

    def check_unknown(self, request_line: str) -> None:
        """A request the spec does not know (a raw call): fail-closed kinds refuse it, others let it through."""
        if not self._fail_closed:
            return
        reason = (
            f"{request_line} is not an operation of BILL's {self._api} spec, so the permission table cannot judge "
            f"it, and {self._kind} sessions are fail-closed; call BILL through the generated client's functions"
        )
        raise PermissionDenied(
            f"A {self._kind} session may not send {request_line}: {reason} (permission table {self._table.source})",
            operation=request_line,
            session_kind=self._kind,
            api=self._api,
            bill_object="",
            action="",
            entry=f"kinds.{self._kind}.default",
            table=self._table.source,
            line=None,
            reason=reason,
        )
