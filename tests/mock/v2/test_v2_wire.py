"""v2's wire in the mock: routing under /api, forms, the envelope, and BILL's codes in BILL's order."""

from __future__ import annotations

import pytest

import bill_spec
from bill_mock import MockClock
from bill_mock.v2.handlers import V2_HANDLERS, V2Call
from tests.mock.support import Bill, Client
from tests.mock.v2.support import V2, code, ok, refused

SESSION_INVALID = "Session is invalid.  Please log in."


# routing


@pytest.mark.parametrize("path", ["/api/v2/NoSuchThing.json", "/api/v2/Crud/Create/Nothing.json", "/api/v2", "/api"])
def test_an_endpoint_bill_lacks_is_404_bdc_1121_in_the_envelope(client: Client, path: str) -> None:
    assert refused(client.post(path), 404) == ("BDC_1121", "API not supported.")


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "PATCH"])
def test_a_method_other_than_post_is_405_bdc_1121(client: Client, method: str) -> None:
    response = client.request(method, "/api/v2/Login.json")
    assert refused(response, 405) == ("BDC_1121", "API not supported with this method; send a POST.")
    assert response.headers["allow"] == "POST"


def test_v2_answers_go_into_the_journal(v2: V2, client: Client) -> None:
    v2.login()
    client.get("/api/v2/Login.json")
    client.post("/api/v2/Nope.json")
    entries = client.get("/_mock/journal").json()[-3:]
    assert entries == [
        {"method": "POST", "path": "/api/v2/Login.json", "operationId": "login", "status": 200},
        {"method": "GET", "path": "/api/v2/Login.json", "operationId": None, "status": 405},
        {"method": "POST", "path": "/api/v2/Nope.json", "operationId": None, "status": 404},
    ]


def test_v3_still_answers_its_own_404(client: Client) -> None:
    response = client.get("/connect/v3/no-such-object")
    assert response.status_code == 404
    assert response.json()[0]["code"] == "BDC_1121"


# forms


def test_a_json_body_is_not_a_form(v2: V2, client: Client) -> None:
    response = client.post("/api/v2/Login.json", json={"userName": "x"})
    assert code(response) == "BDC_1122"


def test_a_field_sent_twice_is_refused(v2: V2, client: Client) -> None:
    body = f"devKey={v2.dev_key}&devKey={v2.dev_key}&sessionId=x"
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    response = client.post("/api/v2/GetSessionInfo.json", content=body, headers=headers)
    error_code, message = refused(response)
    assert error_code == "BDC_1122"
    assert "devKey" in message
    assert v2.dev_key not in message


def test_a_form_that_is_not_utf8_is_refused(client: Client) -> None:
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    assert code(client.post("/api/v2/Login.json", content=b"userName=%FF%FE", headers=headers)) == "BDC_1122"


def test_a_field_the_form_does_not_have_is_bdc_1002(v2: V2) -> None:
    error_code, message = refused(v2.post("GetSessionInfo.json", {**v2.session(), "colour": "blue"}))
    assert error_code == "BDC_1002"
    assert "colour" in message


def test_a_multipart_body_on_a_form_operation_is_refused(v2: V2, client: Client) -> None:
    response = client.post("/api/v2/GetSessionInfo.json", data=v2.session(), files={"file": ("a.txt", b"x")})
    assert code(response) == "BDC_1122"


# devKey, then session


def test_an_unknown_or_missing_dev_key_is_bdc_1102(v2: V2) -> None:
    session = v2.session()
    assert refused(v2.post("GetSessionInfo.json", {**session, "devKey": "nope"})) == (
        "BDC_1102",
        "Developer key is invalid.",
    )
    assert code(v2.post("GetSessionInfo.json", {"sessionId": session["sessionId"]})) == "BDC_1102"
    assert code(v2.login(devKey="secret-unknown-key")) == "BDC_1102"
    assert "secret-unknown-key" not in v2.login(devKey="secret-unknown-key").text


def test_the_dev_key_is_checked_before_the_session(v2: V2) -> None:
    assert code(v2.post("GetSessionInfo.json", {"devKey": "nope", "sessionId": "nope"})) == "BDC_1102"


@pytest.mark.parametrize("session_id", [None, "", "no-such-session"])
def test_a_missing_or_unknown_session_is_bdc_1109_with_bills_text(v2: V2, session_id: str | None) -> None:
    fields = {"devKey": v2.dev_key}
    if session_id is not None:
        fields["sessionId"] = session_id
    assert refused(v2.post("GetSessionInfo.json", fields)) == ("BDC_1109", SESSION_INVALID)


def test_a_session_ends_at_logout(v2: V2) -> None:
    session = v2.session()
    assert ok(v2.post("Logout.json", session)) == {}
    assert refused(v2.post("GetSessionInfo.json", session)) == ("BDC_1109", SESSION_INVALID)


def test_a_user_session_ends_after_35_idle_minutes_and_every_call_restarts_the_clock(v2: V2, clock: MockClock) -> None:
    session = v2.session()
    clock.advance(34 * 60)
    ok(v2.post("GetSessionInfo.json", session))
    clock.advance(34 * 60)
    ok(v2.post("CurrentTime.json", session))
    clock.advance(35 * 60)
    assert refused(v2.post("GetSessionInfo.json", session)) == ("BDC_1109", SESSION_INVALID)


def test_a_session_works_only_with_its_own_dev_key(v2: V2, bill: Bill) -> None:
    session = v2.session()
    other_key = bill.partner["devKey"]
    assert code(v2.post("GetSessionInfo.json", {**session, "devKey": other_key})) == "BDC_1109"


