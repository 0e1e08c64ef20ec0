"""Reading the permission table: YAML to plain values with line numbers, checked against the table's schema.

PyYAML keeps the last of two equal keys and says nothing, and its errors name no file; the table's reader
composes the YAML itself (`yaml.compose` keeps every node's line), refuses a key given twice, and turns
every mistake into one PermissionTableError naming the file, the line and the fix. The schema is declared
below as data (`table_schema()`); the names it accepts (objects and actions) come from the specs.
"""

from __future__ import annotations

import difflib
import re
import string
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NoReturn

import yaml
import yaml.constructor
import yaml.nodes

from .errors import PermissionTableError

__all__ = [
    "APIS",
    "KINDS",
    "PLACEHOLDERS",
    "Document",
    "Path",
    "read_document",
    "table_schema",
]

KINDS = ("user", "partner", "token")
"""The session kinds the table speaks of; a user session is also what a partner's login-as-user opens."""
APIS = ("v2", "v3", "events")
"""BILL's v2 API, its v3 API, and the webhooks API (`events`)."""
SCOPES = ("public", "partner", "organization", "any")
PLACEHOLDERS = frozenset({"operation", "api", "object", "action", "kind"})
"""The names a reason may use in braces, filled in per operation."""

Path = tuple[str | int, ...]

_STR = "tag:yaml.org,2002:str"
_BOOL = "tag:yaml.org,2002:bool"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_NULL = "tag:yaml.org,2002:null"
_TRUE = frozenset({"yes", "true", "on"})
_DURATION = re.compile(r"(\d+)\s*([smhd])")
_UNITS = {"s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}
_CONSTRUCTOR = yaml.constructor.SafeConstructor()
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def dotted(path: Path) -> str:
    """objects.invoice.token.deny.send, or 'the top level' for the empty path."""
    return ".".join(str(part) for part in path) or "the top level"


@dataclass
class Document:
    """A table's values and where each one stands in its file."""

    source: str
    text: str
    data: Any = None
    lines: dict[Path, int] = field(default_factory=dict)

    def line(self, path: Path) -> int:
        """The line of `path`, or of its nearest parent that has one."""
        while path and path not in self.lines:
            path = path[:-1]
        return self.lines.get(path, 1)

    def source_line(self, line: int) -> str:
        lines = self.text.splitlines()
        return lines[line - 1].rstrip() if 0 < line <= len(lines) else ""

    def fail(self, path: Path, problem: str, fix: str) -> NoReturn:
        raise PermissionTableError(source=self.source, line=self.line(path), problem=problem, fix=fix)


# -- YAML to values ------------------------------------------------------------------------------------------


def read_document(raw: bytes | str, source: str) -> Document:
    """The table's YAML as plain values (dict, list, str, bool, int, float, None) with every path's line."""
    if isinstance(raw, bytes):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            raise PermissionTableError(
                source=source,
                line=line,
                problem=f"the file is not UTF-8 text (byte {exc.start})",
                fix="save the table as UTF-8",
            ) from None
    else:
        text = raw
    document = Document(source=source, text=text)
    try:
        root = yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        where: int | None = mark.line + 1 if mark is not None else _reader_line(text, exc)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise PermissionTableError(
            source=source,
            line=where,
            problem=f"not valid YAML: {problem}",
            fix="fix the syntax there (indentation, a colon after each key, quotes around text with ': ' or '#')",
        ) from None
    except RecursionError:
        raise PermissionTableError(
            source=source, line=None, problem="the YAML nests too deeply", fix="write the table as the shipped one is"
        ) from None
    if root is None:
        raise PermissionTableError(
            source=source, line=None, problem="the file is empty", fix="start from the shipped permissions.yaml"
        )
    document.data = _value(root, (), document, set())
    return document


def _reader_line(text: str, exc: yaml.YAMLError) -> int | None:
    position = getattr(exc, "position", None)
    return text[:position].count("\n") + 1 if isinstance(position, int) else None


def _value(node: yaml.nodes.Node, path: Path, document: Document, seen: set[int]) -> Any:
    if id(node) in seen:
        document.lines.setdefault(path, node.start_mark.line + 1)
        document.fail(path, "a YAML alias (*name) repeats another part of the table", "write the value out in full")
    seen.add(id(node))
    document.lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.nodes.MappingNode):
        mapping: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.nodes.ScalarNode) or key_node.tag != _STR:
                document.lines[(*path, "?")] = key_node.start_mark.line + 1
                document.fail((*path, "?"), f"a key in {dotted(path)} is not a plain word", "write keys as words")
            key = key_node.value
            if key in mapping:
                first = document.lines[(*path, key)]
                document.lines[(*path, key, "twice")] = key_node.start_mark.line + 1
                document.fail(
                    (*path, key, "twice"),
                    f"{dotted((*path, key))} is given twice (first on line {first}); YAML would keep only the last",
                    "keep one of the two and merge what they say",
                )
            document.lines[(*path, key)] = key_node.start_mark.line + 1
            mapping[key] = _value(value_node, (*path, key), document, seen)
        return mapping
    if isinstance(node, yaml.nodes.SequenceNode):
        return [_value(item, (*path, index), document, seen) for index, item in enumerate(node.value)]
    if not isinstance(node, yaml.nodes.ScalarNode):
        document.fail(path, f"{dotted(path)} is no YAML value the table reads", "write text, a list or a mapping")
    return _scalar(node, path, document)


