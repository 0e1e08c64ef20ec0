"""The /_mock control plane: sandbox, reset, clock, journal; its own errors are JSON, never a 500."""

from __future__ import annotations

from typing import Any

import pytest

from bill_mock import MockClock, create_app
from tests.mock.support import Bill, Client

ORG = {
    "name": "After Reset Co",
    "address": {"line1": "1 St", "city": "X", "zipOrPostalCode": "1", "country": "US"},
}


def test_sandbox_shape(client: Client) -> None:
    sandbox = client.get("/_mock/sandbox").json()
    assert set(sandbox) == {"organization", "partner", "v2", "syncToken", "mfa", "phone", "bankAccount"}
    assert set(sandbox["organization"]) == {"devKey", "username", "password", "organizationId", "userId"}
    assert set(sandbox["partner"]) == {"appKey", "username", "password", "devKey", "organizationId", "userId"}
    assert set(sandbox["mfa"]) == {"token"}
    assert set(sandbox["v2"]) == {"basePath", "devKey", "userName", "password", "orgId"}
    assert set(sandbox["syncToken"]) == {"name", "token", "orgId"}
    assert sandbox["phone"].isdigit()
    assert len(sandbox["phone"]) == 10
    for ids in (sandbox["organization"], sandbox["partner"]):
        assert ids["organizationId"].startswith("00802")
        assert len(ids["organizationId"]) == 20
        assert ids["userId"].startswith("00602")
        assert len(ids["userId"]) == 20


def test_the_sandbox_is_the_same_in_every_app() -> None:
    first = Client(create_app()).get("/_mock/sandbox").json()
    second = Client(create_app(MockClock())).get("/_mock/sandbox").json()
    assert first == second


def test_the_seeded_partner_organization_has_one_administrator(bill: Bill) -> None:
    users = bill.call("GET", "/v3/partner/users", bill.partner_headers()).json()["results"]
    assert [(user["id"], user["role"]["type"]) for user in users] == [(bill.partner["userId"], "ADMINISTRATOR")]


def test_reset_restores_the_seeded_state_with_the_same_ids(bill: Bill, client: Client) -> None:
    partner = bill.partner_headers()
    created = bill.call("POST", "/v3/partner/organizations", partner, json=ORG).json()
    response = client.post("/_mock/reset")
    assert response.status_code == 200
    assert client.get("/_mock/sandbox").json() == bill.sandbox
    assert bill.call("GET", "/v3/partner/organizations", partner).status_code == 401  # sessions are gone too
    partner = bill.partner_headers()
    listed = bill.call("GET", "/v3/partner/organizations", partner).json()["results"]
    assert [org["id"] for org in listed] == [bill.partner["organizationId"]]
    again = bill.call("POST", "/v3/partner/organizations", partner, json=ORG).json()
    assert again["id"] == created["id"]


def test_clock_advance_moves_the_mock_clock(client: Client, clock: MockClock) -> None:
    assert client.get("/_mock/clock").json() == {"now": "2026-01-01T00:00:00.000+00:00"}
    response = client.post("/_mock/clock/advance", json={"seconds": 90.5})
    assert response.status_code == 200
    assert response.json() == {"now": "2026-01-01T00:01:30.500+00:00"}
    assert clock.now().isoformat() == "2026-01-01T00:01:30.500000+00:00"


def test_clock_advance_expires_sessions(bill: Bill, client: Client) -> None:
    headers = bill.org_headers()
    client.post("/_mock/clock/advance", json={"seconds": 2100})
    assert bill.call("GET", "/v3/login/session", headers).status_code == 401


@pytest.mark.parametrize(
    "body",
    [
        {"seconds": -1},
        {"seconds": "60"},
        {"seconds": True},
        {"seconds": None},
        {},
        [60],
        {"seconds": 1e300},
    ],
)
def test_clock_advance_refuses_bad_input(client: Client, body: Any) -> None:
    response = client.post("/_mock/clock/advance", json=body)
    assert response.status_code == 400
    assert set(response.json()) == {"error"}


@pytest.mark.parametrize("content", [b"", b"not json", b"\xff", b"NaN", b'{"seconds": NaN}'])
def test_clock_advance_refuses_non_json(client: Client, content: bytes) -> None:
    response = client.post("/_mock/clock/advance", content=content)
    assert response.status_code == 400
    assert "error" in response.json()


def test_the_journal_lists_api_requests_without_secrets(bill: Bill, client: Client) -> None:
    headers = bill.org_headers()
    bill.call("GET", "/v3/login/session", headers)
    bill.login(password="wrong-password")  # noqa: S106 - a deliberately wrong test password
    bill.call("GET", "/v3/nowhere")
    entries: list[dict[str, Any]] = client.get("/_mock/journal").json()
    assert entries == [
        {"method": "POST", "path": "/connect/v3/login", "operationId": "login", "status": 200},
        {"method": "GET", "path": "/connect/v3/login/session", "operationId": "getSessionInfo", "status": 200},
        {"method": "POST", "path": "/connect/v3/login", "operationId": "login", "status": 401},
        {"method": "GET", "path": "/connect/v3/nowhere", "operationId": None, "status": 404},
    ]
    text = client.get("/_mock/journal").text
    for secret in (headers["sessionId"], headers["devKey"], bill.org["password"], "wrong-password"):
        assert secret not in text


def test_reset_clears_the_journal(bill: Bill, client: Client) -> None:
    bill.login()
    client.post("/_mock/reset")
    assert client.get("/_mock/journal").json() == []


def test_control_plane_errors_are_json(client: Client) -> None:
    missing = client.get("/_mock/nothing")
    assert missing.status_code == 404
    assert "error" in missing.json()
    wrong = client.request("DELETE", "/_mock/sandbox")
    assert wrong.status_code == 405
    assert wrong.headers["allow"] == "GET"
    assert "error" in wrong.json()
