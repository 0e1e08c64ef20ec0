"""Routing comes from the spec: unknown paths are BILL's 404 BDC_1121, missing methods a 405 with Allow."""

from __future__ import annotations

import pytest

import bill_spec
from bill_mock.handlers import HANDLERS, Call, Reply
from tests.mock.support import Bill, Client, error_code


@pytest.mark.parametrize(
    "path", ["/connect/v3/no-such-object", "/connect/v3/login/extra", "/connect/v3/login/", "/connect", "/"]
)
def test_a_path_the_spec_does_not_have_is_bdc_1121(client: Client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert error_code(response) == "BDC_1121"
    assert response.json()[0]["message"] == "API not supported."


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE"])
def test_a_method_the_path_lacks_is_405_with_allow(client: Client, method: str) -> None:
    response = client.request(method, "/connect/v3/login")
    assert response.status_code == 405
    assert response.headers["allow"] == "POST"
    if method != "HEAD":
        assert error_code(response) == "BDC_1121"


def test_allow_lists_every_method_of_the_path(client: Client) -> None:
    assert client.request("DELETE", "/connect/v3/partner/users").headers["allow"] == "GET, POST"
    assert client.request("PUT", "/connect/v3/partner/users/00602AAAAAAAAAAAAAAA").headers["allow"] == "GET, PATCH"


def test_every_spec_operation_is_routed(bill: Bill) -> None:
    """No operation falls through to the 404: unauthenticated calls are 401s, public ones answer themselves."""
    for operation in bill_spec.v3_index():
        path = operation.path.replace("{userId}", "00602AAAAAAAAAAAAAAA")
        path = path.replace("{roleId}", "0po02AAAAAAAAAAAAAAA").replace("{organizationId}", "00802AAAAAAAAAAAAAAA")
        response = bill.call(operation.method, path)
        # A public operation answers on its own: a login without a body is a 400, the health check a 200.
        expected = {200, 400} if operation.scope == "public" else {401}
        assert response.status_code in expected, (operation.operation_id, response.text)


def test_a_bug_in_a_handler_is_a_500_with_bills_error_array_and_no_traceback(
    bill: Bill, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(call: Call) -> Reply:
        raise KeyError("internal detail")

    monkeypatch.setitem(HANDLERS, "getSessionInfo", broken)
    response = bill.call("GET", "/v3/login/session", bill.org_headers())
    assert response.status_code == 500
    assert error_code(response) == "BDC_1001"
    assert response.json()[0]["category"] == "SERVER"
    assert "internal detail" not in response.text
    assert "Traceback" not in response.text
    assert client.get("/_mock/journal").json()[-1]["status"] == 500


def test_an_operation_the_mock_does_not_implement_yet_is_501(bill: Bill, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(HANDLERS, "listMfaPhones")
    response = bill.call("GET", "/v3/mfa/phones", bill.org_headers())
    assert response.status_code == 501
    assert error_code(response) == "BDC_1001"
