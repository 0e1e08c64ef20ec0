"""BILL's list conventions, once for every list: page size, opaque page tokens, filters and sort.

A list declares its fields (how to read one from an object, its kind, which operators it takes, whether
it sorts); `Listing.page` then answers `max`, `page`, `filters` and `sort` the way BILL does.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, Generic, Literal, TypeVar

from bill_mock import errors
from bill_mock.errors import BillError, shown_value

__all__ = [
    "DEFAULT_MAX",
    "MAX_MAX",
    "OPERATORS",
    "Field",
    "ListQuery",
    "Listing",
    "Page",
]

T = TypeVar("T")

DEFAULT_MAX = 20
MAX_MAX = 100
OPERATORS = frozenset({"eq", "ne", "gt", "gte", "lt", "lte", "in", "nin", "sw"})

Kind = Literal["string", "boolean", "datetime"]

EQUALITY = frozenset({"eq", "ne", "in", "nin"})
ORDERING = frozenset({"gt", "gte", "lt", "lte"})


@dataclass(frozen=True, slots=True)
class Field(Generic[T]):
    """One field a list can filter or sort on."""

    read: Callable[[T], Any]
    kind: Kind = "string"
    operators: frozenset[str] = EQUALITY
    sortable: bool = False


@dataclass(frozen=True, slots=True)
class ListQuery:
    """The list parameters of one request, already type-checked against the spec."""

    max: int = DEFAULT_MAX
    page: str | None = None
    filters: str | None = None
    sort: str | None = None

    @classmethod
    def from_query(cls, query: Mapping[str, Any]) -> ListQuery:
        return cls(
            max=int(query.get("max", DEFAULT_MAX)),
            page=query.get("page"),
            filters=query.get("filters"),
            sort=query.get("sort"),
        )


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    results: list[T]
    next_page: str | None = None
    prev_page: str | None = None


@dataclass(frozen=True, slots=True)
class _Condition:
    field: str
    operator: str
    values: tuple[Any, ...]


@dataclass(frozen=True, slots=True)
class Listing(Generic[T]):
    """The list rules of one kind of object; `name` keeps page tokens from moving between lists."""

    name: str
    fields: Mapping[str, Field[T]] = field(default_factory=dict)

    def page(self, items: Sequence[T], query: ListQuery) -> Page[T]:
        if not 1 <= query.max <= MAX_MAX:
            raise errors.invalid_parameter("max")
        conditions = [self._condition(text) for text in _split_outside_quotes(query.filters or "", ",")]
        order = self._order(query.sort)
        selected = [item for item in items if all(self._holds(item, c) for c in conditions)]
        for name, descending in reversed(order):  # stable sorts, last key first
            selected.sort(key=_sort_key(self.fields[name].read), reverse=descending)
        fingerprint = self._fingerprint(query)
        offset = self._offset(query.page, fingerprint)
        window = selected[offset : offset + query.max]
        next_page = self._token(offset + query.max, fingerprint) if offset + query.max < len(selected) else None
        prev_page = self._token(max(offset - query.max, 0), fingerprint) if offset > 0 else None
        return Page(results=window, next_page=next_page, prev_page=prev_page)

    # filters

    def _condition(self, text: str) -> _Condition:
        parts = text.split(":", 2)
        if len(parts) != 3:
            raise errors.invalid_parameter("filters")
        name, operator, raw = parts
        spec = self.fields.get(name)
        if spec is None:
            raise BillError(400, "BDC_1130", f"Invalid filter field: {shown_value('field', name)}")
        if operator not in OPERATORS or operator not in spec.operators:
            raise BillError(
                400, "BDC_1131", f"Invalid filter operator {shown_value('operator', operator)} for field {name}"
            )
        quoted = len(raw) >= 2 and raw[0] == raw[-1] == '"'
        value = raw[1:-1] if quoted else raw
        pieces = value.split(",") if operator in ("in", "nin") else [value]
        return _Condition(name, operator, tuple(_parse(spec.kind, piece) for piece in pieces))

    def _holds(self, item: T, condition: _Condition) -> bool:
        actual = self.fields[condition.field].read(item)
        wanted = condition.values
        match condition.operator:
            case "eq":
                return bool(actual == wanted[0])
            case "ne":
                return bool(actual != wanted[0])
            case "in":
                return actual in wanted
            case "nin":
                return actual not in wanted
            case "sw":
                return isinstance(actual, str) and actual.casefold().startswith(str(wanted[0]).casefold())
        if actual is None:
            return False
        match condition.operator:
            case "gt":
                return bool(actual > wanted[0])
            case "gte":
                return bool(actual >= wanted[0])
            case "lt":
                return bool(actual < wanted[0])
            case _:
                return bool(actual <= wanted[0])

    # sort

    def _order(self, sort: str | None) -> list[tuple[str, bool]]:
        if not sort:
            return []
        order = []
        for part in sort.split(","):
            name, _, direction = part.partition(":")
            spec = self.fields.get(name)
            if spec is None or not spec.sortable:
                raise BillError(400, "BDC_1130", f"Invalid sort field: {shown_value('field', name)}")
            if direction not in ("", "asc", "desc"):
                raise errors.invalid_parameter("sort")
            order.append((name, direction == "desc"))
        return order

    # page tokens: base64 of "offset:fingerprint", the fingerprint tying a token to its list and query

    def _fingerprint(self, query: ListQuery) -> str:
        text = "\x1f".join((self.name, query.filters or "", query.sort or ""))
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]

    @staticmethod
    def _token(offset: int, fingerprint: str) -> str:
        return base64.urlsafe_b64encode(f"{offset}:{fingerprint}".encode("ascii")).decode("ascii").rstrip("=")

    @staticmethod
    def _offset(token: str | None, fingerprint: str) -> int:
        if token is None:
            return 0
        try:
            decoded = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode("ascii")
        except (binascii.Error, UnicodeError, ValueError):
            raise errors.invalid_parameter("page") from None
        offset, _, signed = decoded.partition(":")
        if signed != fingerprint or not offset.isdigit() or not offset.isascii():
            raise errors.invalid_parameter("page")
        return int(offset)


def _split_outside_quotes(text: str, separator: str) -> Iterator[str]:
    """Splits `a:eq:1,b:in:"x,y"` into conditions, leaving commas inside double quotes alone."""
    if not text:
        return
    start, quoted = 0, False
    for position, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif char == separator and not quoted:
            yield text[start:position]
            start = position + 1
    if quoted:
        raise errors.invalid_parameter("filters")
    yield text[start:]


def _parse(kind: Kind, text: str) -> Any:
    if kind == "boolean":
        lowered = text.lower()
        if lowered not in ("true", "false"):
            raise errors.invalid_parameter("filters")
        return lowered == "true"
    if kind == "datetime":
        return _parse_datetime(text)
    return text


def _parse_datetime(text: str) -> datetime:
    """The forms BILL takes in filters: a full timestamp with or without offset, or a bare date."""
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            return datetime(day.year, day.month, day.day, tzinfo=UTC)
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise errors.invalid_parameter("filters") from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _sort_key(read: Callable[[T], Any]) -> Callable[[T], tuple[bool, Any]]:
    """Missing values sort first; strings sort without regard to case."""

    def key(item: T) -> tuple[bool, Any]:
        value = read(item)
        if isinstance(value, str):
            value = value.casefold()
        return (value is not None, value)

    return key