def test_a_partner_session_is_not_a_v2_session(v2: V2, bill: Bill) -> None:
    partner = bill.partner_headers()
    fields = {"devKey": bill.partner["devKey"], "sessionId": partner["sessionId"]}
    assert code(v2.post("GetSessionInfo.json", fields)) == "BDC_1109"


# data


def test_missing_data_is_bdc_1117(v2: V2) -> None:
    session = v2.session()
    assert refused(v2.post("Crud/Read/Vendor.json", session)) == ("BDC_1117", "Missing required data for: data.")
    assert code(v2.post("Crud/Read/Vendor.json", {**session, "data": ""})) == "BDC_1117"


@pytest.mark.parametrize("text", ["{", "not json", '{"id": NaN}', '"\\ud800"'])
def test_data_that_is_not_json_is_bdc_1122(v2: V2, text: str) -> None:
    response = v2.post("Crud/Read/Vendor.json", v2.session(), text)
    assert refused(response) == ("BDC_1122", "Error Parsing Json Object. Please check your request.")


def test_an_entity_other_than_the_urls_is_bdc_1118(v2: V2) -> None:
    response = v2.post("Crud/Create/Vendor.json", v2.session(), {"obj": {"entity": "Bill", "name": "x"}})
    assert refused(response) == (
        "BDC_1118",
        "Entity from CRUD operation: Vendor does not match the entity specified in the data: Bill.",
    )


def test_data_against_its_schema_is_bdc_1117_or_bdc_1119(v2: V2) -> None:
    session = v2.session()
    missing = v2.post("Crud/Create/Vendor.json", session, {"obj": {"entity": "Vendor"}})
    assert refused(missing) == ("BDC_1117", "Missing required data for: obj.name.")
    invalid = v2.post("Crud/Create/Vendor.json", session, {"obj": {"entity": "Vendor", "name": "x", "isActive": "7"}})
    assert refused(invalid) == ("BDC_1119", "Invalid field,value: obj.isActive, 7.")
    assert code(v2.post("Crud/Read/Vendor.json", session, [])) == "BDC_1119"
    assert refused(v2.post("Crud/Read/Vendor.json", session, {}))[1] == "Missing required data for: id."


def test_secrets_in_data_are_not_echoed(v2: V2) -> None:
    obj = {"entity": "Vendor", "name": "x", "taxId": 123456789}
    error_code, message = refused(v2.post("Crud/Create/Vendor.json", v2.session(), {"obj": obj}))
    assert error_code == "BDC_1119"
    assert "123456789" not in message


def test_scalars_are_read_the_way_bill_binds_them(v2: V2) -> None:
    listed = v2.post("List/Vendor.json", v2.session(), {"start": "0", "max": "5"})
    assert ok(listed) == []


# the mock's own failures


def test_a_bug_in_a_handler_is_a_500_envelope_without_the_traceback(
    v2: V2, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(call: V2Call) -> None:
        raise KeyError("internal detail")

    monkeypatch.setitem(V2_HANDLERS, "currentTime", broken)
    response = v2.post("CurrentTime.json", v2.session())
    assert refused(response, 500) == ("BDC_1001", "An unexpected error occurred in the mock.")
    assert "internal detail" not in response.text
    assert "Traceback" not in response.text
    assert client.get("/_mock/journal").json()[-1]["status"] == 500


def test_an_operation_without_a_handler_is_501(v2: V2, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(V2_HANDLERS, "currentTime")
    error_code, message = refused(v2.post("CurrentTime.json", v2.session()), 501)
    assert error_code == "BDC_1121"
    assert "currentTime" in message


def test_every_v2_operation_is_routed_and_answers_an_envelope(v2: V2, client: Client) -> None:
    """No v2 path falls through to BILL's 404: without credentials every one refuses in the envelope."""
    for operation in bill_spec.v2_index():
        response = client.post("/api" + operation.path)
        expected = "BDC_1117" if operation.scope == "public" else "BDC_1102"
        assert refused(response)[0] == expected, (operation.operation_id, response.text)


# multipart (UploadAttachment)


def test_an_upload_is_read_from_multipart_and_needs_its_file(v2: V2, client: Client) -> None:
    session = v2.token_session()  # tokens may upload documents
    fields = {**session, "data": '{"fileName": "invoice.pdf"}'}
    text_parts = {"sessionId": (None, session["sessionId"])}  # multipart, but no file part
    without_file = client.post(
        "/api/v2/UploadAttachment.json", files=text_parts, data={"devKey": session["devKey"], "data": fields["data"]}
    )
    assert refused(without_file) == ("BDC_1117", "Missing required data for: file.")
    upload = client.post("/api/v2/UploadAttachment.json", data=fields, files={"file": ("invoice.pdf", b"%PDF-1.4")})
    assert upload.json()["response_data"].get("error_code") not in ("BDC_1117", "BDC_1122", "BDC_1145")
    bad_data = client.post(
        "/api/v2/UploadAttachment.json", data={**fields, "data": "{}"}, files={"file": ("a.pdf", b"x")}
    )
    assert refused(bad_data) == ("BDC_1117", "Missing required data for: fileName.")


def test_an_upload_sent_as_a_plain_form_is_refused(v2: V2) -> None:
    response = v2.post("UploadAttachment.json", v2.session(), {"fileName": "a.pdf"})
    assert code(response) == "BDC_1122"