def _scalar(node: yaml.nodes.ScalarNode, path: Path, document: Document) -> Any:
    tag, value = node.tag, node.value
    if tag == _STR:
        return value
    if tag == _BOOL:
        return str(value).lower() in _TRUE
    if tag == _NULL:
        return None
    if tag in (_INT, _FLOAT):
        try:
            number: Any = (
                _CONSTRUCTOR.construct_yaml_int(node) if tag == _INT else _CONSTRUCTOR.construct_yaml_float(node)
            )
        except (ValueError, TypeError, OverflowError, yaml.YAMLError):
            document.fail(path, f"{dotted(path)} is not a readable number", "write it as digits")
        return number
    return document.fail(
        path, f"{dotted(path)} has a YAML type the table does not use ({tag})", "write it as text, a number or a flag"
    )


# -- the schema ----------------------------------------------------------------------------------------------


class Rule:
    """One node of the schema: what a value at some path must be."""

    expects = "a value"

    def check(self, value: Any, path: Path, document: Document) -> None:
        raise NotImplementedError


class Text(Rule):
    expects = "text"

    def check(self, value: Any, path: Path, document: Document) -> None:
        if not isinstance(value, str) or not value.strip():
            document.fail(path, f"{dotted(path)} must be {self.expects}, not {_shown(value)}", "write it as text")


class Reason(Text):
    """A sentence a person can act on; may name {operation}, {api}, {object}, {action} and {kind}."""

    expects = "a reason (text)"

    def check(self, value: Any, path: Path, document: Document) -> None:
        super().check(value, path, document)
        try:
            fields = list(string.Formatter().parse(value))
        except ValueError as exc:
            document.fail(path, f"{dotted(path)} has unbalanced braces ({exc})", "write {{ or }} for a literal brace")
        for _, name, spec, conversion in fields:
            if name is None:
                continue
            if name not in PLACEHOLDERS or spec or conversion:
                document.fail(
                    path,
                    f"{dotted(path)} uses {{{name}}}, which the table does not fill in",
                    f"use only {', '.join('{' + p + '}' for p in sorted(PLACEHOLDERS))}",
                )


class Flag(Rule):
    expects = "true or false"

    def check(self, value: Any, path: Path, document: Document) -> None:
        if not isinstance(value, bool):
            document.fail(path, f"{dotted(path)} must be true or false, not {_shown(value)}", "write true or false")


class Const(Rule):
    def __init__(self, value: int) -> None:
        self.value = value
        self.expects = str(value)

    def check(self, value: Any, path: Path, document: Document) -> None:
        if isinstance(value, bool) or value != self.value:
            problem = f"{dotted(path)} must be {self.value}, not {_shown(value)}"
            document.fail(path, problem, f"this SDK reads version {self.value}")


class OneOf(Rule):
    """A word from a fixed list (session kinds, APIs, the specs' objects or one object's actions)."""

    def __init__(self, choices: Iterable[str], what: str) -> None:
        self.choices = tuple(choices)
        self.what = what
        self.expects = what

    def check(self, value: Any, path: Path, document: Document) -> None:
        if not isinstance(value, str) or value not in self.choices:
            document.fail(path, f"unknown {self.what} {_shown(value)} in {dotted(path[:-1])}", self.fix(value))

    def fix(self, value: Any) -> str:
        close = difflib.get_close_matches(str(value), self.choices, n=1)
        hint = f"did you mean {close[0]!r}? " if close else ""
        return f"{hint}use one of: {', '.join(self.choices)}"


class Duration(Rule):
    expects = "a duration such as 35m, 48h or never"

    def check(self, value: Any, path: Path, document: Document) -> None:
        if parse_duration(value) is _BAD:
            document.fail(path, f"{dotted(path)} is {_shown(value)}, not a duration", "write 35m, 48h, 3600s or never")


