"""BILL's limits on v2: the counters v3 uses, keyed by the form's devKey, refused in the envelope (HTTP 200)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import httpx
from starlette.applications import Starlette

import bill_spec
from bill_mock import MockClock, limits
from tests.mock.support import Client
from tests.mock.v2.support import V2, code, ok, refused


def to_next(clock: MockClock, seconds: int) -> None:
    clock.advance(seconds - int(clock.now().timestamp()) % seconds)


def test_requests_per_hour_per_dev_key(v2: V2, client: Client, clock: MockClock) -> None:
    to_next(clock, 3600)
    session = v2.session()
    assert client.post("/_mock/limits", json={"requestsPerHour": 1}).status_code == 200, "the login counted"
    error_code, message = refused(v2.post("GetSessionInfo.json", session))
    assert error_code == "BDC_1144"
    assert "per hour reached: 1" in message
    clock.advance(30 * 60)
    assert code(v2.post("CurrentTime.json", session)) == "BDC_1144"
    to_next(clock, 3600)
    ok(v2.post("GetSessionInfo.json", session))


def test_logins_and_list_orgs_share_the_sign_in_hour(v2: V2, client: Client) -> None:
    assert client.post("/_mock/limits", json={"loginsPerHour": 2}).status_code == 200
    ok(v2.login())
    fields = {"devKey": v2.dev_key, "userName": v2.creds["userName"], "password": v2.creds["password"]}
    ok(v2.post("ListOrgs.json", fields))
    error_code, message = refused(v2.login())
    assert error_code == "BDC_1144"
    assert "logins per hour reached: 2" in message


def test_mfa_challenges_count_as_messages_of_their_user(v2: V2, client: Client, clock: MockClock) -> None:
    session = v2.session()
    to_next(clock, 60)
    assert client.post("/_mock/limits", json={"messagesPerMinute": 1}).status_code == 200
    ok(v2.post("MFAChallenge.json", session, {}))
    assert code(v2.post("MFAChallenge.json", session, {})) == "BDC_1144"


def test_v2_and_v3_share_the_in_flight_slots_of_a_dev_key_and_organization(
    app: Starlette, v2: V2, client: Client
) -> None:
    """A v3 request held inside the app (its body never ends) takes the one slot; v2 then gets BDC_1322."""
    session = v2.session()
    assert client.post("/_mock/limits", json={"inFlight": 1}).status_code == 200

    async def scenario() -> tuple[httpx.Response, httpx.Response, httpx.Response]:
        gate, entered = asyncio.Event(), asyncio.Event()

        async def slow_body() -> AsyncIterator[bytes]:
            entered.set()
            yield b""
            await gate.wait()

        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bill.test") as http:
            held = asyncio.create_task(
                http.request("GET", "/connect/v3/login/session", headers=session, content=slow_body())
            )
            await entered.wait()
            refused_v2 = await http.post("/api/v2/GetSessionInfo.json", data=session)
            gate.set()
            held_answer = await held
            after = await http.post("/api/v2/GetSessionInfo.json", data=session)
        return refused_v2, held_answer, after

    refused_v2, held_answer, after = asyncio.run(scenario())
    error_code, message = refused(refused_v2)
    assert error_code == "BDC_1322"
    assert "concurrent requests per organization reached: 1" in message
    assert held_answer.status_code == 200
    ok(after)


def test_the_v2_limit_operations_are_operations_of_the_spec() -> None:
    known = {operation.operation_id for operation in bill_spec.v2_index()}
    assert not (limits.V2_MESSAGE_OPERATIONS | limits.V2_LOGIN_OPERATIONS) - known
