"""The operation index that the policy layer and the mock share."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import bill_spec
from bill_spec import OperationIndex, SpecError
from bill_spec.__main__ import main as bundle_main


@pytest.mark.parametrize(
    ("index", "count"),
    [(bill_spec.v3_index(), 247), (bill_spec.events_index(), 11)],
    ids=["v3", "events"],
)
def test_every_operation_is_annotated_and_unique(index: bill_spec.OperationIndex, count: int) -> None:
    """The surface BILL's collection covers (AP & AR, network, partner; webhooks): no operation lost or added unseen."""
    assert len(index) == count
    assert len({op.operation_id for op in index}) == count
    for op in index:
        assert op.tag, op.operation_id
        assert op.bill_object
        assert op.bill_action
        assert op.scope in {"public", "partner", "organization", "any"}
        assert (op.scope == "public") == (not op.security), op.operation_id


@pytest.mark.parametrize(
    ("method", "path", "operation_id"),
    [
        ("POST", "/v3/login", "login"),
        ("get", "/v3/partner/users", "listPartnerUsers"),
        ("POST", "/v3/partner/users/00602ABCDEFGHIJKLMNO/archive", "archivePartnerUser"),
        ("PATCH", "/v3/partner/organizations/00802ABCDEFGHIJKLMNO/price-plan", "updateOrganizationPricePlan"),
    ],
)
def test_requests_resolve_to_their_operation(method: str, path: str, operation_id: str) -> None:
    found = bill_spec.v3_index().match(method, path)
    assert found is not None
    assert found.operation_id == operation_id


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("DELETE", "/v3/login"),
        ("GET", "/v3/partner/users/a/b"),
        ("GET", "/v3/partner/users/"),
        ("GET", "/v3"),
    ],
)
def test_unknown_requests_resolve_to_nothing(method: str, path: str) -> None:
    assert bill_spec.v3_index().match(method, path) is None


def _document(**operation: Any) -> dict[str, Any]:
    base = {"operationId": "getThing", "tags": ["things"], "x-bill-object": "thing", "x-bill-action": "read"}
    return {"paths": {"/v3/things": {"get": {**base, "x-bill-scope": "organization", **operation}}}}


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({}, "test.yaml: has no 'paths' mapping"),
        ({"paths": {"/v3/x": "nope"}}, r"paths./v3/x is not a mapping"),
        (_document(operationId=None), r"GET /v3/things: needs a non-empty string 'operationId'"),
        (_document(**{"x-bill-action": ""}), r"GET /v3/things: needs a non-empty string 'x-bill-action'"),
        (_document(**{"x-bill-scope": "everyone"}), r"x-bill-scope 'everyone' is not one of"),
        (_document(tags=[]), r"GET /v3/things: needs at least one tag"),
        (_document(security={"devKey": []}), r"'security' must be a list"),
    ],
)
def test_a_malformed_spec_names_the_place(document: dict[str, Any], message: str) -> None:
    with pytest.raises(SpecError, match=message):
        OperationIndex.from_document(document, "test.yaml")


def test_a_duplicate_operation_id_is_refused() -> None:
    document = _document()
    document["paths"]["/v3/other"] = document["paths"]["/v3/things"]
    with pytest.raises(SpecError, match="operationId 'getThing' is used twice"):
        OperationIndex.from_document(document, "test.yaml")


def test_fragments_merge_into_the_root_and_never_overwrite() -> None:
    root = {"paths": {"/v3/a": {}}, "components": {"schemas": {"A": {}}}, "tags": [{"name": "a"}]}
    merged = bill_spec.merge(
        root, {"v3/b.yaml": {"paths": {"/v3/b": {}}, "components": {"schemas": {"B": {}}}}}, "root.yaml"
    )
    assert list(merged["paths"]) == ["/v3/a", "/v3/b"]
    assert list(merged["components"]["schemas"]) == ["A", "B"]
    assert root["paths"] == {"/v3/a": {}}


@pytest.mark.parametrize(
    ("fragment", "message"),
    [
        ({"paths": {"/v3/a": {}}}, "v3/b.yaml: path /v3/a is already defined in root.yaml"),
        ({"components": {"schemas": {"A": {}}}}, "components.schemas.A is already defined in root.yaml"),
        ({"tags": [{"name": "a"}]}, "tag 'a' is already defined in root.yaml"),
        ({"info": {}}, r"a fragment holds only"),
    ],
)
def test_a_fragment_that_redefines_a_name_names_both_files(fragment: dict[str, Any], message: str) -> None:
    root = {"paths": {"/v3/a": {}}, "components": {"schemas": {"A": {}}}, "tags": [{"name": "a"}]}
    with pytest.raises(SpecError, match=message):
        bill_spec.merge(root, {"v3/b.yaml": fragment}, "root.yaml")


def test_the_bundle_command_writes_the_merged_spec(tmp_path: Path) -> None:
    out = tmp_path / "bundled.yaml"
    assert bundle_main(["bundle", bill_spec.SPEC_V3, str(out)]) == 0
    assert yaml.safe_load(out.read_text(encoding="utf-8"))["paths"].keys() == bill_spec.load()["paths"].keys()
    assert bundle_main(["bundle"]) == 2
    assert bundle_main(["bundle", "no-such-spec.yaml", str(out)]) == 1
