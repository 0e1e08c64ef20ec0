"""Partner operations: organizations, their users (create, read, update, archive, restore) and roles."""

from __future__ import annotations

from typing import Any

from bill_mock import MockClock
from tests.mock.support import Bill, error_code, error_message

NEW_ORG = {
    "name": "Rice Cakes Inc",
    "address": {"line1": "987 Home St", "city": "San Jose", "zipOrPostalCode": "95002", "country": "US"},
    "companyOwner": {"name": "Noodle Owner", "dateOfBirth": "1980-02-29"},
}
DEFAULT_ROLES = {"ADMINISTRATOR", "ACCOUNTANT", "APPROVER", "PAYER", "CLERK", "AUDITOR"}


def _roles(bill: Bill, headers: dict[str, str]) -> dict[str, dict[str, Any]]:
    response = bill.call("GET", "/v3/partner/roles", headers)
    assert response.status_code == 200
    return {role["type"]: role for role in response.json()["results"]}


def test_create_organization(bill: Bill) -> None:
    headers = bill.partner_headers()
    response = bill.call("POST", "/v3/partner/organizations", headers, json=NEW_ORG)
    assert response.status_code == 201
    org = response.json()
    assert org["id"].startswith("00802")
    assert len(org["id"]) == 20
    assert org["archived"] is False
    assert org["name"] == "Rice Cakes Inc"
    assert org["address"]["city"] == "San Jose"
    assert org["companyOwner"] == NEW_ORG["companyOwner"]
    assert org["partnerName"] == "Sandbox Partner"
    assert org["createdTime"] == org["updatedTime"] == "2026-01-01T00:00:00.000+00:00"


def test_a_new_organization_has_the_six_default_roles(bill: Bill) -> None:
    partner = bill.partner_headers()
    org = bill.call("POST", "/v3/partner/organizations", partner, json=NEW_ORG).json()
    roles = _roles(bill, {**partner, "organizationId": org["id"]})
    assert set(roles) == DEFAULT_ROLES
    assert all(role["id"].startswith("0po02") and len(role["id"]) == 20 for role in roles.values())


def test_list_organizations_shows_only_the_partners_own(bill: Bill) -> None:
    headers = bill.partner_headers()
    created = bill.call("POST", "/v3/partner/organizations", headers, json=NEW_ORG).json()
    listed = bill.call("GET", "/v3/partner/organizations", headers).json()
    ids = [org["id"] for org in listed["results"]]
    assert ids == [bill.partner["organizationId"], created["id"]]
    assert bill.org["organizationId"] not in ids
    assert "nextPage" not in listed


def test_update_price_plan(bill: Bill) -> None:
    headers = bill.partner_headers()
    org_id = bill.partner["organizationId"]
    body = {"pricePlanType": "PricePlan1"}
    response = bill.call("PATCH", f"/v3/partner/organizations/{org_id}/price-plan", headers, json=body)
    assert response.status_code == 200
    assert response.json() == {"status": "SUCCESS"}
    foreign = bill.org["organizationId"]
    assert error_code(bill.call("PATCH", f"/v3/partner/organizations/{foreign}/price-plan", headers, json=body)) == (
        "BDC_1145"
    )
    unknown = "00802AAAAAAAAAAAAAAA"
    response = bill.call("PATCH", f"/v3/partner/organizations/{unknown}/price-plan", headers, json=body)
    assert response.status_code == 404


def test_create_user_defaults_to_administrator(bill: Bill) -> None:
    headers = bill.partner_headers()
    user = bill.create_user(headers, "tsoupsmith1", lastName="Soupsmith")
    assert user["id"].startswith("00602")
    assert len(user["id"]) == 20
    assert user["archived"] is False
    assert user["firstName"] == "Test"
    assert user["lastName"] == "Soupsmith"
    assert user["email"] == "tsoupsmith1@example.com"
    assert set(user["role"]) == {"id", "type", "description"}
    assert user["role"]["type"] == "ADMINISTRATOR"
    assert user["role"]["id"] == _roles(bill, headers)["ADMINISTRATOR"]["id"]


def test_create_user_with_a_role_of_the_organization(bill: Bill) -> None:
    headers = bill.partner_headers()
    clerk = _roles(bill, headers)["CLERK"]
    user = bill.create_user(headers, "clerk1", roleId=clerk["id"])
    assert user["role"]["type"] == "CLERK"


def test_create_user_rejects_a_role_of_another_organization(bill: Bill) -> None:
    partner = bill.partner_headers()
    other = bill.call("POST", "/v3/partner/organizations", partner, json=NEW_ORG).json()
    foreign_role = _roles(bill, {**partner, "organizationId": other["id"]})["CLERK"]["id"]
    body = {"firstName": "A", "email": "a@example.com", "username": "a1", "acceptTermsOfService": True}
    response = bill.call("POST", "/v3/partner/users", partner, json={**body, "roleId": foreign_role})
    assert response.status_code == 400
    assert error_code(response) == "BDC_1119"
    assert error_message(response).startswith("Invalid field,value: roleId, 0po02")


