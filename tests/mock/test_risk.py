"""Risk verification: phone on file, administrators only, one verification per organization."""

from __future__ import annotations

from tests.mock.support import Bill, error_code, error_message

PHONE = {"phoneNumber": "4155550123", "phoneType": "MOBILE"}


def _partner_user(bill: Bill, username: str, **fields: str) -> tuple[dict[str, str], str]:
    partner = bill.partner_headers()
    user = bill.create_user(partner, username, **fields)
    return partner, user["id"]


def test_the_sandbox_administrator_can_start_verification_and_repeating_changes_nothing(bill: Bill) -> None:
    headers = bill.org_headers()
    before = bill.call("GET", "/v3/risk-verifications", headers)
    assert before.status_code == 404
    assert error_code(before) == "BDC_1205"

    started = bill.call("POST", "/v3/risk-verifications", headers)
    assert started.status_code == 200
    record = started.json()
    assert record["processingStatus"] == "IN_PROGRESS"
    assert record["decision"] == "PENDING"
    assert record["referenceId"]
    assert bill.call("POST", "/v3/risk-verifications", headers).json() == record
    assert bill.call("GET", "/v3/risk-verifications", headers).json() == record


def test_a_user_without_a_phone_cannot_start_it(bill: Bill) -> None:
    partner, user_id = _partner_user(bill, "nophone")
    user = bill.login_as(partner, user_id)
    assert bill.call("GET", "/v3/risk-verifications/phone", user).json() == {"hasPhone": False}
    response = bill.call("POST", "/v3/risk-verifications", user)
    assert response.status_code == 400
    assert error_code(response) == "BDC_1117"
    assert error_message(response) == "Missing required data for: phone"


def test_the_signed_in_user_can_add_a_phone(bill: Bill) -> None:
    partner, user_id = _partner_user(bill, "selfphone")
    user = bill.login_as(partner, user_id)
    response = bill.call("POST", "/v3/risk-verifications/phone", user, json=PHONE)
    assert response.status_code == 200
    assert bill.call("GET", "/v3/risk-verifications/phone", user).json() == {"hasPhone": True}
    assert bill.call("POST", "/v3/risk-verifications", user).status_code == 200


def test_only_an_administrator_can_start_it(bill: Bill) -> None:
    partner = bill.partner_headers()
    roles = {role["type"]: role["id"] for role in bill.call("GET", "/v3/partner/roles", partner).json()["results"]}
    user = bill.create_user(partner, "clerkonly", roleId=roles["CLERK"])
    bill.call("POST", f"/v3/partner/risk-verifications/{user['id']}/phone", partner, json=PHONE)
    response = bill.call("POST", "/v3/risk-verifications", bill.login_as(partner, user["id"]))
    assert response.status_code == 403
    assert error_code(response) == "BDC_1145"


def test_the_phone_must_be_ten_digits(bill: Bill) -> None:
    response = bill.call(
        "POST", "/v3/risk-verifications/phone", bill.org_headers(), json={**PHONE, "phoneNumber": "12"}
    )
    assert response.status_code == 400
    assert error_message(response) == "Invalid field,value: phoneNumber, 12"


def test_the_partner_flow_end_to_end(bill: Bill) -> None:
    """Partner login, new organization, new user, phone, login-as-user, risk verification."""
    partner = bill.partner_headers()
    org = bill.call(
        "POST",
        "/v3/partner/organizations",
        partner,
        json={
            "name": "Flow Co",
            "address": {"line1": "1 Main St", "city": "Austin", "zipOrPostalCode": "78701", "country": "US"},
        },
    ).json()
    in_org = {**partner, "organizationId": org["id"]}
    user = bill.create_user(in_org, "flowadmin")
    assert (
        bill.call("POST", f"/v3/partner/risk-verifications/{user['id']}/phone", in_org, json=PHONE).status_code == 200
    )
    session = bill.login_as(in_org, user["id"])
    assert bill.call("POST", "/v3/risk-verifications", session).json()["decision"] == "PENDING"
    info = bill.call("GET", "/v3/login/session", session).json()
    assert (info["organizationId"], info["userId"]) == (org["id"], user["id"])
