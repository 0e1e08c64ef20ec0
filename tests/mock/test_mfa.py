"""MFA: phone setup, challenges that make a session trusted, remember-me ids, step-up, session info."""

from __future__ import annotations

from bill_mock import MockClock
from bill_mock.mock import Mock
from tests.mock.support import Bill, error_code, error_message


def _remember_me(bill: Bill, headers: dict[str, str]) -> str:
    challenge = bill.call("POST", "/v3/mfa/challenge", headers)
    assert challenge.status_code == 200, challenge.text
    body = {"challengeId": challenge.json()["challengeId"], "token": bill.sandbox["mfa"]["token"], "rememberMe": True}
    validated = bill.call("POST", "/v3/mfa/challenge/validate", headers, json=body)
    assert validated.status_code == 200, validated.text
    remember_me_id: str = validated.json()["rememberMeId"]
    return remember_me_id


def test_a_validated_challenge_makes_the_session_trusted(bill: Bill, mock: Mock) -> None:
    headers = bill.org_headers()
    assert mock.store.sessions[headers["sessionId"]].trusted is False
    challenge = bill.call("POST", "/v3/mfa/challenge", headers).json()
    body = {"challengeId": challenge["challengeId"], "token": bill.sandbox["mfa"]["token"]}
    response = bill.call("POST", "/v3/mfa/challenge/validate", headers, json=body)
    assert response.status_code == 200
    assert response.json() == {}  # no rememberMe, no id
    assert mock.store.sessions[headers["sessionId"]].trusted is True


def test_login_with_a_remember_me_id_is_trusted(bill: Bill) -> None:
    remember_me_id = _remember_me(bill, bill.org_headers())
    response = bill.login(rememberMeId=remember_me_id, device="laptop")
    assert response.status_code == 200
    assert response.json()["trusted"] is True
    assert bill.login(rememberMeId="not-a-remembered-id").json()["trusted"] is False


def test_a_remember_me_id_lasts_30_days(bill: Bill, clock: MockClock) -> None:
    remember_me_id = _remember_me(bill, bill.org_headers())
    clock.advance(30 * 24 * 3600 - 1)
    assert bill.login(rememberMeId=remember_me_id).json()["trusted"] is True
    clock.advance(1)
    assert bill.login(rememberMeId=remember_me_id).json()["trusted"] is False


def test_step_up_trusts_the_current_session(bill: Bill, mock: Mock) -> None:
    remember_me_id = _remember_me(bill, bill.org_headers())
    fresh = bill.org_headers()
    response = bill.call("POST", "/v3/mfa/step-up", fresh, json={"rememberMeId": remember_me_id})
    assert response.status_code == 200
    assert response.json() == {"trusted": True}
    assert mock.store.sessions[fresh["sessionId"]].trusted is True


def test_step_up_refuses_an_unknown_id_without_echoing_it(bill: Bill) -> None:
    response = bill.call("POST", "/v3/mfa/step-up", bill.org_headers(), json={"rememberMeId": "secret-ish-id"})
    assert response.status_code == 400
    assert error_code(response) == "BDC_1119"
    assert "secret-ish-id" not in response.text


def test_a_remember_me_id_belongs_to_its_user(bill: Bill) -> None:
    remember_me_id = _remember_me(bill, bill.org_headers())
    partner = bill.partner_headers()
    other_user = bill.login_as(partner, bill.partner["userId"])
    response = bill.call("POST", "/v3/mfa/step-up", other_user, json={"rememberMeId": remember_me_id})
    assert response.status_code == 400


def test_a_wrong_code_is_refused(bill: Bill) -> None:
    headers = bill.org_headers()
    challenge = bill.call("POST", "/v3/mfa/challenge", headers).json()
    body = {"challengeId": challenge["challengeId"], "token": "999999"}
    response = bill.call("POST", "/v3/mfa/challenge/validate", headers, json=body)
    assert response.status_code == 400
    assert error_code(response) == "BDC_1119"
    assert "999999" not in response.text
    unknown = bill.call("POST", "/v3/mfa/challenge/validate", headers, json={**body, "challengeId": "nope"})
    assert error_message(unknown) == "Invalid field,value: challengeId, nope"


def test_backup_phones_are_gone(bill: Bill) -> None:
    headers = bill.org_headers()
    setup = bill.call("POST", "/v3/mfa/setup", headers, json={"phone": "4155550199", "type": "TEXT", "primary": False})
    assert setup.status_code == 400
    assert error_message(setup) == "Invalid field,value: primary, false"
    challenge = bill.call("POST", "/v3/mfa/challenge", headers, json={"useBackup": True})
    assert challenge.status_code == 400


def test_setting_up_mfa_for_a_new_user(bill: Bill) -> None:
    partner = bill.partner_headers()
    user = bill.create_user(partner, "mfauser")
    session = bill.login_as(partner, user["id"])
    info = bill.call("GET", "/v3/login/session", session).json()
    assert info == {
        "organizationId": bill.partner["organizationId"],
        "userId": user["id"],
        "mfaStatus": "DISABLED",
        "mfaBypass": False,
    }
    no_phone = bill.call("POST", "/v3/mfa/challenge", session)
    assert no_phone.status_code == 400
    assert error_code(no_phone) == "BDC_1117"
    assert bill.call("GET", "/v3/mfa/phones", session).json() == {"results": []}

    setup = bill.call("POST", "/v3/mfa/setup", session, json={"phone": "4155550177", "type": "TEXT", "primary": True})
    assert setup.status_code == 200
    setup_id = setup.json()["setupId"]
    wrong = {"setupId": setup_id, "type": "TEXT", "token": "123456"}
    assert error_code(bill.call("POST", "/v3/mfa/setup/validate", session, json=wrong)) == "BDC_1119"
    right = {**wrong, "token": bill.sandbox["mfa"]["token"]}
    validated = bill.call("POST", "/v3/mfa/setup/validate", session, json=right)
    assert validated.status_code == 200
    assert validated.json() == {"status": "SUCCESS"}
    assert bill.call("POST", "/v3/mfa/setup/validate", session, json=right).status_code == 400  # used up

    phones = bill.call("GET", "/v3/mfa/phones", session).json()
    assert phones == {"results": [{"type": "TEXT", "last4digits": "0177", "primary": True}]}
    assert bill.call("GET", "/v3/login/session", session).json()["mfaStatus"] == "ENABLED"
    assert bill.call("POST", "/v3/mfa/challenge", session, json={"useBackup": False}).status_code == 200


def test_login_organizations_lists_the_users_organization(bill: Bill) -> None:
    response = bill.call("GET", "/v3/login/organizations", bill.org_headers())
    assert response.json() == {"results": [{"id": bill.org["organizationId"], "name": "Sandbox Company"}]}
