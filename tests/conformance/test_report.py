"""Judging newman's JSON report: documented statuses, 2xx bodies, variables, causes, totals and the verdict."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conformance import collection, plan, report
from conformance.schemas import BodyCheck
from tests.conformance.support import write_collection

AUTH = "AP & AR Authentication/authentication"
THINGS = "AP & AR/things"


@pytest.fixture
def ordered(tmp_path: Path) -> tuple[collection.Request, ...]:
    parsed = collection.load(write_collection(tmp_path))
    return plan.order(parsed.in_folders(plan.SCOPE), [AUTH, f"{THINGS}/Create thing", THINGS]).requests


def execution(
    position: int,
    status: int | None,
    answer: Any = None,
    *,
    sets: dict[str, bool] | None = None,
    sent_body: str | None = None,
    path: str = "/connect/v3/x",
    **extra: Any,
) -> dict[str, Any]:
    request: dict[str, Any] = {"method": "POST", "url": {"path": path.strip("/").split("/")}, "header": []}
    if sent_body is not None:
        request["header"] = [{"key": "Content-Type", "value": "application/json"}]
        request["body"] = {"mode": "raw", "raw": sent_body}
    entry: dict[str, Any] = {"item": {"id": plan.item_id(position)}, "request": request, **extra}
    if status is not None:
        data = list(json.dumps(answer).encode()) if answer is not None else []
        entry["response"] = {"code": status, "stream": {"type": "Buffer", "data": data}}
    entry["assertions"] = [
        {"assertion": plan.SET_ASSERTION + name, **({} if ok else {"error": {"message": "no"}})}
        for name, ok in (sets or {}).items()
    ]
    return entry


def newman_report(*executions: dict[str, Any]) -> dict[str, Any]:
    return {"run": {"executions": list(executions)}}


def valid_unless_bad(method: str, path: str, status: int, body: bytes) -> BodyCheck:
    """A stand-in spec: any body holding "bad" breaks it."""
    return BodyCheck(b"bad" not in body, "op", "id: wrong" if b"bad" in body else "")


def run(ordered: tuple[collection.Request, ...], *executions: dict[str, Any]) -> list[report.Outcome]:
    return report.outcomes(
        newman_report(*executions), ordered, valid_unless_bad, placeholders={"thing_name"}, provided={"baseUrl"}
    )


ERROR = [{"code": "BDC_1119", "message": "Invalid field,value: name, x", "severity": "ERROR"}]


def test_the_order_under_test(ordered: tuple[collection.Request, ...]) -> None:
    assert [request.key for request in ordered] == [
        f"{AUTH}/API login",
        f"{AUTH}/API logout",
        f"{THINGS}/Create thing",
        f"{THINGS}/List things",
        f"{THINGS}/Get thing",
        f"{THINGS}/List things #2",
    ]


def test_each_execution_is_matched_by_id_and_judged(ordered: tuple[collection.Request, ...]) -> None:
    results = run(
        ordered,
        execution(0, 200, {"sessionId": "s"}, sets={"session_id": True}, path="/connect/v3/login"),
        execution(2, 201, {"id": "bad"}, sets={"thing_id": True}),
        execution(4, 404, ERROR),
        {"item": {"id": "someone-else"}},
    )
    assert [outcome.position for outcome in results] == [0, 2, 4]
    login, create, get = results
    assert (login.documented, login.body_check, login.variables) == (
        True,
        BodyCheck(True, "op", ""),
        {"session_id": True},
    )
    assert (login.method, login.path) == ("POST", "/connect/v3/login")
    assert create.documented
    assert create.body_check is not None
    assert not create.body_check.valid
    assert not get.documented
    assert get.body_check is None
    assert get.error_code == "BDC_1119"
    assert get.error_message.startswith("Invalid field")
    assert all(outcome.failed for outcome in (create, get))
    assert not login.failed


def test_a_variable_check_that_never_ran_counts_as_not_set(ordered: tuple[collection.Request, ...]) -> None:
    (create,) = run(ordered, execution(2, 400, ERROR, sets={}))
    assert create.variables == {"thing_id": False}
    assert create.failed


def test_inputs_left_unset_and_placeholders_are_tracked(ordered: tuple[collection.Request, ...]) -> None:
    results = run(
        ordered,
        execution(0, 200, {}, sets={"session_id": False}),
        execution(2, 400, ERROR, sets={"thing_id": False}),
        execution(4, 404, ERROR),
    )
    login, create, get = results
    assert login.unset_inputs == {"username"}
    assert create.placeholders == {"thing_name"}
    assert create.unset_inputs == {"session_id"}
    assert get.unset_inputs == {"session_id", "thing_id"}


def test_a_json_body_that_does_not_parse_is_noticed(ordered: tuple[collection.Request, ...]) -> None:
    (broken,) = run(ordered, execution(2, 400, ERROR, sets={"thing_id": False}, sent_body='{"name": "x",}'))
    assert broken.sent_invalid_json
    (fine,) = run(ordered, execution(2, 201, {"id": "t"}, sets={"thing_id": True}, sent_body='{"name": "x"}'))
    assert not fine.sent_invalid_json


def test_newman_errors_are_kept(ordered: tuple[collection.Request, ...]) -> None:
    (lost,) = run(ordered, execution(4, None, requestError={"message": "ECONNREFUSED"}))
    assert lost.status is None
    assert not lost.documented
    assert lost.problem == "request error: ECONNREFUSED"
    assert report.cause(lost).startswith("no answer (request error: ECONNREFUSED")
    (script,) = run(ordered, execution(4, 200, {}, testScript=[{"error": {"name": "SyntaxError"}}]))
    assert script.problem == "test script error: SyntaxError"


@pytest.mark.parametrize(
    ("position", "status", "answer", "expected"),
    [
        (4, 501, [{"code": "BDC_1001"}], "501: the operation is in the spec, the mock has no handler yet"),
        (4, 404, [{"code": "BDC_1121"}], "404 BDC_1121: the path is not in the spec (or mock) yet"),
        (4, 404, [{"code": "BDC_1205"}], "sent a variable no earlier request set: thing_id"),
        (5, 404, [{"code": "BDC_1205"}], "404 BDC_1205: status not among the documented (200, 400, 500)"),
        (1, 403, [{"code": "BDC_1145"}], "403 BDC_1145: status not among the documented (200, 400, 500)"),
    ],
)
def test_causes_say_what_to_fix_first(
    ordered: tuple[collection.Request, ...], position: int, status: int, answer: Any, expected: str
) -> None:
    login = execution(0, 200, {}, sets={"session_id": True})
    outcomes = run(ordered, login, execution(position, status, answer))
    assert report.cause(outcomes[-1]) == expected


def test_causes_for_placeholders_bodies_and_variables(ordered: tuple[collection.Request, ...]) -> None:
    login = execution(0, 200, {}, sets={"session_id": True})
    _, placeholder = run(ordered, login, execution(2, 404, [{"code": "BDC_1205"}], sets={"thing_id": False}))
    assert report.cause(placeholder) == "sent a placeholder id (no script or lookup gives one): thing_name"
    _, bad = run(ordered, login, execution(2, 201, {"id": "bad"}, sets={"thing_id": True}))
    assert report.cause(bad) == "2xx body does not match the spec"
    _, unset = run(ordered, login, execution(2, 201, {}, sets={"thing_id": False}))
    assert report.cause(unset) == "test script did not set thing_id"
    _, typo = run(ordered, login, execution(2, 400, ERROR, sets={"thing_id": False}, sent_body="{,}"))
    assert "not valid JSON" in report.cause(typo)
    grouped = report.causes(
        [placeholder, bad, unset, report.outcomes(newman_report(login), ordered, valid_unless_bad)[0]]
    )
    assert [len(members) for members in grouped.values()] == [1, 1, 1]


def test_totals_count_per_request_and_per_variable(ordered: tuple[collection.Request, ...]) -> None:
    results = run(
        ordered,
        execution(0, 200, {}, sets={"session_id": True}),
        execution(1, 200, {}),
        execution(2, 201, {"id": "bad"}, sets={"thing_id": False}),
        execution(4, 404, ERROR),
    )
    summary = report.totals(results, ordered)
    assert (summary.in_scope, summary.executed, summary.documented) == (6, 4, 3)
    assert (summary.successes, summary.valid_successes) == (3, 2)
    assert summary.variables_expected == ("session_id", "thing_id")
    assert summary.variables_set == ("session_id",)
    assert summary.variables_unset == ("thing_id",)
    assert summary.documented_percent == pytest.approx(50.0)
    assert report.shortfalls(summary) == [
        "only 4 of 6 requests in scope ran",
        "documented statuses 50.0% < 95% target",
        "1 2xx bodies do not match the spec",
        "variables never set: thing_id",
    ]


def test_a_variable_the_collection_cannot_set_is_excused(ordered: tuple[collection.Request, ...]) -> None:
    typo = execution(2, 400, ERROR, sets={"thing_id": False}, sent_body='{"name": }')
    summary = report.totals(run(ordered, typo), ordered)
    assert summary.variables_excused == {"thing_id": f"the collection's body is not valid JSON ({THINGS}/Create thing)"}
    assert summary.variables_unset == ("session_id",)
    circular = collection.Request(
        "a/b/Resend", "POST", "", frozenset({200}), frozenset({"event_id"}), ("event_id",), {}
    )
    assert report.excused_variables(["event_id"], [circular], []) == {
        "event_id": "only the request that sends it sets it (a/b/Resend)"
    }


def test_the_documented_target_is_inclusive() -> None:
    def summary(documented: int) -> report.Totals:
        return report.Totals(100, 100, documented, 0, 0, (), ())

    assert report.shortfalls(summary(95)) == []
    assert report.shortfalls(summary(94)) == ["documented statuses 94.0% < 95% target"]
    assert report.shortfalls(summary(90), report.Targets(documented_percent=90)) == []


def test_render_shows_rows_causes_totals_and_verdict(ordered: tuple[collection.Request, ...]) -> None:
    results = run(
        ordered,
        execution(0, 200, {}, sets={"session_id": True}, path="/connect/v3/login"),
        execution(2, 400, ERROR, sets={"thing_id": False}),
        execution(4, 501, [{"code": "BDC_1001", "message": "not yet"}]),
    )
    summary = report.totals(results, ordered)
    text = report.render(results, summary, report_only=True)
    lines = text.splitlines()
    assert lines[1].split()[:5] == ["1", "200", "ok", "ok", "session_id"]
    assert f"{AUTH}/API login  [POST /connect/v3/login]" in lines[1]
    assert lines[2].split()[:6] == ["3", "400", "BDC_1119", "ok", "-", "!thing_id"]
    assert "    1  501: the operation is in the spec, the mock has no handler yet" in lines
    assert f"         - {THINGS}/Get thing: not yet" in lines
    assert f"  - {THINGS}/Create thing: 400 BDC_1119 Invalid field,value: name, x" in lines
    assert "  requests in scope        6 (3 ran)" in lines
    assert lines[-1].startswith("Result: report only, targets not met (only 3 of 6 requests in scope ran;")
    assert report.render(results, summary, report_only=False).splitlines()[-1].startswith("Result: FAIL (")


def test_render_passes_when_every_target_is_met(ordered: tuple[collection.Request, ...]) -> None:
    results = run(ordered, execution(0, 200, {}, sets={"session_id": True}))
    summary = report.totals(results, ordered[:1])
    assert report.render(results, summary, report_only=False).splitlines()[-1] == "Result: PASS, every target met."


def test_the_exported_environment_decides_what_is_set_at_the_end(ordered: tuple[collection.Request, ...]) -> None:
    results = run(
        ordered,
        execution(0, 200, {}, sets={"session_id": True}),
        execution(2, 201, {"id": "t"}, sets={"thing_id": True}),
    )
    exported = report.exported_variables(
        {
            "values": [
                {"key": "session_id", "value": "s1"},
                {"key": "thing_id", "value": None},
                {"key": "x", "value": ""},
            ]
        }
    )
    assert exported == {"session_id": "s1"}
    # thing_id was stored by its script and cleared later: at the end it is not set.
    assert report.totals(results, ordered, exported).variables_set == ("session_id",)
    # A seeded value that no script stored does not count, however it looks at the end.
    seeded_only = run(ordered, execution(0, 400, ERROR, sets={"session_id": False}))
    assert report.totals(seeded_only, ordered, exported, seeded={"session_id": "s1"}).variables_set == ()
    assert report.totals(seeded_only, ordered, exported).variables_set == ("session_id",)
