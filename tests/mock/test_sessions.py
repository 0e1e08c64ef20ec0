"""Sign-in, idle expiry on the mock clock, logout, key binding and partner/organization scope."""

from __future__ import annotations

from bill_mock import MockClock
from tests.mock.support import Bill, error_code, error_message

SESSION = "/v3/login/session"


def test_login_opens_an_untrusted_session_for_the_sandbox_user(bill: Bill) -> None:
    response = bill.login()
    assert response.status_code == 200
    body = response.json()
    assert body["organizationId"] == bill.org["organizationId"]
    assert body["userId"] == bill.org["userId"]
    assert body["trusted"] is False
    assert bill.call("GET", SESSION, {"devKey": bill.org["devKey"], "sessionId": body["sessionId"]}).status_code == 200


def test_username_is_case_insensitive(bill: Bill) -> None:
    assert bill.login(username=bill.org["username"].upper()).status_code == 200


def test_a_wrong_password_is_bdc_1101_without_echoing_it(bill: Bill) -> None:
    response = bill.login(password="not-the-password")  # noqa: S106 - a deliberately wrong test password
    assert response.status_code == 401
    assert error_code(response) == "BDC_1101"
    assert "not-the-password" not in response.text


def test_an_unknown_user_or_organization_is_bdc_1101(bill: Bill) -> None:
    assert error_code(bill.login(username="nobody@example.com")) == "BDC_1101"
    assert error_code(bill.login(organizationId="00802AAAAAAAAAAAAAAA")) == "BDC_1101"


def test_an_unknown_dev_key_is_bdc_1102(bill: Bill) -> None:
    response = bill.login(devKey="no-such-key")
    assert response.status_code == 401
    assert error_code(response) == "BDC_1102"
    assert "no-such-key" not in response.text


def test_password_or_console_token_is_required(bill: Bill) -> None:
    body = {key: bill.org[key] for key in ("devKey", "username", "organizationId")}
    response = bill.call("POST", "/v3/login", json=body)
    assert response.status_code == 400
    assert error_code(response) == "BDC_1117"
    assert error_message(response) == "Missing required data for: password"


def test_an_unknown_console_token_is_bdc_1101(bill: Bill) -> None:
    body = {key: bill.org[key] for key in ("devKey", "username", "organizationId")}
    response = bill.call("POST", "/v3/login", json={**body, "consoleApiToken": "secret-console-token"})
    assert error_code(response) == "BDC_1101"
    assert "secret-console-token" not in response.text


def test_partner_login_checks_app_key_then_password(bill: Bill) -> None:
    body = {key: bill.partner[key] for key in ("appKey", "username", "password")}
    assert bill.call("POST", "/v3/partner/login", json=body).status_code == 200
    assert error_code(bill.call("POST", "/v3/partner/login", json={**body, "appKey": "nope"})) == "BDC_1102"
    assert error_code(bill.call("POST", "/v3/partner/login", json={**body, "password": "nope"})) == "BDC_1101"


def test_a_session_expires_after_35_idle_minutes(bill: Bill, clock: MockClock) -> None:
    headers = bill.org_headers()
    clock.advance(35 * 60)
    response = bill.call("GET", SESSION, headers)
    assert response.status_code == 401
    assert error_code(response) == "BDC_1109"


def test_every_call_restarts_the_idle_timer(bill: Bill, clock: MockClock) -> None:
    headers = bill.org_headers()
    clock.advance(34 * 60)
    assert bill.call("GET", SESSION, headers).status_code == 200
    clock.advance(34 * 60)
    assert bill.call("GET", SESSION, headers).status_code == 200
    clock.advance(35 * 60)
    assert error_code(bill.call("GET", SESSION, headers)) == "BDC_1109"


def test_an_expired_session_stays_dead(bill: Bill, clock: MockClock) -> None:
    headers = bill.org_headers()
    clock.advance(36 * 60)
    assert bill.call("GET", SESSION, headers).status_code == 401
    assert bill.call("GET", SESSION, headers).status_code == 401


def test_logout_ends_the_session_at_once(bill: Bill) -> None:
    headers = bill.org_headers()
    response = bill.call("POST", "/v3/logout", headers)
    assert response.status_code == 200
    assert response.content == b""
    assert error_code(bill.call("GET", SESSION, headers)) == "BDC_1109"
    assert error_code(bill.call("POST", "/v3/logout", headers)) == "BDC_1109"


def test_a_partner_session_can_log_out(bill: Bill) -> None:
    headers = bill.partner_headers()
    assert bill.call("POST", "/v3/logout", headers).status_code == 200
    assert error_code(bill.call("GET", "/v3/partner/organizations", headers)) == "BDC_1109"


