"""Ordering the requests so ids chain, and the instrumented copy newman runs."""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from conformance import collection, plan
from tests.conformance.support import write_collection

THINGS = "AP & AR/things"


@pytest.fixture
def parsed(tmp_path: Path) -> collection.Collection:
    return collection.load(write_collection(tmp_path))


def keys(requests: tuple[collection.Request, ...] | list[collection.Request]) -> list[str]:
    return [request.key for request in requests]


def test_a_folder_entry_runs_its_requests_in_collection_order(parsed: collection.Collection) -> None:
    ordering = plan.order(parsed.requests, [THINGS])
    assert keys(ordering.requests)[:4] == [
        f"{THINGS}/List things",
        f"{THINGS}/Get thing",
        f"{THINGS}/Create thing",
        f"{THINGS}/List things #2",
    ]


def test_a_request_entry_is_taken_out_of_its_folder_and_placed_where_it_stands(
    parsed: collection.Collection,
) -> None:
    auth = "AP & AR Authentication/authentication"
    ordering = plan.order(parsed.requests, [auth, THINGS, f"{THINGS}/Get thing", f"{auth}/API logout"])
    assert keys(ordering.requests) == [
        f"{auth}/API login",
        f"{THINGS}/List things",
        f"{THINGS}/Create thing",
        f"{THINGS}/List things #2",
        f"{THINGS}/Get thing",
        f"{auth}/API logout",
        "Spend & Expense/cards/Cards",
    ]
    assert ordering.unplanned == ("Spend & Expense/cards/Cards",)
    assert ordering.unmatched == ()


def test_entries_that_match_nothing_are_reported_and_skipped(parsed: collection.Collection) -> None:
    ordering = plan.order(parsed.requests, ["AP & AR/gone", f"{THINGS}/Vanished", THINGS])
    assert ordering.unmatched == ("AP & AR/gone", f"{THINGS}/Vanished")
    assert len(ordering.requests) == len(parsed.requests)


def test_every_request_runs_once_even_when_named_twice(parsed: collection.Collection) -> None:
    ordering = plan.order(parsed.requests, [f"{THINGS}/Create thing", THINGS, f"{THINGS}/Create thing"])
    assert keys(ordering.requests).count(f"{THINGS}/Create thing") == 1
    assert len(ordering.requests) == len(parsed.requests)


def test_chain_breaks_name_the_request_and_the_variable(parsed: collection.Collection) -> None:
    provided = {"baseUrl", "username", "thing_name"}
    assert plan.chain_breaks(parsed.requests, provided) == [plan.ChainBreak(f"{THINGS}/Get thing", "thing_id")]
    create_first = plan.order(parsed.requests, [f"{THINGS}/Create thing", "AP & AR Authentication", THINGS])
    assert plan.chain_breaks(create_first.requests, provided) == [
        plan.ChainBreak(f"{THINGS}/Create thing", "session_id")
    ]
    chained = plan.order(parsed.requests, ["AP & AR Authentication", f"{THINGS}/Create thing", THINGS])
    assert plan.chain_breaks(chained.requests, provided) == []


def test_the_project_plan_puts_login_first_and_partner_last() -> None:
    assert plan.PLAN[0] == "AP & AR Authentication/authentication"
    assert plan.PLAN[-1] == "Partner Operations/partner"
    assert plan.PLAN.index("AP & AR Authentication/authentication/API logout") > plan.PLAN.index("Webhooks/events")
    assert plan.PLAN.index("AP & AR/vendors") < plan.PLAN.index("AP & AR/bills")


