"""Property tests of the permission table: edits change exactly the decisions they edit, and damaged bytes
give a clean PermissionTableError, never a partial table or another exception."""

from __future__ import annotations

import copy
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bill_sdk import PermissionTableError
from bill_sdk.permissions import KINDS, PermissionTable, spec_vocabulary

from .permission_support import INDEXES, SHIPPED, SHIPPED_TEXT, table

DOCUMENT: dict[str, Any] = yaml.safe_load(SHIPPED_TEXT)
PAIRS = sorted((name, action) for name, actions in spec_vocabulary().items() for action in actions)
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

Edit = tuple[str, str, str, str]
"""(kind, object, action, 'allow' | 'deny')."""

edits = st.lists(
    st.tuples(st.sampled_from(KINDS), st.sampled_from(PAIRS), st.sampled_from(("allow", "deny"))).map(
        lambda found: (found[0], found[1][0], found[1][1], found[2])
    ),
    min_size=1,
    max_size=4,
)


def apply(document: dict[str, Any], edit: Edit) -> None:
    """Move one action of one object to allow or deny for one kind (last edit of a pair wins)."""
    kind, name, action, side = edit
    entry = document["objects"].setdefault(name, {}) or {}
    document["objects"][name] = entry
    rules = entry.setdefault(kind, {}) or {}
    entry[kind] = rules
    allowed = [item for item in rules.get("allow") or [] if item != action]
    denied = {key: value for key, value in (rules.get("deny") or {}).items() if key != action}
    if side == "allow":
        allowed.append(action)
    else:
        denied[action] = f"edited: {kind} sessions may not {action} {name}; sign in otherwise."
    rules["allow"], rules["deny"] = allowed, denied


def gate_passes(api: str, scope: str, kind: str) -> bool:
    """Whether a decision reaches the object entries at all (the API and the scope rule come first)."""
    return api in DOCUMENT["kinds"][kind]["apis"] and scope in DOCUMENT["scope"][kind]["scopes"]


@SETTINGS
@given(edits)
def test_edits_change_the_decisions_exactly_as_edited(changes: list[Edit]) -> None:
    document = copy.deepcopy(DOCUMENT)
    final: dict[tuple[str, str, str], str] = {}
    for change in changes:
        apply(document, change)
        final[(change[0], change[1], change[2])] = change[3]
    text = yaml.safe_dump(document, sort_keys=False, allow_unicode=True)
    contradictory = [
        key
        for key, side in final.items()
        if side == "allow"
        and not DOCUMENT["kinds"][key[0]]["mfa"]
        and key[2] in (document["objects"][key[1]].get("mfa-required") or ())
    ]
    if contradictory:
        with pytest.raises(PermissionTableError, match="mfa-required"):
            table(text)
        return
    edited = table(text)
    for api, index in INDEXES.items():
        for operation in index:
            for kind in KINDS:
                before = SHIPPED.decide(api, operation.operation_id, kind)
                after = edited.decide(api, operation.operation_id, kind)
                side = final.get((kind, operation.bill_object, operation.bill_action))
                if side is None:
                    assert after.allowed == before.allowed, (api, operation.operation_id, kind)
                    continue
                expected = gate_passes(api, operation.scope, kind) and side == "allow"
                assert after.allowed == expected, (api, operation.operation_id, kind, side)
                if expected or not gate_passes(api, operation.scope, kind):
                    continue
                assert after.entry == f"objects.{operation.bill_object}.{kind}.deny.{operation.bill_action}"
                assert after.reason.startswith("edited: ")


damage = st.lists(
    st.tuples(
        st.sampled_from(("replace", "delete", "insert")),
        st.integers(min_value=0, max_value=len(SHIPPED_TEXT.encode()) - 1),
        st.integers(min_value=0, max_value=255),
    ),
    min_size=1,
    max_size=4,
)


def damaged(raw: bytes, changes: list[tuple[str, int, int]]) -> bytes:
    data = bytearray(raw)
    for how, where, byte in changes:
        where = min(where, len(data) - 1)
        if how == "replace":
            data[where] = byte
        elif how == "delete":
            del data[where]
        else:
            data.insert(where, byte)
    return bytes(data)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damage)
def test_byte_damage_gives_a_clean_error_or_a_whole_table(changes: list[tuple[str, int, int]]) -> None:
    raw = damaged(SHIPPED_TEXT.encode(), changes)
    try:
        loaded = PermissionTable.from_text(raw, "damaged.yaml")
    except PermissionTableError as exc:
        error = str(exc)
    else:
        error = ""
    if error:
        assert error.startswith("damaged.yaml"), "the error names the file"
        assert "Fix: " in error
        return
    # Harmless damage (in a comment, a reason's wording): the table is whole, every decision is there.
    assert len(loaded.decisions) == len(SHIPPED.decisions)
    assert all(set(by_kind) == set(KINDS) for by_kind in loaded.decisions.values())