def test_terms_of_service_must_be_accepted(bill: Bill) -> None:
    body = {"firstName": "A", "email": "a@example.com", "username": "a1", "acceptTermsOfService": False}
    response = bill.call("POST", "/v3/partner/users", bill.partner_headers(), json=body)
    assert response.status_code == 400
    assert error_message(response) == "Invalid field,value: acceptTermsOfService, false"


def test_usernames_are_unique_case_insensitively_across_organizations(bill: Bill) -> None:
    partner = bill.partner_headers()
    bill.create_user(partner, "Taken")
    other = bill.call("POST", "/v3/partner/organizations", partner, json=NEW_ORG).json()
    body = {"firstName": "A", "email": "a@example.com", "username": "tAKEN", "acceptTermsOfService": True}
    response = bill.call("POST", "/v3/partner/users", {**partner, "organizationId": other["id"]}, json=body)
    assert response.status_code == 400
    assert error_code(response) == "BDC_1119"
    assert "username" in error_message(response)


def test_get_update_archive_restore(bill: Bill, clock: MockClock) -> None:
    headers = bill.partner_headers()
    user = bill.create_user(headers, "crud1")
    path = f"/v3/partner/users/{user['id']}"
    assert bill.call("GET", path, headers).json() == user

    clock.advance(60)
    auditor = _roles(bill, headers)["AUDITOR"]["id"]
    updated = bill.call("PATCH", path, headers, json={"lastName": "Changed", "roleId": auditor}).json()
    assert updated["lastName"] == "Changed"
    assert updated["firstName"] == user["firstName"]  # untouched: PATCH changes only what is sent
    assert updated["role"]["type"] == "AUDITOR"
    assert updated["updatedTime"] == "2026-01-01T00:01:00.000+00:00"
    assert updated["createdTime"] == user["createdTime"]

    archived = bill.call("POST", f"{path}/archive", headers)
    assert archived.status_code == 200
    assert archived.json()["archived"] is True
    again = bill.call("POST", f"{path}/archive", headers)
    assert again.status_code == 200
    assert again.json() == archived.json()

    restored = bill.call("POST", f"{path}/restore", headers)
    assert restored.status_code == 200
    assert restored.json()["archived"] is False
    assert bill.call("POST", f"{path}/restore", headers).json() == restored.json()


def test_update_needs_at_least_one_field(bill: Bill) -> None:
    headers = bill.partner_headers()
    response = bill.call("PATCH", f"/v3/partner/users/{bill.partner['userId']}", headers, json={})
    assert response.status_code == 400
    assert error_code(response) == "BDC_1119"


def test_a_user_of_another_organization_is_not_found(bill: Bill) -> None:
    partner = bill.partner_headers()
    other = bill.call("POST", "/v3/partner/organizations", partner, json=NEW_ORG).json()
    elsewhere = {**partner, "organizationId": other["id"]}
    path = f"/v3/partner/users/{bill.partner['userId']}"
    for method in ("GET", "POST"):
        target = path if method == "GET" else f"{path}/archive"
        response = bill.call(method, target, elsewhere)
        assert response.status_code == 404
        assert error_code(response) == "BDC_1205"
    assert bill.call("GET", path, partner).status_code == 200


def test_list_users_is_per_organization(bill: Bill) -> None:
    partner = bill.partner_headers()
    bill.create_user(partner, "listed1")
    listed = bill.call("GET", "/v3/partner/users", partner).json()["results"]
    assert [user["email"] for user in listed] == ["client.admin@sandbox.example", "listed1@example.com"]
    other = bill.call("POST", "/v3/partner/organizations", partner, json=NEW_ORG).json()
    empty = bill.call("GET", "/v3/partner/users", {**partner, "organizationId": other["id"]}).json()
    assert empty == {"results": []}


def test_get_role_and_roles_of_another_organization(bill: Bill) -> None:
    partner = bill.partner_headers()
    admin = _roles(bill, partner)["ADMINISTRATOR"]
    response = bill.call("GET", f"/v3/partner/roles/{admin['id']}", partner)
    assert response.status_code == 200
    assert response.json() == admin
    other = bill.call("POST", "/v3/partner/organizations", partner, json=NEW_ORG).json()
    response = bill.call("GET", f"/v3/partner/roles/{admin['id']}", {**partner, "organizationId": other["id"]})
    assert response.status_code == 404
    assert error_code(response) == "BDC_1205"


def test_add_phone_for_a_created_user(bill: Bill) -> None:
    partner = bill.partner_headers()
    user = bill.create_user(partner, "phoned1")
    body = {"phoneNumber": "4155550123", "phoneType": "MOBILE"}
    response = bill.call("POST", f"/v3/partner/risk-verifications/{user['id']}/phone", partner, json=body)
    assert response.status_code == 200
    assert response.content == b""
    user_session = bill.login_as(partner, user["id"])
    assert bill.call("GET", "/v3/risk-verifications/phone", user_session).json() == {"hasPhone": True}
    stranger = bill.org["userId"]
    response = bill.call("POST", f"/v3/partner/risk-verifications/{stranger}/phone", partner, json=body)
    assert response.status_code == 404
