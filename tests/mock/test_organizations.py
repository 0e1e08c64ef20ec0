"""Organization-level operations (the signed-in organization, its users and roles, industries, billing
statements, price plan) and the health check, through the ASGI app."""

from __future__ import annotations

from typing import Any

import pytest

from bill_mock import MockClock
from tests.mock.support import Bill, Client, error_code, error_message, spec_body

DEFAULT_ROLES = {"ADMINISTRATOR", "ACCOUNTANT", "APPROVER", "PAYER", "CLERK", "AUDITOR"}
T0 = "2026-01-01T00:00:00.000+00:00"
T1 = "2026-01-01T00:01:00.000+00:00"


@pytest.fixture
def admin(bill: Bill) -> dict[str, str]:
    return bill.org_headers()


@pytest.fixture
def partner(bill: Bill) -> dict[str, str]:
    return bill.partner_headers()


@pytest.fixture
def client_admin(bill: Bill, partner: dict[str, str]) -> dict[str, str]:
    """An organization session as the administrator of the partner's client organization."""
    return bill.login_as(partner, bill.partner["userId"])


def _roles(bill: Bill, headers: dict[str, str]) -> dict[str, str]:
    return {role["type"]: role["id"] for role in spec_body(bill.call("GET", "/v3/roles", headers))["results"]}


def _clerk(bill: Bill, partner: dict[str, str]) -> dict[str, str]:
    """A session of a CLERK in the partner's client organization."""
    clerk = bill.create_user(
        partner, "clerk1", roleId=_roles(bill, bill.login_as(partner, bill.partner["userId"]))["CLERK"]
    )
    return bill.login_as(partner, clerk["id"])


def _new_user(roles: dict[str, str], **fields: Any) -> dict[str, Any]:
    return {
        "firstName": "Clark",
        "lastName": "Billenterson",
        "email": "clark@example.com",
        "roleId": roles["ACCOUNTANT"],
        "acceptTermsOfService": True,
        **fields,
    }


# health


def test_health_needs_no_credentials(client: Client) -> None:
    response = client.get("/connect/v3/health")
    assert response.status_code == 200
    body = spec_body(response)
    assert body["appEnv"] == "sandbox"
    assert set(body) == {"appId", "appEnv", "appVersion", "bdcRegion"}


# the organization


def test_get_own_organization(bill: Bill, admin: dict[str, str]) -> None:
    org_id = bill.org["organizationId"]
    org = spec_body(bill.call("GET", f"/v3/organizations/{org_id}", admin))
    assert org["id"] == org_id
    assert org["name"] == "Sandbox Company"
    assert org["address"]["city"] == "San Jose"
    assert org["archived"] is False


def test_another_organization_is_forbidden_whether_or_not_it_exists(bill: Bill, admin: dict[str, str]) -> None:
    for other in (bill.partner["organizationId"], "00802AAAAAAAAAAAAAAA"):
        for method, suffix, body in (
            ("GET", "", None),
            ("PATCH", "", {"name": "Mine"}),
            ("GET", "/price-plan", None),
            ("GET", "/billing-statements", None),
        ):
            response = bill.call(method, f"/v3/organizations/{other}{suffix}", admin, json=body)
            assert response.status_code == 403, (other, suffix)
            assert error_code(response) == "BDC_1145"
            assert "its own organization" in error_message(response)


def test_update_organization_changes_only_what_is_sent(
    bill: Bill, client_admin: dict[str, str], partner: dict[str, str], clock: MockClock
) -> None:
    org_id = bill.partner["organizationId"]
    clock.advance(60)
    body = {
        "address": {"zipOrPostalCode": "78702"},
        "industry": "Software",
        "processingOptions": {"individualTransferIn": True},
    }
    org = spec_body(bill.call("PATCH", f"/v3/organizations/{org_id}", client_admin, json=body))
    assert org["address"] == {"line1": "2 Partner Road", "city": "Austin", "zipOrPostalCode": "78702", "country": "US"}
    assert org["industry"] == "Software"
    assert org["processingOptions"] == {"individualTransferIn": True}
    assert (org["createdTime"], org["updatedTime"]) == (T0, T1)
    renamed = spec_body(bill.call("PATCH", f"/v3/organizations/{org_id}", client_admin, json={"name": "Renamed Inc"}))
    assert renamed["name"] == "Renamed Inc"
    assert renamed["industry"] == "Software"
    # The partner sees the same organization.
    listed = spec_body(bill.call("GET", "/v3/partner/organizations", partner))["results"]
    assert [org["name"] for org in listed if org["id"] == org_id] == ["Renamed Inc"]


