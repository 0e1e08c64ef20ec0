"""BILL's rate and concurrency limits in the mock: in flight, per hour, logins, messages; all on the mock clock."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

import bill_spec
from bill_mock import MockClock, limits
from tests.mock.support import Bill, Client, error_code, error_message

DEFAULTS = {"inFlight": 3, "requestsPerHour": 20000, "loginsPerHour": 200, "messagesPerMinute": 5}


def set_limits(client: Client, **values: int) -> dict[str, Any]:
    response = client.post("/_mock/limits", json=values)
    assert response.status_code == 200, response.text
    changed: dict[str, Any] = response.json()
    return changed


def assert_limited(response: httpx.Response, code: str, words: str) -> None:
    assert response.status_code == 429, response.text
    assert error_code(response) == code
    assert words in error_message(response)


def to_next(clock: MockClock, seconds: int) -> None:
    """Moves the clock to the start of the next window of `seconds` (a minute or an hour)."""
    clock.advance(seconds - int(clock.now().timestamp()) % seconds)


# the control plane


def test_the_limits_are_bills_by_default(client: Client) -> None:
    response = client.get("/_mock/limits")
    assert response.status_code == 200
    assert response.json() == DEFAULTS


def test_any_subset_can_be_changed_and_a_reset_restores_bills_numbers(client: Client) -> None:
    assert set_limits(client, inFlight=1, messagesPerMinute=2) == {**DEFAULTS, "inFlight": 1, "messagesPerMinute": 2}
    assert client.get("/_mock/limits").json()["inFlight"] == 1
    assert client.post("/_mock/reset").status_code == 200
    assert client.get("/_mock/limits").json() == DEFAULTS


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not json", "JSON object"),
        (b"[1]", "JSON object"),
        (b'{"inflight": 3}', "Unknown limits ['inflight']"),
        (b'{"inFlight": 0}', '"inFlight" must be a whole number'),
        (b'{"inFlight": 2.5}', '"inFlight" must be a whole number'),
        (b'{"loginsPerHour": true}', '"loginsPerHour" must be a whole number'),
        (b'{"requestsPerHour": "10"}', '"requestsPerHour" must be a whole number'),
    ],
)
def test_bad_settings_are_refused_and_change_nothing(client: Client, content: bytes, message: str) -> None:
    response = client.post("/_mock/limits", content=content)
    assert response.status_code == 400
    assert message in response.json()["error"]
    assert client.get("/_mock/limits").json() == DEFAULTS


# requests per hour


def test_requests_per_hour_per_dev_key_until_the_next_hour(bill: Bill, client: Client, clock: MockClock) -> None:
    headers = bill.org_headers()  # the login counts: its devKey is in the body
    set_limits(client, requestsPerHour=3)
    assert bill.call("GET", "/v3/login/session", headers).status_code == 200
    assert bill.call("POST", "/v3/mfa/setup", headers, json={}).status_code == 400, "a refused request counts too"
    assert_limited(bill.call("GET", "/v3/login/session", headers), "BDC_1144", "per hour reached: 3")
    assert_limited(bill.login(), "BDC_1144", "per hour")
    partner_user = bill.login_as(bill.partner_headers(), bill.partner["userId"])
    assert bill.call("GET", "/v3/login/session", partner_user).status_code == 200, "another devKey has its own hour"
    to_next(clock, 3600)
    assert bill.call("GET", "/v3/login/session", bill.org_headers()).status_code == 200


def test_unknown_keys_use_up_nothing(bill: Bill, client: Client) -> None:
    set_limits(client, requestsPerHour=2)
    for _ in range(5):
        assert bill.call("GET", "/v3/login/session", {"devKey": "stranger", "sessionId": "x"}).status_code == 401
    headers = bill.org_headers()
    assert bill.call("GET", "/v3/login/session", headers).status_code == 200


def test_webhooks_api_requests_count_against_the_same_hour(bill: Bill, client: Client) -> None:
    headers = bill.org_headers()
    set_limits(client, requestsPerHour=2)
    assert client.get("/connect-events/v3/events/catalog", headers=headers).status_code == 200
    assert_limited(client.get("/connect-events/v3/events/catalog", headers=headers), "BDC_1144", "per hour")


# logins per hour


def test_logins_per_hour_per_dev_key(bill: Bill, client: Client, clock: MockClock) -> None:
    set_limits(client, loginsPerHour=2)
    assert bill.login().status_code == 200
    assert bill.login(password="wrong").status_code == 401, "a failed login is still a login"  # noqa: S106
    assert_limited(bill.login(), "BDC_1144", "logins per hour reached: 2")
    to_next(clock, 3600)
    assert bill.login().status_code == 200


# messages per minute


def test_mfa_challenges_per_user_per_minute(bill: Bill, clock: MockClock) -> None:
    headers = bill.org_headers()  # the login was the user's first message of this minute
    for _ in range(4):
        assert bill.call("POST", "/v3/mfa/challenge", headers, json={}).status_code == 200
    refused = bill.call("POST", "/v3/mfa/challenge", headers, json={})
    assert_limited(refused, "BDC_1144", "messages per minute reached: 5")
    to_next(clock, 60)
    assert bill.call("POST", "/v3/mfa/challenge", headers, json={}).status_code == 200


def test_logins_count_as_messages_of_their_user(bill: Bill, client: Client) -> None:
    set_limits(client, messagesPerMinute=2)
    assert bill.login().status_code == 200
    assert bill.login().status_code == 200
    assert_limited(bill.login(), "BDC_1144", "messages per minute")
    assert bill.login(username="nobody@example.com").status_code == 401, "no user, no message"
    partner = bill.partner_headers()
    assert bill.login_as(partner, bill.partner["userId"]), "another user is not limited"


def test_a_refused_call_uses_up_nothing(bill: Bill, client: Client, clock: MockClock) -> None:
    set_limits(client, messagesPerMinute=1, loginsPerHour=2)
    assert bill.login().status_code == 200
    for _ in range(3):
        assert bill.login().status_code == 429
    to_next(clock, 60)
    assert bill.login().status_code == 200, "the refused logins were not counted against the hour"


def test_the_message_operations_are_operations_of_the_spec() -> None:
    known = {operation.operation_id for operation in bill_spec.v3_index()}
    assert not limits.MESSAGE_OPERATIONS - known


@pytest.mark.parametrize(
    ("path", "body"),
    [
        (
            "/v3/invoices/00e02AAAAAAAAAAAAAAA/email",
            {"replyTo": {"userId": "00602AAAAAAAAAAAAAAA"}, "recipient": {"to": ["a@example.com"]}},
        ),
        ("/v3/network/invitation/vendor/00902AAAAAAAAAAAAAAA", {"networkId": "0000001", "networkType": "BILL"}),
        ("/v3/network/invitation/vendor/00902AAAAAAAAAAAAAAA/email", {"email": "vendor@example.com"}),
        ("/v3/network/invitation/customer/0cu02AAAAAAAAAAAAAAA", {"networkId": "0000001", "networkType": "BILL"}),
    ],
)
def test_emails_and_invitations_count_as_messages(
    bill: Bill, client: Client, clock: MockClock, path: str, body: dict[str, Any]
) -> None:
    headers = bill.org_headers()
    to_next(clock, 60)  # past the login's minute
    set_limits(client, messagesPerMinute=1)
    first = bill.call("POST", path, headers, json=body)
    assert first.status_code != 429, first.text
    assert_limited(bill.call("POST", path, headers, json=body), "BDC_1144", "messages per minute reached: 1")


# in flight


def _in_flight(app: Starlette, stuck: list[dict[str, str]], probes: list[dict[str, str]]) -> list[httpx.Response]:
    """Holds one request per `stuck` headers inside the app (its body never ends), then sends `probes`;
    returns the probes' answers followed by the stuck requests' answers once they are let go."""

    async def scenario() -> list[httpx.Response]:
        gate = asyncio.Event()
        entered = [asyncio.Event() for _ in stuck]

        async def slow_body(arrived: asyncio.Event) -> AsyncIterator[bytes]:
            arrived.set()
            yield b""
            await gate.wait()

        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bill.test") as client:
            url = "/connect/v3/login/session"
            held = [
                asyncio.create_task(client.request("GET", url, headers=headers, content=slow_body(arrived)))
                for headers, arrived in zip(stuck, entered, strict=True)
            ]
            for arrived in entered:
                await arrived.wait()
            answers = [await client.get(url, headers=headers) for headers in probes]
            gate.set()
            answers += [await task for task in held]
        return answers

    return asyncio.run(scenario())


def test_at_most_three_requests_in_flight_per_key_and_organization(app: Starlette, bill: Bill) -> None:
    mine = bill.org_headers()
    other_org = bill.login_as(bill.partner_headers(), bill.partner["userId"])
    answers = _in_flight(app, [mine] * 3, [mine, other_org])
    assert_limited(answers[0], "BDC_1322", "concurrent requests per organization reached: 3")
    assert [answer.status_code for answer in answers[1:]] == [200] * 4, "another organization, and the held ones"
    assert bill.call("GET", "/v3/login/session", mine).status_code == 200, "the slots were released"


def test_the_in_flight_limit_can_be_lowered(app: Starlette, bill: Bill, client: Client) -> None:
    mine = bill.org_headers()
    set_limits(client, inFlight=1)
    refused, held = _in_flight(app, [mine], [mine])
    assert_limited(refused, "BDC_1322", "reached: 1")
    assert held.status_code == 200


def test_a_failed_request_frees_its_slot(bill: Bill, client: Client) -> None:
    set_limits(client, inFlight=1)
    headers = bill.org_headers()
    for _ in range(3):
        assert bill.call("POST", "/v3/mfa/setup", headers, json={}).status_code == 400
    assert bill.call("GET", "/v3/login/session", headers).status_code == 200
