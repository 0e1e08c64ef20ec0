"""v2's List: `start` and `max` (no total, no cursor), `filters` of {field, op, value} and `sort` of {field, asc}.

Lists filter and sort the records as the client sees them (their v2 wire form), so every field the entity's
schema names can be filtered and sorted; a field it does not name is BDC_1130, an operator outside BILL's
eight BDC_1131. Values compare as BILL's wire carries them: text as text (timestamps and dates sort right
as text), numbers as numbers, and a number sent as text, or a flag as "true"/"false", matches its value.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from bill_mock.errors import BillError, invalid_field, shown_value

__all__ = ["OPERATORS", "check_operators", "page"]

OPERATORS = ("=", "<", ">", "!=", "<=", ">=", "in", "nin")


def check_operators(data: Any) -> None:
    """BDC_1131 for a filter whose `op` is text but not one of BILL's operators (before the schema check,
    which would call it merely an invalid value)."""
    filters = data.get("filters") if isinstance(data, dict) else None
    if not isinstance(filters, list):
        return
    for entry in filters:
        op = entry.get("op") if isinstance(entry, dict) else None
        if isinstance(op, str) and op not in OPERATORS:
            raise BillError(400, "BDC_1131", f"Invalid list filter operator: {shown_value('op', op)}.")


def page(rows: Iterable[Mapping[str, Any]], query: Mapping[str, Any], fields: frozenset[str]) -> list[Any]:
    """The page of `rows` (wire dicts, in their natural order) that a checked ListData `query` asks for."""
    filters = list(query.get("filters") or ())
    sorts = list(query.get("sort") or ())
    for entry in filters:
        if entry["field"] not in fields:
            raise BillError(400, "BDC_1130", f"Invalid list filter field: {shown_value('field', entry['field'])}.")
    for index, entry in enumerate(sorts):
        if entry["field"] not in fields:
            raise invalid_field(f"sort.{index}.field", entry["field"])
    selected = [row for row in rows if all(_matches(row, entry) for entry in filters)]
    for entry in reversed(sorts):
        name = entry["field"]
        ascending = entry["asc"] in (True, "true")
        present = [row for row in selected if row.get(name) is not None]
        absent = [row for row in selected if row.get(name) is None]
        present.sort(key=lambda row: _sort_key(row[name]), reverse=not ascending)
        selected = present + absent  # records without the field come last either way
    start: int = query["start"]
    return list(selected[start : start + query["max"]])


def _matches(row: Mapping[str, Any], entry: Mapping[str, Any]) -> bool:
    actual, op, expected = row.get(entry["field"]), entry["op"], entry["value"]
    if op in ("in", "nin"):
        hit = any(_equal(actual, value) for value in _values(expected))
        return hit if op == "in" else not hit
    if op == "=":
        return _equal(actual, expected)
    if op == "!=":
        return not _equal(actual, expected)
    order = _compare(actual, expected)
    if order is None:
        return False
    return {"<": order < 0, ">": order > 0, "<=": order <= 0, ">=": order >= 0}[op]


def _values(expected: Any) -> Sequence[Any]:
    return expected if isinstance(expected, list) else [expected]


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return None
    return None


def _equal(actual: Any, expected: Any) -> bool:
    if actual is None:
        return False
    if isinstance(actual, bool) or isinstance(expected, bool):
        return _text(actual) == _text(expected)
    if isinstance(actual, int | float) or isinstance(expected, int | float):
        left, right = _number(actual), _number(expected)
        return left is not None and left == right
    return _text(actual) == _text(expected)


def _compare(actual: Any, expected: Any) -> int | None:
    """-1, 0 or 1, or None when the two cannot be ordered (a missing value, text against a number)."""
    if actual is None or isinstance(actual, bool) or isinstance(expected, bool):
        return None
    if isinstance(actual, int | float) or isinstance(expected, int | float):
        left, right = _number(actual), _number(expected)
        if left is None or right is None:
            return None
        return (left > right) - (left < right)
    if isinstance(actual, str) and isinstance(expected, str):
        return (actual > expected) - (actual < expected)
    return None


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _sort_key(value: Any) -> tuple[int, Any]:
    """Numbers before text, so a field of mixed kinds still sorts instead of failing."""
    number = None if isinstance(value, str) else _number(value)
    if number is not None:
        return (0, number)
    return (1, _text(value))