def test_update_organization_checks_its_fields(bill: Bill, admin: dict[str, str]) -> None:
    org_id = bill.org["organizationId"]
    bodies: list[dict[str, Any]] = [
        {},
        {"phone": "12"},
        {"address": {}},
        {"address": {"country": "usa"}},
        {"partnerName": "X"},
    ]
    for body in bodies:
        response = bill.call("PATCH", f"/v3/organizations/{org_id}", admin, json=body)
        assert response.status_code == 400, body


def test_organization_operations_need_an_administrator(bill: Bill, partner: dict[str, str]) -> None:
    clerk = _clerk(bill, partner)
    org_id = bill.partner["organizationId"]
    for method, path, body in (
        ("GET", f"/v3/organizations/{org_id}", None),
        ("PATCH", f"/v3/organizations/{org_id}", {"name": "Clerk Co"}),
        ("GET", f"/v3/organizations/{org_id}/price-plan", None),
        ("POST", "/v3/users", _new_user(_roles(bill, clerk))),
    ):
        response = bill.call(method, path, clerk, json=body)
        assert response.status_code == 403, path
        assert error_code(response) == "BDC_1145"
        assert "ADMINISTRATOR" in error_message(response)
    # Reading users, roles and statements is open to every user.
    assert bill.call("GET", "/v3/users", clerk).status_code == 200
    assert bill.call("GET", "/v3/roles", clerk).status_code == 200
    assert bill.call("GET", f"/v3/organizations/{org_id}/billing-statements", clerk).status_code == 200


def test_industries(bill: Bill, admin: dict[str, str]) -> None:
    industries = spec_body(bill.call("GET", "/v3/organizations/industries", admin))["results"]
    assert "Software" in industries
    assert len(industries) == len(set(industries))
    assert bill.call("GET", "/v3/organizations/industries").status_code == 401


# price plan


def test_price_plan_follows_what_the_partner_set(
    bill: Bill, partner: dict[str, str], client_admin: dict[str, str]
) -> None:
    org_id = bill.partner["organizationId"]
    plan = spec_body(bill.call("GET", f"/v3/organizations/{org_id}/price-plan", client_admin))
    assert (plan["id"], plan["name"], plan["monthlyPrice"]) == ("PricePlan1", "Essentials", 45.0)
    assert [(term["name"], term["tier"]) for term in plan["planTerms"]][:2] == [("userCount", 1), ("userCount", 2)]
    for plan_type, name in (("PricePlan3", "Corporate"), ("Custom7", "Custom7")):
        changed = bill.call(
            "PATCH", f"/v3/partner/organizations/{org_id}/price-plan", partner, json={"pricePlanType": plan_type}
        )
        assert changed.status_code == 200
        plan = spec_body(bill.call("GET", f"/v3/organizations/{org_id}/price-plan", client_admin))
        assert (plan["id"], plan["name"]) == (plan_type, name)


# billing statements


def test_billing_statements_page_newest_first(bill: Bill, admin: dict[str, str]) -> None:
    path = f"/v3/organizations/{bill.org['organizationId']}/billing-statements"
    first = spec_body(bill.call("GET", path, admin, params={"max": 2}))
    assert [each["invoiceDate"] for each in first["results"]] == ["2026-01-01", "2025-12-01"]
    assert [each["paymentStatus"] for each in first["results"]] == ["UNPAID", "PAID"]
    assert "paymentDate" not in first["results"][0]
    assert first["results"][1]["paymentDate"] == "2025-12-06"
    assert first["results"][0]["billingPeriod"] == {"startDate": "2025-12-01", "endDate": "2025-12-31"}
    assert all("statementDetails" not in each for each in first["results"])
    second = spec_body(bill.call("GET", path, admin, params={"max": 2, "page": first["nextPage"]}))
    assert [each["invoiceDate"] for each in second["results"]] == ["2025-11-01"]
    assert "nextPage" not in second


