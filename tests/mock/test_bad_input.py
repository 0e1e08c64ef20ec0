"""Whatever arrives (random bytes, headers, query strings, ids), the answer is a BILL 4xx, never a 500."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bill_mock import create_app
from tests.mock.support import Bill, Client

APP = create_app()
CLIENT = Client(APP)
BILL = Bill(CLIENT)
PARTNER = BILL.partner_headers()
ORG = BILL.org_headers()

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
TARGETS = [
    ("POST", "/v3/login", {}),
    ("POST", "/v3/partner/users", PARTNER),
    ("PATCH", f"/v3/partner/users/{BILL.partner['userId']}", PARTNER),
    ("POST", "/v3/mfa/challenge", ORG),
    ("POST", "/v3/mfa/step-up", ORG),
]
header_bytes = st.binary(max_size=40).map(lambda raw: raw.replace(b"\r", b"").replace(b"\n", b"").strip())


def _assert_bill_4xx(response: Any) -> None:
    assert 400 <= response.status_code < 500, response.text
    body = response.json()
    assert isinstance(body, list)
    assert body[0]["code"].startswith("BDC_")


def _assert_no_server_error(response: Any) -> None:
    """Input that happens to be valid may succeed; anything else is a BILL 4xx."""
    assert response.status_code < 500, response.text
    if response.status_code >= 400:
        _assert_bill_4xx(response)


@FUZZ
@given(
    target=st.sampled_from(TARGETS),
    body=st.binary(max_size=300),
    content_type=st.sampled_from(["application/json", "text/plain", ""]),
)
def test_random_bodies(target: tuple[str, str, dict[str, str]], body: bytes, content_type: str) -> None:
    method, path, headers = target
    response = BILL.call(method, path, {**headers, "content-type": content_type}, content=body)
    _assert_no_server_error(response)


@FUZZ
@given(
    value=st.recursive(
        st.none()
        | st.booleans()
        | st.integers()
        | st.floats(allow_nan=False, allow_infinity=False)
        | st.text(max_size=30),
        lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=10), children, max_size=4),
        max_leaves=12,
    )
)
def test_random_json_for_every_field(value: Any) -> None:
    for field in ("firstName", "email", "username", "acceptTermsOfService", "roleId", "lastName"):
        body = {
            "firstName": "A",
            "email": "a@example.com",
            "username": "fuzz",
            "acceptTermsOfService": False,
            field: value,
        }
        response = BILL.call("POST", "/v3/partner/users", PARTNER, json=body)
        _assert_no_server_error(response)


@FUZZ
@given(dev_key=header_bytes, session_id=header_bytes, app_key=header_bytes, organization_id=header_bytes)
def test_random_credential_headers(dev_key: bytes, session_id: bytes, app_key: bytes, organization_id: bytes) -> None:
    headers = {"devKey": dev_key, "sessionId": session_id, "appKey": app_key, "organizationId": organization_id}
    for path in ("/v3/login/session", "/v3/partner/users"):
        _assert_bill_4xx(BILL.call("GET", path, headers))


@FUZZ
@given(query=st.binary(max_size=80))
def test_random_query_strings(query: bytes) -> None:
    from urllib.parse import quote_from_bytes

    encoded = quote_from_bytes(query, safe=b'=&:,"')
    response = BILL.call("GET", f"/v3/partner/users?{encoded}", PARTNER)
    assert response.status_code in (200, 400), response.text


@FUZZ
@given(user_id=st.text(min_size=1, max_size=30).filter(lambda text: "/" not in text and text not in (".", "..")))
def test_random_path_ids(user_id: str) -> None:
    from urllib.parse import quote

    response = BILL.call("GET", f"/v3/partner/users/{quote(user_id, safe='')}", PARTNER)
    _assert_bill_4xx(response)


@pytest.mark.parametrize("number", [10**30, -(10**30), 1e308, 2**64])
def test_huge_numbers(number: int | float) -> None:
    response = BILL.call("GET", "/v3/partner/users", PARTNER, params={"max": str(number)})
    _assert_bill_4xx(response)
    body = {"firstName": number, "email": "a@example.com", "username": "huge", "acceptTermsOfService": True}
    _assert_bill_4xx(BILL.call("POST", "/v3/partner/users", PARTNER, json=body))
