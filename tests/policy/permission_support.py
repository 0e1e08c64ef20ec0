"""Helpers for the permission table's tests: the shipped table's text, edits of it, and lines in it."""

from __future__ import annotations

from importlib import resources

import bill_spec
from bill_sdk.permissions import PermissionTable, default_table_path, load_permissions

SHIPPED_TEXT = resources.files("bill_sdk").joinpath("permissions.yaml").read_text(encoding="utf-8")
SHIPPED = load_permissions(default_table_path())
"""The table shipped with the SDK, whatever BILL_PERMISSIONS says."""
V2 = bill_spec.v2_index()
V3 = bill_spec.v3_index()
EVENTS = bill_spec.events_index()
INDEXES = {"v2": V2, "v3": V3, "events": EVENTS}


def edit(old: str, new: str, text: str = SHIPPED_TEXT) -> str:
    """The text with its one occurrence of `old` replaced (fails loudly when `old` is missing or repeated)."""
    assert text.count(old) == 1, f"expected exactly one {old!r} in the table"
    return text.replace(old, new)


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    """The 1-based line of the n-th line that contains `needle`."""
    found = [number for number, line in enumerate(text.splitlines(), start=1) if needle in line]
    assert len(found) >= occurrence, f"{needle!r} occurs {len(found)} times"
    return found[occurrence - 1]


def table(text: str | bytes, source: str = "edited.yaml") -> PermissionTable:
    return PermissionTable.from_text(text, source)