def test_billing_statements_by_date_range(bill: Bill, admin: dict[str, str]) -> None:
    path = f"/v3/organizations/{bill.org['organizationId']}/billing-statements"
    in_range = bill.call("GET", path, admin, params={"invoiceDateFrom": "2025-11-01", "invoiceDateTo": "2025-12-01"})
    body = spec_body(in_range)
    assert [each["invoiceDate"] for each in body["results"]] == ["2025-12-01", "2025-11-01"]
    assert "nextPage" not in body
    for params, code in (
        ({"invoiceDateFrom": "2025-11-01"}, "BDC_1108"),
        ({"invoiceDateTo": "2025-11-01"}, "BDC_1108"),
        ({"invoiceDateFrom": "2025-12-02", "invoiceDateTo": "2025-12-01"}, "BDC_1129"),
        ({"invoiceDateFrom": "2025-11-01", "invoiceDateTo": "2025-12-01", "page": "abc"}, "BDC_1129"),
        ({"invoiceDateFrom": "2025-13-01", "invoiceDateTo": "2025-12-01"}, "BDC_1129"),
    ):
        response = bill.call("GET", path, admin, params=params)
        assert response.status_code == 400, params
        assert error_code(response) == code, params


def test_billing_statement_details(bill: Bill, admin: dict[str, str], client: Client) -> None:
    path = f"/v3/organizations/{bill.org['organizationId']}/billing-statements"
    listed = spec_body(bill.call("GET", path, admin))["results"]
    statement = spec_body(bill.call("GET", f"{path}/{listed[0]['id']}", admin))
    assert {key: statement[key] for key in listed[0]} == listed[0]
    assert round(sum(line["amount"] for line in statement["statementDetails"]), 2) == statement["amount"]
    missing = bill.call("GET", f"{path}/0bs02AAAAAAAAAAAAAAA", admin)
    assert (missing.status_code, error_code(missing)) == (404, "BDC_1205")
    # The same statements, with the same ids, after a reset.
    client.post("/_mock/reset")
    again = bill.org_headers()
    assert spec_body(bill.call("GET", path, again))["results"] == listed


def test_another_organizations_statement_is_not_found(
    bill: Bill, admin: dict[str, str], client_admin: dict[str, str]
) -> None:
    theirs = f"/v3/organizations/{bill.partner['organizationId']}/billing-statements"
    statement_id = spec_body(bill.call("GET", theirs, client_admin))["results"][0]["id"]
    ours = f"/v3/organizations/{bill.org['organizationId']}/billing-statements/{statement_id}"
    assert bill.call("GET", ours, admin).status_code == 404


# users


def test_create_user(bill: Bill, admin: dict[str, str]) -> None:
    roles = _roles(bill, admin)
    response = bill.call("POST", "/v3/users", admin, json=_new_user(roles))
    assert response.status_code == 201
    user = spec_body(response)
    assert user["id"].startswith("00602")
    assert (user["firstName"], user["lastName"], user["email"]) == ("Clark", "Billenterson", "clark@example.com")
    assert user["role"]["type"] == "ACCOUNTANT"
    assert user["archived"] is False
    assert user["createdTime"] == T0
    listed = spec_body(bill.call("GET", "/v3/users", admin, params={"sort": "createdTime:asc"}))["results"]
    assert [each["email"] for each in listed] == [bill.org["username"], "clark@example.com"]


def test_create_user_rules(bill: Bill, admin: dict[str, str], client_admin: dict[str, str]) -> None:
    roles = _roles(bill, admin)
    their_role = _roles(bill, client_admin)["ADMINISTRATOR"]
    taken = bill.call("POST", "/v3/users", admin, json=_new_user(roles, email=bill.org["username"].upper()))
    assert (taken.status_code, error_code(taken)) == (400, "BDC_1119")
    assert "already signs in with this email" in error_message(taken)
    no_terms = bill.call("POST", "/v3/users", admin, json=_new_user(roles, acceptTermsOfService=False))
    assert error_message(no_terms) == "Invalid field,value: acceptTermsOfService, false"
    foreign_role = bill.call("POST", "/v3/users", admin, json=_new_user(roles, roleId=their_role))
    assert error_message(foreign_role) == f"Invalid field,value: roleId, {their_role}"
    for missing in ("firstName", "lastName", "email", "roleId", "acceptTermsOfService"):
        body = {key: value for key, value in _new_user(roles).items() if key != missing}
        response = bill.call("POST", "/v3/users", admin, json=body)
        assert (response.status_code, error_code(response)) == (400, "BDC_1117"), missing
    assert bill.call("POST", "/v3/users", admin, json=_new_user(roles, username="clark")).status_code == 400
    assert len(spec_body(bill.call("GET", "/v3/users", admin))["results"]) == 1


