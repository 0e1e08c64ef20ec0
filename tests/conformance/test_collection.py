"""Reading a Postman collection: keys, documented statuses, variables sent and set, inherited folder settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from conformance import collection
from tests.conformance.support import synthetic_collection, write_collection


@pytest.fixture
def parsed(tmp_path: Path) -> collection.Collection:
    return collection.load(write_collection(tmp_path))


def test_requests_are_keyed_by_folder_path_in_collection_order(parsed: collection.Collection) -> None:
    assert [request.key for request in parsed.requests] == [
        "AP & AR Authentication/authentication/API login",
        "AP & AR Authentication/authentication/API logout",
        "AP & AR/things/List things",
        "AP & AR/things/Get thing",
        "AP & AR/things/Create thing",
        "AP & AR/things/List things #2",
        "Spend & Expense/cards/Cards",
    ]
    create = parsed.requests[4]
    assert (create.folder, create.name, create.method) == ("AP & AR/things", "Create thing", "POST")
    assert create.url == "{{baseUrl}}/v3/things"


def test_documented_statuses_are_the_example_codes(parsed: collection.Collection) -> None:
    by_key = {request.key: request for request in parsed.requests}
    assert by_key["AP & AR/things/Create thing"].documented == {201, 400}
    assert by_key["AP & AR/things/Get thing"].documented == {200, 400, 500}


def test_references_skip_disabled_parameters_and_descriptions(parsed: collection.Collection) -> None:
    by_key = {request.key: request for request in parsed.requests}
    assert by_key["AP & AR/things/List things"].references == {"baseUrl", "session_id"}
    assert by_key["AP & AR/things/Get thing"].references == {"baseUrl", "session_id", "thing_id"}
    assert by_key["AP & AR Authentication/authentication/API login"].references == {"baseUrl", "username"}


def test_variables_set_come_from_the_test_scripts(parsed: collection.Collection) -> None:
    by_key = {request.key: request for request in parsed.requests}
    assert by_key["AP & AR Authentication/authentication/API login"].sets == ("session_id",)
    assert by_key["AP & AR/things/Create thing"].sets == ("thing_id",)
    assert by_key["AP & AR/things/Get thing"].sets == ()


def test_folder_events_and_auth_are_inherited(parsed: collection.Collection) -> None:
    create = next(request for request in parsed.requests if request.name == "Create thing")
    test_scripts = [collection.script_text({"event": [event]}, "test") for event in create.item["event"]]
    assert test_scripts[0] == "pm.test('folder check', () => {});"
    assert "thing_id" in test_scripts[1]
    assert create.item["request"]["auth"] == {"type": "noauth"}
    login = parsed.requests[0]
    assert "auth" not in login.item["request"]


def test_collection_settings_and_scope(parsed: collection.Collection) -> None:
    assert set(parsed.settings) == {"event"}
    assert parsed.top_level_folders() == ["AP & AR Authentication", "AP & AR", "Spend & Expense"]
    assert [request.name for request in parsed.in_folders(["AP & AR Authentication"])] == ["API login", "API logout"]


def test_variables_set_by_reads_both_quote_styles_once() -> None:
    source = """pm.environment.set("a", 1);
    pm.environment.set('b', x); pm.environment.set( "a", 2);
    pm.globals.set("not_env", 3); pm.environment.get("read_only");"""
    assert collection.variables_set_by(source) == ("a", "b")


def test_referenced_variables_leave_out_postman_dynamic_variables() -> None:
    assert collection.referenced_variables({"raw": "{{$guid}} {{ spaced }} {{plain}}"}) == {"spaced", "plain"}


@pytest.mark.parametrize(
    ("text", "message"),
    [("{not json", "cannot read a JSON collection"), ('{"info": {}}', "no top-level 'item' list")],
)
def test_a_file_that_is_not_a_collection_is_named(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "broken.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(collection.CollectionError, match=message) as raised:
        collection.load(path)
    assert str(path) in str(raised.value)


def test_script_text_joins_list_and_string_sources() -> None:
    item = {
        "event": [
            {"listen": "test", "script": {"exec": ["a;", "b;"]}},
            {"listen": "prerequest", "script": {"exec": "p;"}},
            {"listen": "test", "script": {"exec": "c;"}},
        ]
    }
    assert collection.script_text(item, "test") == "a;\nb;\nc;"
    assert collection.script_text(item, "prerequest") == "p;"
    assert synthetic_collection()["event"][0]["listen"] == "test"
