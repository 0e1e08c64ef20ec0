"""The newman environment: sandbox fields, fixed values, looked-up ids and placeholders."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from conformance import environment
from conformance.environment import Fixed, Listed, Sandbox, Source, unknown_id

SANDBOX = {
    "organization": {"devKey": "dk", "organizationId": "00801", "userId": "00601", "nested": {"a": 1}},
    "phone": "4155550100",
}
SOURCES: dict[str, Source] = {
    "developer_key": Sandbox("organization.devKey"),
    "user_phone_no": Sandbox("phone"),
    "absent": Sandbox("partner.appKey"),
    "structured": Sandbox("organization.nested"),
    "device": Fixed("conformance-run"),
    "role_id": Listed("/v3/roles", unknown_id("0po"), prefer=(("type", "ADMINISTRATOR"),)),
    "statement_id": Listed("/v3/organizations/{organizationId}/billing-statements", unknown_id("0bs")),
    "card_id": Listed("/v3/cards", unknown_id("cac")),
    "document_id": unknown_id("00h"),
}
LISTS: dict[str, list[dict[str, Any]]] = {
    "/v3/roles": [{"id": "0poClerk", "type": "CLERK"}, {"id": "0poAdmin", "type": "ADMINISTRATOR"}],
    "/v3/organizations/00801/billing-statements": [{"amount": 1}, {"id": "0bsFirst"}, {"id": "0bsSecond"}],
}


class FakeLister:
    def __init__(self) -> None:
        self.paths: list[str] = []

    def __call__(self, path: str) -> Sequence[Mapping[str, Any]]:
        self.paths.append(path)
        return LISTS.get(path, [])


def test_base_urls_point_at_the_mock() -> None:
    env = environment.build(SANDBOX, "http://127.0.0.1:5000", [], FakeLister(), SOURCES)
    assert env.values == {
        "baseUrl": "http://127.0.0.1:5000/connect",
        "webhookBaseUrl": "http://127.0.0.1:5000/connect-events",
    }


def test_sandbox_and_fixed_values_fill_only_the_variables_needed() -> None:
    env = environment.build(
        SANDBOX, "http://m", ["developer_key", "user_phone_no", "device", "unknown"], FakeLister(), SOURCES
    )
    assert env.values["developer_key"] == "dk"
    assert env.values["user_phone_no"] == "4155550100"
    assert env.values["device"] == "conformance-run"
    assert "unknown" not in env.values
    assert env.placeholders == frozenset()
    assert env.missing == ()


def test_missing_or_structured_sandbox_fields_are_reported_not_invented() -> None:
    env = environment.build(SANDBOX, "http://m", ["absent", "structured"], FakeLister(), SOURCES)
    assert "absent" not in env.values
    assert "structured" not in env.values
    assert env.missing == ("partner.appKey", "organization.nested")


def test_listed_ids_prefer_the_matching_record_and_fill_the_organization_in() -> None:
    lister = FakeLister()
    env = environment.build(SANDBOX, "http://m", ["role_id", "statement_id"], lister, SOURCES)
    assert env.values["role_id"] == "0poAdmin"
    assert env.values["statement_id"] == "0bsFirst"
    assert lister.paths == ["/v3/roles", "/v3/organizations/00801/billing-statements"]
    assert env.placeholders == frozenset()


def test_an_empty_list_falls_back_to_a_flagged_placeholder() -> None:
    env = environment.build(SANDBOX, "http://m", ["card_id", "document_id"], FakeLister(), SOURCES)
    assert env.values["card_id"] == "cacCONFORMANCE000000"
    assert env.values["document_id"] == "00hCONFORMANCE000000"
    assert env.placeholders == {"card_id", "document_id"}


def test_unknown_ids_have_bills_shape() -> None:
    assert len(unknown_id("0po").value) == 20
    assert unknown_id("0po").value.startswith("0po")
    assert unknown_id("0po").value.isalnum()


def test_every_project_source_is_well_formed() -> None:
    for name, source in environment.SOURCES.items():
        if isinstance(source, Sandbox):
            assert source.path.split(".")[0] in {"organization", "partner", "mfa", "phone"}, name
        if isinstance(source, Listed):
            assert source.path.startswith("/v3/"), name
            assert len(source.fallback.value) == 20, name


def test_newman_environment_file_lists_every_value_enabled() -> None:
    env = environment.build(SANDBOX, "http://m", ["device"], FakeLister(), SOURCES)
    document = environment.newman_environment(env, name="t")
    assert document["name"] == "t"
    assert {"key": "device", "value": "conformance-run", "enabled": True} in document["values"]
    assert len(document["values"]) == 3
