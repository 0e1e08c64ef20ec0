"""v2 sign-in over the shared session store: users and sync tokens, ListOrgs, session info, time, idle rules."""

from __future__ import annotations

from bill_mock import MockClock
from tests.mock.support import Bill, Client
from tests.mock.v2.support import V2, code, ok, refused

BAD_LOGIN = ("BDC_1101", "User name and/or password do not match our records.")


# user sign-in


def test_login_answers_the_session_organization_endpoint_and_user(v2: V2) -> None:
    answer = ok(v2.login())
    assert set(answer) == {"sessionId", "orgId", "apiEndPoint", "usersId"}
    assert answer["orgId"] == v2.org_id
    assert answer["usersId"] == v2.user_id
    assert answer["apiEndPoint"] == "http://bill.test/api/v2"
    session = {"devKey": v2.dev_key, "sessionId": answer["sessionId"]}
    assert ok(v2.post("GetSessionInfo.json", session)) == {"organizationId": v2.org_id, "userId": v2.user_id}


def test_wrong_credentials_are_bdc_1101_without_echoing_them(v2: V2) -> None:
    wrong = v2.login(password="not-the-password")  # noqa: S106 - a deliberately wrong test password
    assert refused(wrong) == BAD_LOGIN
    assert "not-the-password" not in wrong.text
    assert refused(v2.login(userName="nobody@example.com")) == BAD_LOGIN
    assert refused(v2.login(orgId="00802AAAAAAAAAAAAAAA")) == BAD_LOGIN


def test_login_needs_its_fields(v2: V2) -> None:
    missing = v2.post("Login.json", {"devKey": v2.dev_key})
    assert refused(missing) == ("BDC_1117", "Missing required data for: userName.")
    fields = {"userName": v2.creds["userName"], "password": v2.creds["password"], "orgId": v2.org_id}
    assert code(v2.post("Login.json", fields)) == "BDC_1102", "the devKey comes after the sign-in's own fields"
    assert code(v2.login(orgId="not-an-org-id")) == "BDC_1119"


def test_a_v2_session_is_a_session_of_the_shared_store(v2: V2, bill: Bill) -> None:
    session = v2.session()
    assert bill.call("GET", "/v3/login/session", session).status_code == 200
    v3_session = bill.org_headers()
    assert ok(v2.post("GetSessionInfo.json", v3_session))["userId"] == v2.user_id


def test_current_time_is_the_mock_clock(v2: V2, clock: MockClock) -> None:
    session = v2.session()
    clock.advance(90.5)
    assert ok(v2.post("CurrentTime.json", session)) == {"currentTime": "2026-01-01T00:01:30.500+0000"}


# ListOrgs


def test_list_orgs_lists_the_users_organization(v2: V2) -> None:
    fields = {"devKey": v2.dev_key, "userName": v2.creds["userName"], "password": v2.creds["password"]}
    assert ok(v2.post("ListOrgs.json", fields)) == [{"orgId": v2.org_id, "orgName": "Sandbox Company"}]


def test_list_orgs_refuses_wrong_credentials_and_keys(v2: V2) -> None:
    fields = {"devKey": v2.dev_key, "userName": v2.creds["userName"], "password": "wrong"}
    assert refused(v2.post("ListOrgs.json", fields)) == BAD_LOGIN
    assert code(v2.post("ListOrgs.json", {**fields, "devKey": "nope"})) == "BDC_1102"


def test_list_orgs_with_a_token_lists_only_the_tokens_organization(v2: V2) -> None:
    fields = {"devKey": v2.dev_key, "userName": v2.token["name"], "password": v2.token["token"]}
    assert ok(v2.post("ListOrgs.json", fields)) == [{"orgId": v2.token["orgId"], "orgName": "Sandbox Company"}]


# sync tokens


def test_a_token_signs_in_as_the_user_who_made_it(v2: V2) -> None:
    answer = ok(v2.login(userName=v2.token["name"], password=v2.token["token"]))
    assert answer["orgId"] == v2.token["orgId"]
    assert answer["usersId"] == v2.user_id
    session = {"devKey": v2.dev_key, "sessionId": answer["sessionId"]}
    assert ok(v2.post("GetSessionInfo.json", session)) == {"organizationId": v2.org_id, "userId": v2.user_id}


def test_a_wrong_token_is_bdc_1101(v2: V2) -> None:
    response = v2.login(userName=v2.token["name"], password="wrong-token-value")  # noqa: S106
    assert refused(response) == BAD_LOGIN
    assert "wrong-token-value" not in response.text


def test_a_token_session_never_goes_idle_by_default(v2: V2, clock: MockClock) -> None:
    session = v2.token_session()
    clock.advance(365 * 24 * 3600)
    ok(v2.post("GetSessionInfo.json", session))


def test_the_control_plane_can_give_token_sessions_an_idle_limit(v2: V2, client: Client, clock: MockClock) -> None:
    assert client.get("/_mock/sessions").json() == {"tokenIdleSeconds": None}
    assert client.post("/_mock/sessions", json={"tokenIdleSeconds": 48 * 3600}).json() == {"tokenIdleSeconds": 172800}
    session = v2.token_session()
    clock.advance(47 * 3600)
    ok(v2.post("GetSessionInfo.json", session))
    clock.advance(48 * 3600)
    assert code(v2.post("GetSessionInfo.json", session)) == "BDC_1109"
    assert client.post("/_mock/sessions", json={"tokenIdleSeconds": None}).json() == {"tokenIdleSeconds": None}
    assert client.post("/_mock/sessions", json={"tokenIdleSeconds": 1}).status_code == 200
    assert client.post("/_mock/reset").status_code == 200
    assert client.get("/_mock/sessions").json() == {"tokenIdleSeconds": None}


def test_bad_session_settings_are_refused(client: Client) -> None:
    payloads: list[object] = [{"tokenIdleSeconds": 0}, {"tokenIdleSeconds": "60"}, {"tokenIdleSeconds": True}, {}, []]
    for payload in payloads:
        response = client.post("/_mock/sessions", json=payload)
        assert response.status_code == 400
        assert "tokenIdleSeconds" in response.json()["error"]
    assert client.get("/_mock/sessions").json() == {"tokenIdleSeconds": None}


def test_a_user_session_still_ends_after_35_minutes_when_tokens_have_no_limit(v2: V2, clock: MockClock) -> None:
    user, token = v2.session(), v2.token_session()
    clock.advance(35 * 60)
    assert code(v2.post("GetSessionInfo.json", user)) == "BDC_1109"
    ok(v2.post("GetSessionInfo.json", token))


def test_a_token_session_is_refused_by_v3(v2: V2, bill: Bill) -> None:
    response = bill.call("GET", "/v3/login/session", v2.token_session())
    assert response.status_code == 401
    assert response.json()[0]["code"] == "BDC_1109"


def test_a_token_session_ends_at_logout(v2: V2) -> None:
    session = v2.token_session()
    assert ok(v2.post("Logout.json", session)) == {}
    assert code(v2.post("CurrentTime.json", session)) == "BDC_1109"
