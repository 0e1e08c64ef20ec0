"""The command line, and the real run of BILL's collection against the mock (`make test` runs it when it can)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import httpx
import pytest

from conformance import collection, environment, newman, plan, runner

COLLECTION = runner.default_collection_path()


def test_the_collection_path_defaults_beside_the_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(runner.COLLECTION_ENV, raising=False)
    expected = Path(runner.__file__).resolve().parents[2] / "shared" / "reference" / runner.COLLECTION_NAME
    assert runner.default_collection_path() == expected
    monkeypatch.setenv(runner.COLLECTION_ENV, "/elsewhere/c.json")
    assert runner.default_collection_path() == Path("/elsewhere/c.json")


@pytest.mark.parametrize("flags", [[], ["--report-only"]])
def test_a_missing_collection_is_skipped_with_exit_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], flags: list[str]
) -> None:
    assert runner.main(["--collection", str(tmp_path / "absent.json"), *flags]) == 0
    output = capsys.readouterr().out
    assert output.startswith("conformance: skipped: no Postman collection at ")
    assert runner.COLLECTION_ENV in output


def test_a_collection_without_the_folders_in_scope_is_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "other.json"
    path.write_text('{"item": [{"name": "Spend & Expense", "item": []}]}', encoding="utf-8")
    assert runner.main(["--collection", str(path)]) == 0
    assert "has none of the folders in scope" in capsys.readouterr().out


@pytest.mark.parametrize(("flags", "code"), [([], 2), (["--report-only"], 0)])
def test_a_broken_collection_fails_unless_report_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], flags: list[str], code: int
) -> None:
    path = tmp_path / "broken.json"
    path.write_text("[", encoding="utf-8")
    assert runner.main(["--collection", str(path), *flags]) == code
    assert "cannot read a JSON collection" in capsys.readouterr().err


def test_without_npm_newman_is_unavailable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "package-lock.json").write_text("{}", encoding="utf-8")
    monkeypatch.setattr(shutil, "which", lambda _: None)
    with pytest.raises(newman.NewmanUnavailable, match="npm is not on PATH"):
        newman.ensure_installed(tmp_path)


def test_a_folder_without_npm_ci_has_no_newman(tmp_path: Path) -> None:
    """The test suite's run takes only an installed newman; installing is make's job (and the network's)."""
    (tmp_path / "package-lock.json").write_text("{}", encoding="utf-8")
    assert newman.installed(tmp_path) is None


def test_newman_is_pinned_exactly() -> None:
    text = (newman.HERE / "package.json").read_text(encoding="utf-8")
    assert '"newman": "6.2.2"' in text
    assert (newman.HERE / "package-lock.json").is_file()


def test_lookups_sign_in_once_and_read_list_results() -> None:
    seen: list[tuple[str, str, str | None]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append((request.method, request.url.path, request.headers.get("sessionId")))
        if request.url.path == "/connect/v3/login":
            assert json.loads(request.content)["username"] == "ada"
            return httpx.Response(200, json={"sessionId": "s1"})
        if request.url.path == "/connect/v3/roles":
            return httpx.Response(200, json={"results": [{"id": "0po1"}, "junk"]})
        if request.url.path == "/connect/v3/html":
            return httpx.Response(200, text="<html>")
        return httpx.Response(404, json=[{"code": "BDC_1121"}])

    sandbox = {"organization": {"devKey": "dk", "username": "ada", "password": "pw", "organizationId": "008"}}
    with httpx.Client(transport=httpx.MockTransport(answer), base_url="http://mock/connect") as client:
        lister = runner._OrganizationLister(client, sandbox)
        assert lister("/v3/roles") == [{"id": "0po1"}]
        assert lister("/v3/nowhere") == []
        assert lister("/v3/html") == []
    assert seen == [
        ("POST", "/connect/v3/login", None),
        ("GET", "/connect/v3/roles", "s1"),
        ("GET", "/connect/v3/nowhere", "s1"),
        ("GET", "/connect/v3/html", "s1"),
    ]


@pytest.mark.skipif(not COLLECTION.is_file(), reason=f"BILL's Postman collection is not at {COLLECTION}")
def test_every_variable_the_collection_sends_has_a_source() -> None:
    """A newer collection that needs a new variable shows up here, before a run fails on it."""
    in_scope = collection.load(COLLECTION).in_folders(plan.SCOPE)
    sent = set().union(*(request.references for request in in_scope))
    set_by_scripts = {name for request in in_scope for name in request.sets}
    unsourced = sent - set_by_scripts - set(environment.SOURCES) - {"baseUrl", "webhookBaseUrl"}
    assert unsourced == set()
    ordering = plan.order(in_scope)
    assert ordering.unmatched == ()
    assert ordering.unplanned == ()
    provided = {"baseUrl", "webhookBaseUrl", *environment.SOURCES}
    assert plan.chain_breaks(ordering.requests, provided) == []


@pytest.mark.conformance
@pytest.mark.skipif(not COLLECTION.is_file(), reason=f"BILL's Postman collection is not at {COLLECTION}")
@pytest.mark.skipif(
    newman.installed() is None, reason="newman is not installed: `make install` installs it when npm is on PATH"
)
def test_bill_collection_against_the_mock(capsys: pytest.CaptureFixture[str]) -> None:
    """The targets hold (report.TARGETS); the run uses the newman `make install` put in, never the network."""
    result = runner.run(COLLECTION, install=False)
    with capsys.disabled():  # the totals, so `make test` shows how far the mock has come
        print("\n" + result.text[result.text.find("Totals:") :])
    assert not result.skipped
    assert result.totals is not None
    assert result.totals.executed == result.totals.in_scope, "every request in scope ran"
    assert all(outcome.status is not None for outcome in result.outcomes), "every request got an answer"
    assert result.shortfalls == []
