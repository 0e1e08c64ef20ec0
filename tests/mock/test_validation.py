"""Requests the spec forbids get BILL's 400s, naming the field, before any rule runs; secrets never echo."""

from __future__ import annotations

from typing import Any

import pytest

from bill_mock.validation import MAX_BODY_BYTES
from tests.mock.support import Bill, error_code, error_message

USER = {"firstName": "Ann", "email": "ann@example.com", "username": "ann1", "acceptTermsOfService": True}


def _create_user(bill: Bill, **kwargs: Any) -> Any:
    return bill.call("POST", "/v3/partner/users", bill.partner_headers(), **kwargs)


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"[1, 2", b'{"a": NaN}', b'{"a": Infinity}', b"\xff\xfe{}", b'{"firstName": "\\ud800"}'],
)
def test_a_body_that_is_not_json_is_bdc_1122(bill: Bill, content: bytes) -> None:
    headers = {**bill.partner_headers(), "content-type": "application/json"}
    response = bill.call("POST", "/v3/partner/users", headers, content=content)
    assert response.status_code == 400
    assert error_code(response) == "BDC_1122"


def test_a_deeply_nested_body_is_refused_cleanly(bill: Bill) -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    headers = {**bill.partner_headers(), "content-type": "application/json"}
    response = bill.call("POST", "/v3/partner/users", headers, content=deep)
    assert response.status_code == 400


def test_an_oversized_body_is_refused(bill: Bill) -> None:
    headers = {**bill.partner_headers(), "content-type": "application/json"}
    big = b'{"firstName": "' + b"a" * MAX_BODY_BYTES + b'"}'
    response = bill.call("POST", "/v3/partner/users", headers, content=big)
    assert response.status_code == 400
    assert error_code(response) == "BDC_1122"


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", None])
def test_json_must_be_sent_as_application_json(bill: Bill, content_type: str | None) -> None:
    headers = bill.partner_headers()
    if content_type:
        headers["content-type"] = content_type
    response = bill.call("POST", "/v3/partner/users", headers, content=b'{"firstName": "Ann"}')
    assert response.status_code == 400
    assert error_code(response) == "BDC_1122"


def test_json_with_a_charset_parameter_is_fine(bill: Bill) -> None:
    headers = {**bill.partner_headers(), "content-type": "application/json; charset=utf-8"}
    response = bill.call(
        "POST",
        "/v3/partner/users",
        headers,
        content=b'{"firstName": "Ann", "email": "a@example.com", "username": "a", "acceptTermsOfService": true}',
    )
    assert response.status_code == 201


def test_a_missing_field_is_bdc_1117(bill: Bill) -> None:
    response = _create_user(bill, json={key: value for key, value in USER.items() if key != "firstName"})
    assert response.status_code == 400
    assert error_code(response) == "BDC_1117"
    assert error_message(response) == "Missing required data for: firstName"


def test_a_missing_required_body_is_bdc_1117(bill: Bill) -> None:
    response = bill.call("POST", "/v3/partner/users", bill.partner_headers())
    assert response.status_code == 400
    assert error_message(response) == "Missing required data for: body"


def test_an_optional_body_may_be_left_out(bill: Bill) -> None:
    assert bill.call("POST", "/v3/mfa/challenge", bill.org_headers()).status_code == 200