def test_update_archive_and_restore_a_user(bill: Bill, admin: dict[str, str], clock: MockClock) -> None:
    roles = _roles(bill, admin)
    user = spec_body(bill.call("POST", "/v3/users", admin, json=_new_user(roles)))
    path = f"/v3/users/{user['id']}"
    assert spec_body(bill.call("GET", path, admin)) == user
    clock.advance(60)
    updated = spec_body(bill.call("PATCH", path, admin, json={"lastName": "Billson", "roleId": roles["PAYER"]}))
    assert (updated["firstName"], updated["lastName"], updated["role"]["type"]) == ("Clark", "Billson", "PAYER")
    assert updated["updatedTime"] == T1
    archived = spec_body(bill.call("POST", f"{path}/archive", admin))
    assert archived["archived"] is True
    assert spec_body(bill.call("POST", f"{path}/archive", admin)) == archived
    active = spec_body(bill.call("GET", "/v3/users", admin, params={"filters": "archived:eq:false"}))["results"]
    assert user["id"] not in [each["id"] for each in active]
    restored = spec_body(bill.call("POST", f"{path}/restore", admin))
    assert restored["archived"] is False
    assert spec_body(bill.call("POST", f"{path}/restore", admin)) == restored


def test_users_are_shared_with_the_partner_api(
    bill: Bill, partner: dict[str, str], client_admin: dict[str, str]
) -> None:
    by_partner = bill.create_user(partner, "fromPartner1")
    seen = spec_body(bill.call("GET", f"/v3/users/{by_partner['id']}", client_admin))
    assert seen == by_partner
    roles = _roles(bill, client_admin)
    by_org = spec_body(bill.call("POST", "/v3/users", client_admin, json=_new_user(roles, email="org@example.com")))
    assert spec_body(bill.call("GET", f"/v3/partner/users/{by_org['id']}", partner)) == by_org
    # Archived here, the partner's user can no longer be signed in as.
    bill.call("POST", f"/v3/users/{by_partner['id']}/archive", client_admin)
    body = {"userId": by_partner["id"], "organizationId": bill.partner["organizationId"]}
    assert bill.call("POST", "/v3/partner/login-as-user", partner, json=body).status_code == 400


def test_another_organizations_user_is_not_found(bill: Bill, admin: dict[str, str]) -> None:
    theirs = bill.partner["userId"]
    for method, suffix, body in (
        ("GET", "", None),
        ("PATCH", "", {"lastName": "X"}),
        ("POST", "/archive", None),
        ("POST", "/restore", None),
    ):
        response = bill.call(method, f"/v3/users/{theirs}{suffix}", admin, json=body)
        assert (response.status_code, error_code(response)) == (404, "BDC_1205"), suffix


def test_update_user_role_must_be_the_organizations(
    bill: Bill, admin: dict[str, str], client_admin: dict[str, str]
) -> None:
    their_role = _roles(bill, client_admin)["CLERK"]
    response = bill.call("PATCH", f"/v3/users/{bill.org['userId']}", admin, json={"roleId": their_role})
    assert (response.status_code, error_code(response)) == (400, "BDC_1119")


# roles


def test_roles(bill: Bill, admin: dict[str, str], client_admin: dict[str, str]) -> None:
    roles = spec_body(bill.call("GET", "/v3/roles", admin))["results"]
    assert {role["type"] for role in roles} == DEFAULT_ROLES
    clerk = spec_body(bill.call("GET", "/v3/roles", admin, params={"filters": "type:eq:CLERK"}))["results"]
    assert [role["type"] for role in clerk] == ["CLERK"]
    assert spec_body(bill.call("GET", f"/v3/roles/{clerk[0]['id']}", admin)) == clerk[0]
    theirs = _roles(bill, client_admin)["CLERK"]
    response = bill.call("GET", f"/v3/roles/{theirs}", admin)
    assert (response.status_code, error_code(response)) == (404, "BDC_1205")


def test_a_partner_session_cannot_call_organization_operations(bill: Bill, partner: dict[str, str]) -> None:
    for path in ("/v3/users", "/v3/roles", "/v3/organizations/industries"):
        response = bill.call("GET", path, partner)
        assert (response.status_code, error_code(response)) == (403, "BDC_1145"), path