def test_a_session_works_only_with_the_key_it_was_opened_with(bill: Bill) -> None:
    headers = bill.org_headers()
    other_key = {**headers, "devKey": bill.partner["devKey"]}  # registered, but not this session's key
    response = bill.call("GET", SESSION, other_key)
    assert response.status_code == 401
    assert error_code(response) == "BDC_1109"
    assert bill.call("GET", SESSION, headers).status_code == 200


def test_missing_or_unknown_credentials(bill: Bill) -> None:
    headers = bill.org_headers()
    assert error_code(bill.call("GET", SESSION)) == "BDC_1102"
    assert error_code(bill.call("GET", SESSION, {"sessionId": headers["sessionId"]})) == "BDC_1102"
    assert error_code(bill.call("GET", SESSION, {**headers, "devKey": "unknown"})) == "BDC_1102"
    assert error_code(bill.call("GET", SESSION, {"devKey": headers["devKey"]})) == "BDC_1109"
    assert error_code(bill.call("GET", SESSION, {**headers, "sessionId": "unknown"})) == "BDC_1109"


def test_credentials_are_checked_before_the_body(bill: Bill) -> None:
    response = bill.call("POST", "/v3/mfa/setup", {"devKey": bill.org["devKey"]}, content=b"not json")
    assert response.status_code == 401


def test_a_partner_session_cannot_call_an_organization_operation(bill: Bill) -> None:
    response = bill.call("GET", SESSION, bill.partner_headers())
    assert response.status_code == 403
    assert error_code(response) == "BDC_1145"
    assert "organization session" in error_message(response)


def test_an_organization_session_cannot_call_a_partner_operation(bill: Bill) -> None:
    response = bill.call("GET", "/v3/partner/organizations", bill.org_headers())
    assert response.status_code == 403
    assert error_code(response) == "BDC_1145"
    assert "partner session" in error_message(response)


def test_partner_operations_on_an_organization_need_the_organization_header(bill: Bill) -> None:
    headers = bill.partner_headers()
    del headers["organizationId"]
    response = bill.call("GET", "/v3/partner/users", headers)
    assert response.status_code == 400
    assert error_code(response) == "BDC_1108"


def test_a_partner_acts_only_on_its_own_organizations(bill: Bill) -> None:
    foreign = bill.partner_headers(organization_id=bill.org["organizationId"])  # exists, not the partner's
    assert error_code(bill.call("GET", "/v3/partner/users", foreign)) == "BDC_1145"
    unknown = bill.partner_headers(organization_id="00802AAAAAAAAAAAAAAA")
    response = bill.call("GET", "/v3/partner/users", unknown)
    assert response.status_code == 404
    assert error_code(response) == "BDC_1205"


def test_login_as_user_gives_an_organization_session_bound_to_the_first_dev_key(bill: Bill) -> None:
    partner = bill.partner_headers()
    user_headers = bill.login_as(partner, bill.partner["userId"])
    info = bill.call("GET", SESSION, user_headers)
    assert info.status_code == 200
    assert info.json()["organizationId"] == bill.partner["organizationId"]
    assert info.json()["userId"] == bill.partner["userId"]
    # bound now: another registered devKey is refused
    assert error_code(bill.call("GET", SESSION, {**user_headers, "devKey": bill.org["devKey"]})) == "BDC_1109"
    # and it is an organization session: partner operations are out of scope
    scoped = {**user_headers, "organizationId": bill.partner["organizationId"]}
    assert error_code(bill.call("GET", "/v3/partner/users", scoped)) == "BDC_1145"


def test_login_as_user_refuses_archived_users_and_strangers(bill: Bill) -> None:
    partner = bill.partner_headers()
    user = bill.create_user(partner, "leaving")
    bill.call("POST", f"/v3/partner/users/{user['id']}/archive", partner)
    archived = {"userId": user["id"], "organizationId": partner["organizationId"]}
    response = bill.call("POST", "/v3/partner/login-as-user", partner, json=archived)
    assert response.status_code == 400
    assert error_code(response) == "BDC_1119"
    stranger = {"userId": bill.org["userId"], "organizationId": partner["organizationId"]}
    assert error_code(bill.call("POST", "/v3/partner/login-as-user", partner, json=stranger)) == "BDC_1205"
    foreign_org = {"userId": bill.org["userId"], "organizationId": bill.org["organizationId"]}
    assert error_code(bill.call("POST", "/v3/partner/login-as-user", partner, json=foreign_org)) == "BDC_1145"


def test_a_restored_user_can_be_signed_in_again(bill: Bill) -> None:
    partner = bill.partner_headers()
    user = bill.create_user(partner, "gone")
    bill.call("POST", f"/v3/partner/users/{user['id']}/archive", partner)
    body = {"userId": user["id"], "organizationId": partner["organizationId"]}
    assert bill.call("POST", "/v3/partner/login-as-user", partner, json=body).status_code == 400
    bill.call("POST", f"/v3/partner/users/{user['id']}/restore", partner)
    assert bill.call("POST", "/v3/partner/login-as-user", partner, json=body).status_code == 200
