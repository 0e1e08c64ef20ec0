"""Every operation's success reply validates against the spec's response schema (stripe-mock's promise).

Here for the foundation's operations (the root spec, bill-v3.yaml), in one client's order. Each API area's
operations are held to the same promise by its own module (tests/mock/test_<area>.py, through spec_body), by the
schemathesis run (response_schema_conformance on every answer) and by BILL's collection (every 2xx body checked).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx
import jsonschema_rs
import pytest

import bill_spec
from tests.mock.support import Bill

DOCUMENT = bill_spec.load()
INDEX = bill_spec.v3_index()
FOUNDATION_TAGS = frozenset({"authentication", "mfa", "risk-verifications", "partner"})
"""The tags of the root spec's operations; every other tag lives in a fragment (spec/v3/*.yaml)."""
PHONE = {"phoneNumber": "4155550123", "phoneType": "MOBILE"}
ORG = {
    "name": "Schema Co",
    "address": {"line1": "1 St", "line2": "Suite 2", "city": "X", "zipOrPostalCode": "1", "country": "US"},
    "mailingAddress": {"line1": "PO Box 1", "city": "X", "zipOrPostalCode": "1", "country": "US"},
    "phone": "4155550100",
    "companyOwner": {"name": "Owner", "dateOfBirth": "1970-01-01"},
    "taxId": "999888777",
    "taxIdType": "EIN",
    "industry": "Software",
    "businessCategory": "LLC",
    "accountType": "BUSINESS",
    "processingOptions": {"mailingAddressSameAsPhysical": False},
}


def _response_schema(operation: bill_spec.Operation, status: int) -> Mapping[str, Any] | None:
    responses = DOCUMENT["paths"][operation.path][operation.method.lower()]["responses"]
    content = responses[str(status)].get("content")
    if content is None:
        return None
    schema: Mapping[str, Any] = content["application/json"]["schema"]
    return schema


def _every_operation_once(bill: Bill) -> list[httpx.Response]:
    """One successful call of each of the spec's operations, in the order a client would make them."""
    replies: list[httpx.Response] = []

    def call(method: str, path: str, headers: dict[str, str] | None = None, **kwargs: Any) -> httpx.Response:
        response = bill.call(method, path, headers, **kwargs)
        replies.append(response)
        return response

    org = {key: bill.org[key] for key in ("devKey", "username", "password", "organizationId")}
    session = call("POST", "/v3/login", json=org).json()["sessionId"]
    me = {"devKey": bill.org["devKey"], "sessionId": session}
    call("GET", "/v3/login/session", me)
    call("GET", "/v3/login/organizations", me)
    call("POST", "/v3/risk-verifications/phone", me, json=PHONE)
    call("GET", "/v3/risk-verifications/phone", me)
    call("POST", "/v3/risk-verifications", me)
    call("GET", "/v3/risk-verifications", me)
    setup_id = call("POST", "/v3/mfa/setup", me, json={"phone": "4155550111", "type": "TEXT"}).json()["setupId"]
    token = bill.sandbox["mfa"]["token"]
    call("POST", "/v3/mfa/setup/validate", me, json={"setupId": setup_id, "type": "TEXT", "token": token})
    call("GET", "/v3/mfa/phones", me)
    challenge_id = call("POST", "/v3/mfa/challenge", me, json={}).json()["challengeId"]
    validate = {"challengeId": challenge_id, "token": token, "rememberMe": True, "device": "d", "machineName": "m"}
    remember_me_id = call("POST", "/v3/mfa/challenge/validate", me, json=validate).json()["rememberMeId"]
    call("POST", "/v3/mfa/step-up", me, json={"rememberMeId": remember_me_id, "device": "d"})
    call("POST", "/v3/logout", me)

    partner_login = {key: bill.partner[key] for key in ("appKey", "username", "password")}
    partner = {
        "appKey": bill.partner["appKey"],
        "sessionId": call("POST", "/v3/partner/login", json=partner_login).json()["sessionId"],
    }
    new_org = call("POST", "/v3/partner/organizations", partner, json=ORG).json()
    call("GET", "/v3/partner/organizations", partner, params={"max": 1})
    call(
        "PATCH", f"/v3/partner/organizations/{new_org['id']}/price-plan", partner, json={"pricePlanType": "PricePlan1"}
    )
    in_org = {**partner, "organizationId": new_org["id"]}
    roles = call("GET", "/v3/partner/roles", in_org, params={"sort": "type:asc"}).json()["results"]
    call("GET", f"/v3/partner/roles/{roles[0]['id']}", in_org)
    user_body = {
        "firstName": "Ann",
        "lastName": "Lee",
        "email": "ann@example.com",
        "username": "annlee",
        "acceptTermsOfService": True,
        "roleId": roles[0]["id"],
        "externalReferenceId": "ext-1",
    }
    user = call("POST", "/v3/partner/users", in_org, json=user_body).json()
    call("GET", "/v3/partner/users", in_org, params={"max": 1, "filters": "archived:eq:false"})
    call("GET", f"/v3/partner/users/{user['id']}", in_org)
    call("PATCH", f"/v3/partner/users/{user['id']}", in_org, json={"lastName": "Li"})
    call("POST", f"/v3/partner/users/{user['id']}/archive", in_org)
    call("POST", f"/v3/partner/users/{user['id']}/restore", in_org)
    call("POST", f"/v3/partner/risk-verifications/{user['id']}/phone", in_org, json=PHONE)
    call("POST", "/v3/partner/login-as-user", partner, json={"userId": user["id"], "organizationId": new_org["id"]})
    return replies


def test_every_operation_has_a_success_path_that_keeps_to_the_spec(bill: Bill) -> None:
    replies = _every_operation_once(bill)
    covered: set[str] = set()
    for response in replies:
        operation = INDEX.match(response.request.method, response.request.url.path.removeprefix("/connect"))
        assert operation is not None
        assert 200 <= response.status_code < 300, (operation.operation_id, response.text)
        schema = _response_schema(operation, response.status_code)
        if schema is None:
            assert response.content == b"", operation.operation_id
        else:
            assert response.headers["content-type"] == "application/json"
            validator = jsonschema_rs.Draft4Validator(
                {**schema, "components": DOCUMENT["components"]}, validate_formats=True
            )
            errors = [error.message for error in validator.iter_errors(response.json())]
            assert not errors, (operation.operation_id, errors)
        covered.add(operation.operation_id)
    assert covered == {operation.operation_id for operation in INDEX if operation.tag in FOUNDATION_TAGS}


@pytest.mark.parametrize("status", [400, 401, 403, 404, 405])
def test_error_replies_keep_to_the_error_schema(bill: Bill, status: int) -> None:
    requests: dict[int, tuple[str, str, dict[str, str] | None, dict[str, Any]]] = {
        400: ("POST", "/v3/login", None, {"json": {}}),
        401: ("GET", "/v3/login/session", None, {}),
        403: ("GET", "/v3/login/session", bill.partner_headers(), {}),
        404: ("GET", "/v3/nowhere", None, {}),
        405: ("PUT", "/v3/login", None, {}),
    }
    method, path, headers, kwargs = requests[status]
    response = bill.call(method, path, headers, **kwargs)
    assert response.status_code == status
    validator = jsonschema_rs.Draft4Validator(
        {"$ref": "#/components/schemas/ErrorList", "components": DOCUMENT["components"]}
    )
    assert validator.is_valid(response.json())