class ListOf(Rule):
    def __init__(self, item: Rule) -> None:
        self.item = item
        self.expects = f"a list of {item.expects}"

    def check(self, value: Any, path: Path, document: Document) -> None:
        if not isinstance(value, list):
            document.fail(path, f"{dotted(path)} must be {self.expects}, not {_shown(value)}", "write [a, b, ...]")
        seen: dict[Any, int] = {}
        for index, item in enumerate(value):
            self.item.check(item, (*path, index), document)
            if item in seen:
                document.fail(
                    (*path, index),
                    f"{item!r} is listed twice in {dotted(path)} (also on line {document.line((*path, seen[item]))})",
                    "list it once",
                )
            seen[item] = index


class Fields(Rule):
    """A mapping with named fields; an unknown or missing field is named with the fields it could be."""

    def __init__(
        self,
        required: Mapping[str, Rule] | None = None,
        optional: Mapping[str, Rule] | None = None,
        *,
        what: str = "key",
    ) -> None:
        self.required = dict(required or {})
        self.optional = dict(optional or {})
        self.what = what
        self.expects = "a mapping"

    def check(self, value: Any, path: Path, document: Document) -> None:
        if not isinstance(value, dict):
            document.fail(path, f"{dotted(path)} must be a mapping (key: value lines), not {_shown(value)}", _INDENT)
        known = {**self.required, **self.optional}
        for key, item in value.items():
            rule = known.get(key)
            if rule is None:
                document.fail((*path, key), f"unknown {self.what} {key!r} in {dotted(path)}", _suggest(key, known))
            rule.check(item, (*path, key), document)
        for key in self.required:
            if key not in value:
                document.fail(path, f"{dotted(path)} lacks {key!r}", f"add '{key}:' ({self.required[key].expects})")


class MapOf(Rule):
    """A mapping whose keys come from a list and whose values follow a rule chosen per key."""

    def __init__(self, keys: OneOf, value: Callable[[str], Rule]) -> None:
        self.keys = keys
        self.value = value
        self.expects = f"a mapping of {keys.what}"

    def check(self, value: Any, path: Path, document: Document) -> None:
        if not isinstance(value, dict):
            document.fail(path, f"{dotted(path)} must be {self.expects}, not {_shown(value)}", _INDENT)
        for key, item in value.items():
            self.keys.check(key, (*path, key), document)
            self.value(key).check(item, (*path, key), document)


_INDENT = "indent its entries under it as 'key: value' lines"


def _suggest(key: str, known: Mapping[str, Rule]) -> str:
    close = difflib.get_close_matches(key, list(known), n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    return f"{hint}expected one of: {', '.join(known)}"


def _shown(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


class _Bad:
    """parse_duration's answer for a value that is no duration."""


_BAD = _Bad()


def parse_duration(value: Any) -> float | _Bad | None:
    """Seconds, None for 'never', or _BAD."""
    if value == "never":
        return None
    if not isinstance(value, str):
        return _BAD
    found = _DURATION.fullmatch(value.strip())
    if found is None or int(found.group(1)) <= 0:
        return _BAD
    return int(found.group(1)) * _UNITS[found.group(2)]


def table_schema(vocabulary: Mapping[str, Sequence[str]]) -> Rule:
    """The table's schema; `vocabulary` maps each object the specs use to the actions they use on it."""
    objects = OneOf(sorted(vocabulary), "object")

    def kind_entry(actions: OneOf) -> Rule:
        return Fields(optional={"allow": ListOf(actions), "deny": MapOf(actions, lambda _: Reason())})

    def object_entry(name: str) -> Rule:
        actions = OneOf(vocabulary[name], f"action of {name}")
        return Fields(
            optional={
                "seed": Text(),
                "about": Text(),
                "mfa-required": ListOf(actions),
                **{kind: kind_entry(actions) for kind in KINDS},
            },
            what="session kind or field",
        )

    kind = Fields(
        required={
            "apis": ListOf(OneOf(APIS, "API")),
            "idle-timeout": Duration(),
            "mfa": Flag(),
            "default": OneOf(("allow", "deny"), "default (allow or deny)"),
            "not-in-api": Reason(),
        },
        optional={"about": Text(), "idle-timeout-alternative": Duration(), "default-reason": Reason()},
    )
    scope = Fields(required={"scopes": ListOf(OneOf(SCOPES, "scope")), "reason": Reason()})
    return Fields(
        required={
            "version": Const(1),
            "kinds": Fields(required=dict.fromkeys(KINDS, kind), what="session kind"),
            "scope": Fields(required=dict.fromkeys(KINDS, scope), what="session kind"),
            "mfa": Fields(required={"reason": Reason()}),
            "objects": MapOf(objects, object_entry),
        }
    )