def test_instrumented_script_records_sets_and_checks_each_variable() -> None:
    lines = plan.instrument_script('pm.environment.set("a", 1);\nthrow new Error("late");', ["a", "b"])
    text = "\n".join(lines)
    assert 'pm.environment.set("a"' not in text
    assert text.index("try {") < text.index('__conformanceSet("a", 1)') < text.index("} finally {")
    assert text.count("pm.test(") == 2
    assert f'"{plan.SET_ASSERTION}a"' in text
    assert f'"{plan.SET_ASSERTION}b"' in text


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_instrumented_script_runs_in_node_with_the_original_behaviour() -> None:
    """The JS itself: values still reach the environment, and a throw still leaves the checks to run."""
    original = (
        "let jsonData = JSON.parse(body);\n"
        'if (jsonData.id) pm.environment.set("thing_id", jsonData.id);\n'
        'pm.environment.set("empty", "");\n'
        'if (jsonData.fail) throw new Error("boom");'
    )
    harness = "\n".join(
        [
            "const results = [];",
            "const env = {};",
            "const pm = {",
            "  environment: { set(name, value) { env[name] = value; } },",
            "  test(name, fn) {",
            "    try { fn(); results.push([name, true]); } catch (e) { results.push([name, false]); }",
            "  },",
            "  expect(value, message) {",
            "    return { to: { be: { get true() { if (value !== true) throw new Error(message); } } } };",
            "  },",
            "};",
            "function run(body) {",
            "  try {",
            *plan.instrument_script(original, ["thing_id", "empty", "never"]),
            '  } catch (e) { results.push(["threw", e.message]); }',
            "}",
            'run(\'{"id": "x1"}\');',
            "run('{\"fail\": true}');",
            "console.log(JSON.stringify({ results, env }));",
        ]
    )
    completed = subprocess.run(  # noqa: S603 - node from PATH, our own script
        [str(shutil.which("node")), "-e", harness], capture_output=True, text=True, check=True, timeout=30
    )
    output = json.loads(completed.stdout)
    assert output["env"] == {"thing_id": "x1", "empty": ""}
    prefix = plan.SET_ASSERTION
    assert output["results"] == [
        [f"{prefix}thing_id", True],
        [f"{prefix}empty", False],
        [f"{prefix}never", False],
        [f"{prefix}thing_id", False],
        [f"{prefix}empty", False],
        [f"{prefix}never", False],
        ["threw", "boom"],
    ]


def test_run_collection_is_flat_with_stable_ids_and_a_file_for_empty_uploads(parsed: collection.Collection) -> None:
    ordered = list(parsed.requests[:3])
    upload_item = dict(ordered[1].item)
    upload_item["request"] = {**upload_item["request"], "body": {"mode": "file", "file": {"src": ""}}}
    ordered[1] = dataclasses.replace(ordered[1], item=upload_item)
    copy = plan.run_collection(parsed, ordered, upload="/tmp/upload.pdf")  # noqa: S108 - a name, never opened
    assert copy["info"]["name"] == "Synthetic (conformance order)"
    assert copy["event"] == parsed.settings["event"]
    assert [item["id"] for item in copy["item"]] == [plan.item_id(0), plan.item_id(1), plan.item_id(2)]
    assert [item["name"] for item in copy["item"]] == keys(ordered)
    assert all("response" not in item for item in copy["item"])
    assert copy["item"][1]["request"]["body"]["file"]["src"] == "/tmp/upload.pdf"  # noqa: S108
    login_tests = [event for event in copy["item"][0]["event"] if event["listen"] == "test"]
    assert len(login_tests) == 1
    assert f"{plan.SET_ASSERTION}session_id" in "\n".join(login_tests[0]["script"]["exec"])
    # The collection's own items are left as they were.
    assert "id" not in parsed.requests[0].item
    assert parsed.requests[1].item["request"].get("body") is None


def test_a_test_script_that_sets_nothing_is_kept_as_written(parsed: collection.Collection) -> None:
    listing = parsed.requests[2]
    copy = plan.run_collection(parsed, [listing])
    assert copy["item"][0]["event"] == [
        {"listen": "test", "script": {"type": "text/javascript", "exec": ["pm.test('folder check', () => {});"]}}
    ]
