"""Generated client + policy layer against the mock on a real loopback port."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from bill_mock import create_app, running
from bill_sdk import AuthenticationFailed, ManualClock, OrgSession, PartnerSession, SessionScopeError, expect
from bill_sdk.demo import IDLE_GAP_SECONDS, PartnerCredentials, main, partner_flow
from bill_v3.api.authentication import get_session_info
from bill_v3.models import SessionInfo


@pytest.fixture(scope="module")
def root() -> Iterator[str]:
    with running(create_app()) as url:
        yield url


@pytest.fixture
def sandbox(root: str) -> dict[str, Any]:
    httpx.post(f"{root}/_mock/reset").raise_for_status()
    answer: dict[str, Any] = httpx.get(f"{root}/_mock/sandbox").raise_for_status().json()
    return answer


def journal(root: str) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = httpx.get(f"{root}/_mock/journal").raise_for_status().json()
    return entries


def sandbox_org_session(root: str, organization: dict[str, Any], clock: ManualClock | None = None) -> OrgSession:
    """An OrgSession for the mock's seeded organization user, pointed at `root` by base URL alone."""
    return OrgSession(
        f"{root}/connect",
        dev_key=organization["devKey"],
        username=organization["username"],
        password=organization["password"],
        organization_id=organization["organizationId"],
        clock=clock,
    )


def advance_mock(root: str, seconds: float) -> None:
    httpx.post(f"{root}/_mock/clock/advance", json={"seconds": seconds}).raise_for_status()


def test_the_partner_flow_survives_36_idle_minutes_with_one_sign_in_each(root: str, sandbox: dict[str, Any]) -> None:
    steps: list[str] = []
    result = partner_flow(
        f"{root}/connect",
        PartnerCredentials.from_sandbox(sandbox),
        advance_clock=lambda seconds: advance_mock(root, seconds),
        say=steps.append,
    )
    assert len(steps) == 9
    assert result.organization.id.startswith("008")
    assert result.user.id.startswith("006")
    assert result.verification.reference_id
    assert result.verification_after_idle.reference_id == result.verification.reference_id
    assert (result.partner_sign_ins, result.user_sign_ins) == (2, 2)

    calls = [(entry["operationId"], entry["status"]) for entry in journal(root)]
    assert calls.count(("partnerLogin", 200)) == 2
    assert calls.count(("loginAsUser", 200)) == 2
    # The client's own clock saw no idle time, so BILL's BDC_1109 is what told it: one refusal, one replay.
    assert calls.count(("getRiskVerification", 401)) == 1
    assert calls.count(("getRiskVerification", 200)) == 2
    assert ("initiateRiskVerification", 200) in calls
    assert ("createPartnerUserPhone", 200) in calls


def test_a_client_whose_clock_moved_too_renews_before_bill_refuses(root: str, sandbox: dict[str, Any]) -> None:
    organization = sandbox["organization"]
    clock = ManualClock()
    with sandbox_org_session(root, organization, clock) as session:
        expect(get_session_info.sync(client=session.client), SessionInfo)
        clock.advance(IDLE_GAP_SECONDS)
        advance_mock(root, IDLE_GAP_SECONDS)
        info = expect(get_session_info.sync(client=session.client), SessionInfo)
        assert info.user_id == organization["userId"]
        assert session.login_count == 2
    statuses = [entry["status"] for entry in journal(root)]
    assert 401 not in statuses
    assert [entry["operationId"] for entry in journal(root)].count("logout") == 1


def test_an_org_user_signs_in_with_the_sandbox_credentials_async(root: str, sandbox: dict[str, Any]) -> None:
    organization = sandbox["organization"]

    async def scenario() -> SessionInfo:
        async with sandbox_org_session(root, organization) as session:
            return expect(await get_session_info.asyncio(client=session.client), SessionInfo)

    info = asyncio.run(scenario())
    assert info.organization_id == organization["organizationId"]
    assert info.user_id == organization["userId"]


def test_bad_credentials_and_wrong_session_kinds_fail_clearly(root: str, sandbox: dict[str, Any]) -> None:
    organization, partner = sandbox["organization"], sandbox["partner"]
    wrong = OrgSession(
        f"{root}/connect",
        dev_key=organization["devKey"],
        username=organization["username"],
        password="not-the-password",  # noqa: S106 - test credential
        organization_id=organization["organizationId"],
    )
    with pytest.raises(AuthenticationFailed) as caught:
        get_session_info.sync(client=wrong.client)
    assert (caught.value.code, caught.value.status) == ("BDC_1101", 401)
    with (
        PartnerSession(
            f"{root}/connect", app_key=partner["appKey"], username=partner["username"], password=partner["password"]
        ) as session,
        pytest.raises(SessionScopeError),
    ):
        get_session_info.sync(client=session.client)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def test_the_bill_mock_command_serves_a_client_that_only_changed_its_base_url() -> None:
    port = _free_port()
    command = Path(sys.executable).with_name("bill-mock")
    server = subprocess.Popen(  # noqa: S603 - our own console script
        [str(command), "--port", str(port), "--log-level", "info"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert server.stdout is not None
        for line in server.stdout:  # uvicorn says when it accepts connections: no polling, no sleeping
            if "Uvicorn running on" in line or "Application startup complete" in line:
                break
        else:
            pytest.fail(f"bill-mock exited with {server.wait()} before serving")
        root = f"http://127.0.0.1:{port}"
        organization = httpx.get(f"{root}/_mock/sandbox").raise_for_status().json()["organization"]
        with sandbox_org_session(root, organization) as session:
            info = expect(get_session_info.sync(client=session.client), SessionInfo)
        assert info.organization_id == organization["organizationId"]
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_make_demo_entry_point_runs_the_flow(capsys: pytest.CaptureFixture[str]) -> None:
    assert main() == 0
    output = capsys.readouterr().out
    assert " 1. Partner signs in" in output
    assert " 9. Reads it again" in output
    assert "sign-ins: partner 2, user 2" in output