def test_an_optional_body_of_whitespace_is_not_json(bill: Bill) -> None:
    headers = {**bill.org_headers(), "Content-Type": "application/json"}
    response = bill.call("POST", "/v3/mfa/challenge", headers, content=b"\r\n ")
    assert (response.status_code, error_code(response)) == (400, "BDC_1122")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"firstName": 5}, "Invalid field,value: firstName, 5"),
        ({"firstName": ""}, "Invalid field,value: firstName, "),
        ({"email": "not-an-email"}, "Invalid field,value: email, not-an-email"),
        ({"username": "has@sign"}, "Invalid field,value: username, has@sign"),
        ({"acceptTermsOfService": "yes"}, "Invalid field,value: acceptTermsOfService, yes"),
        ({"roleId": "00602AAAAAAAAAAAAAAA"}, "Invalid field,value: roleId, 00602AAAAAAAAAAAAAAA"),
        ({"nickname": "Annie"}, "Invalid field,value: nickname, Annie"),
        ({"firstName": "x" * 101}, "Invalid field,value: firstName, " + "x" * 37 + "..."),
    ],
)
def test_a_schema_violation_is_bdc_1119_naming_field_and_value(
    bill: Bill, change: dict[str, Any], message: str
) -> None:
    response = _create_user(bill, json={**USER, **change})
    assert response.status_code == 400
    assert error_code(response) == "BDC_1119"
    assert error_message(response) == message


def test_nested_fields_are_named_by_path(bill: Bill) -> None:
    body = {"name": "Co", "address": {"line1": "1 St", "city": "X", "zipOrPostalCode": "1", "country": "usa"}}
    response = bill.call("POST", "/v3/partner/organizations", bill.partner_headers(), json=body)
    assert error_message(response) == "Invalid field,value: address.country, usa"
    body["address"] = {"line1": "1 St", "city": "X", "country": "US"}
    response = bill.call("POST", "/v3/partner/organizations", bill.partner_headers(), json=body)
    assert error_message(response) == "Missing required data for: address.zipOrPostalCode"


def test_dates_are_checked(bill: Bill) -> None:
    address = {"line1": "1 St", "city": "X", "zipOrPostalCode": "1", "country": "US"}
    body = {"name": "Co", "address": address, "companyOwner": {"name": "O", "dateOfBirth": "1980-02-30"}}
    response = bill.call("POST", "/v3/partner/organizations", bill.partner_headers(), json=body)
    assert error_message(response) == "Invalid field,value: companyOwner.dateOfBirth, 1980-02-30"


def test_a_body_that_is_not_an_object_is_named_body(bill: Bill) -> None:
    response = _create_user(bill, json=[USER])
    assert response.status_code == 400
    assert error_message(response).startswith("Invalid field,value: body, ")


@pytest.mark.parametrize(
    "body",
    [
        {"devKey": "k", "username": "u", "organizationId": "00802AAAAAAAAAAAAAAA", "password": 12345},
        {"devKey": 12345, "username": "u", "organizationId": "00802AAAAAAAAAAAAAAA", "password": "p"},
        {"devKey": "k", "username": "u", "organizationId": "00802AAAAAAAAAAAAAAA", "password": "p", "rememberMeId": 7},
    ],
)
def test_secrets_never_appear_in_messages(bill: Bill, body: dict[str, Any]) -> None:
    response = bill.call("POST", "/v3/login", json=body)
    assert response.status_code == 400
    assert "12345" not in response.text
    assert error_message(response).endswith("[hidden]")


def test_a_malformed_path_id_is_bdc_1129(bill: Bill) -> None:
    response = bill.call("GET", "/v3/partner/users/not-a-user-id", bill.partner_headers())
    assert response.status_code == 400
    assert error_code(response) == "BDC_1129"
    assert error_message(response) == "Invalid value for parameter: userId"


def test_a_well_formed_unknown_id_is_bdc_1205(bill: Bill) -> None:
    response = bill.call("GET", "/v3/partner/users/00602AAAAAAAAAAAAAAA", bill.partner_headers())
    assert response.status_code == 404
    assert error_code(response) == "BDC_1205"


def test_query_strings_that_are_not_utf8_or_repeat_a_parameter(bill: Bill) -> None:
    headers = bill.partner_headers()
    assert error_code(bill.call("GET", "/v3/partner/users?filters=%ff", headers)) == "BDC_1129"
    assert error_code(bill.call("GET", "/v3/partner/users?max=1&max=2", headers)) == "BDC_1129"
    assert bill.call("GET", "/v3/partner/users?unknown=1", headers).status_code == 200
