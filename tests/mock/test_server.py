"""The mock on a real loopback port (`running`) and its command line (`bill-mock`)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from bill_mock import MockClock, cli, create_app, running


def test_running_serves_on_a_free_loopback_port_and_stops() -> None:
    clock = MockClock()
    app = create_app(clock)
    with running(app) as base_url:
        assert base_url.startswith("http://127.0.0.1:")
        sandbox = httpx.get(f"{base_url}/_mock/sandbox").json()
        org = sandbox["organization"]
        body = {key: org[key] for key in ("devKey", "username", "password", "organizationId")}
        login = httpx.post(f"{base_url}/connect/v3/login", json=body)
        assert login.status_code == 200
        clock.advance(2100)  # the test shares the clock with the server thread
        headers = {"devKey": org["devKey"], "sessionId": login.json()["sessionId"]}
        assert httpx.get(f"{base_url}/connect/v3/login/session", headers=headers).status_code == 401
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{base_url}/_mock/sandbox", timeout=1)


def test_two_servers_run_side_by_side() -> None:
    with running(create_app()) as first, running(create_app()) as second:
        assert first != second
        assert httpx.get(f"{first}/_mock/clock").json() == httpx.get(f"{second}/_mock/clock").json()


def test_cli_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as finished:
        cli.main(["--help"])
    assert finished.value.code == 0
    out = capsys.readouterr().out
    assert "bill-mock" in out
    assert "--host" in out
    assert "--port" in out


def test_cli_prints_the_base_url_and_serves(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    served: dict[str, Any] = {}

    def fake_run(app: object, **options: Any) -> None:
        served.update(options, app=app)

    monkeypatch.setattr("bill_mock.cli.uvicorn.run", fake_run)
    assert cli.main(["--host", "127.0.0.1", "--port", "8123"]) == 0
    out = capsys.readouterr().out
    assert "http://127.0.0.1:8123/connect" in out
    assert "http://127.0.0.1:8123/_mock/sandbox" in out
    assert served["host"] == "127.0.0.1"
    assert served["port"] == 8123
    assert hasattr(served["app"], "state")


def test_cli_refuses_a_bad_port(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as finished:
        cli.main(["--port", "eighty"])
    assert finished.value.code == 2
