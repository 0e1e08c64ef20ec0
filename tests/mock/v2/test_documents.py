"""v2's documents: uploads to the Inbox or onto objects (kept where v3 keeps them), GetDocuments and
GetDocumentPages."""

from __future__ import annotations

import json
from typing import Any

import httpx
import jsonschema_rs
import pytest

import bill_spec
from bill_mock import MockClock
from bill_mock.validation import MAX_UPLOAD_BYTES, _to_json_schema
from tests.mock.pay_support import Payer
from tests.mock.support import Bill
from tests.mock.v2.support import BASE, V2, code, ok, refused

PDF = b"%PDF-1.4 mock"


@pytest.fixture
def session(v2: V2) -> dict[str, str]:
    return v2.session()


def _headers(session: dict[str, str]) -> dict[str, str]:
    return {"devKey": session["devKey"], "sessionId": session["sessionId"]}


def _upload(
    v2: V2, session: dict[str, str], data: dict[str, Any], content: bytes = PDF, name: str = "scan.pdf"
) -> httpx.Response:
    form = {**session, "data": json.dumps(data)}
    return v2.client.post(BASE + "UploadAttachment.json", data=form, files={"file": (name, content, "application/pdf")})


def _documents(v2: V2, session: dict[str, str], object_id: str, start: int = 0, most: int = 10) -> dict[str, Any]:
    found: dict[str, Any] = ok(v2.post("GetDocuments.json", session, {"id": object_id, "start": start, "max": most}))
    return found


def _pages(response: httpx.Response) -> dict[str, Any]:
    """GetDocumentPages' payload, checked against the spec with OpenAPI's `nullable` honoured (fileUrl may be
    null, which the plain draft-4 check of `ok` would refuse)."""
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["response_status"] == 0, body
    document = bill_spec.load(bill_spec.SPEC_V2)
    schema = document["components"]["schemas"]["DocumentPagesResult"]
    validator = jsonschema_rs.Draft4Validator(
        {**_to_json_schema(schema), "components": _to_json_schema(document["components"])}
    )
    payload: dict[str, Any] = body["response_data"]
    assert validator.is_valid(payload), payload
    return payload


def test_an_upload_without_an_object_goes_to_the_inbox(v2: V2, session: dict[str, str]) -> None:
    uploaded = ok(_upload(v2, session, {"fileName": "receipt.pdf"}))
    assert uploaded["id"].startswith("0du02")
    assert uploaded["documentUploadedId"] == uploaded["id"]
    assert ok(_upload(v2, session, {"fileName": "other.pdf", "id": ""}))["id"] != uploaded["id"]


def test_a_file_uploaded_to_a_vendor_in_v2_lists_in_v3(v2: V2, bill: Bill, session: dict[str, str]) -> None:
    vendor = v2.create_vendor(session)
    uploaded = ok(_upload(v2, session, {"fileName": "w9.pdf", "id": vendor["id"]}))
    assert uploaded["id"].startswith("att")
    v3 = bill.call("GET", f"/v3/attachments/vendors/{vendor['id']}", _headers(session))
    assert v3.status_code == 200, v3.text
    assert [(each["id"], each["name"]) for each in v3.json()["results"]] == [(uploaded["id"], "w9.pdf")]
    page = _documents(v2, session, vendor["id"])
    assert page["numPages"] == 1
    [document] = page["documents"]
    assert (document["entity"], document["id"], document["fileName"], document["scanStatus"]) == (
        "Document",
        uploaded["id"],
        "w9.pdf",
        "clean",
    )
    assert document["createdDate"] == "2026-01-01T00:00:00.000+0000"
    assert document["fileUrl"].endswith(f"/{uploaded['id']}/w9.pdf")


def test_a_file_attached_in_v3_lists_in_v2(v2: V2, bill: Bill, session: dict[str, str]) -> None:
    customer = bill.call("POST", "/v3/customers", _headers(session), json={"name": "Ada", "email": "ada@x.example"})
    assert customer.status_code == 201, customer.text
    customer_id = customer.json()["id"]
    attached = bill.call(
        "POST",
        f"/v3/attachments/customers/{customer_id}",
        {**_headers(session), "Content-Type": "application/octet-stream"},
        params={"name": "contract.pdf"},
        content=PDF,
    )
    assert attached.status_code == 200, attached.text
    [document] = _documents(v2, session, customer_id)["documents"]
    assert (document["id"], document["fileName"]) == (attached.json()["id"], "contract.pdf")


def test_bill_documents_are_v3s_and_filed_in_the_background(
    v2: V2, bill: Bill, session: dict[str, str], clock: MockClock
) -> None:
    payer = Payer(bill, trusted=False)
    created = payer.new_bill(payer.vendor()["id"], 120)
    assert _pages(v2.post("GetDocumentPages.json", session, {"id": created["id"]})) == {
        "documentPages": {"numPages": 0, "fileUrl": None}
    }
    uploaded = ok(_upload(v2, session, {"fileName": "invoice.pdf", "id": created["id"]}))
    assert uploaded["id"].startswith("0du02")
    [pending] = _documents(v2, session, created["id"])["documents"]
    assert (pending["id"], pending["scanStatus"]) == (uploaded["id"], "pending")
    assert "fileUrl" not in pending
    clock.advance(1)
    [filed] = _documents(v2, session, created["id"])["documents"]
    assert filed["id"].startswith("00h02")
    assert filed["scanStatus"] == "clean"
    v3 = bill.call("GET", f"/v3/documents/bills/{created['id']}", _headers(session)).json()["results"]
    assert [each["id"] for each in v3] == [filed["id"]]
    pages = _pages(v2.post("GetDocumentPages.json", session, {"id": created["id"]}))["documentPages"]
    assert (pages["numPages"], pages["fileUrl"]) == (1, filed["fileUrl"])


def test_get_documents_pages_with_start_and_max(v2: V2, session: dict[str, str]) -> None:
    vendor = v2.create_vendor(session)
    for index in range(3):
        ok(_upload(v2, session, {"fileName": f"page{index}.pdf", "id": vendor["id"]}))
    page = _documents(v2, session, vendor["id"], start=1, most=1)
    assert page["numPages"] == 3
    assert [each["fileName"] for each in page["documents"]] == ["page1.pdf"]


def test_objects_v3_attaches_nothing_to_keep_their_files_in_v2(v2: V2, bill: Bill, session: dict[str, str]) -> None:
    payer = Payer(bill, trusted=False)
    chart = payer.ok("POST", "/v3/classifications/chart-of-accounts", 201, json={"name": "Operating"})
    uploaded = ok(_upload(v2, session, {"fileName": "statement.csv", "id": chart["id"]}, b"a,b\n1,2\n", "s.csv"))
    assert uploaded["id"].startswith("0du02")
    [document] = _documents(v2, session, chart["id"])["documents"]
    assert (document["id"], document["fileName"]) == (uploaded["id"], "statement.csv")


def test_document_pages_are_for_bills_and_vendor_credits_only(v2: V2, session: dict[str, str]) -> None:
    vendor = v2.create_vendor(session)
    error, message = refused(v2.post("GetDocumentPages.json", session, {"id": vendor["id"]}))
    assert error == "BDC_1119"
    assert message.startswith(f"Invalid field,value: id, {vendor['id']}.")
    assert code(v2.post("GetDocumentPages.json", session, {"id": "00n02AAAAAAAAAAAAAAA"})) == "BDC_1119"


def test_uploads_refuse_bad_files_and_unknown_objects(v2: V2, bill: Bill, session: dict[str, str]) -> None:
    assert refused(_upload(v2, session, {"fileName": "receipt.pdf"}, b"")) == (
        "BDC_1117",
        "Missing required data for: file.",
    )
    for name in ("receipt", "receipt.", ".pdf"):
        assert refused(_upload(v2, session, {"fileName": name}))[1].startswith(
            f"Invalid field,value: fileName, {name}."
        )
    assert code(_upload(v2, session, {"fileName": "big.pdf"}, b"x" * (MAX_UPLOAD_BYTES + 1))) == "BDC_1119"
    for foreign in ("00902AAAAAAAAAAAAAAA", bill.partner["organizationId"]):
        assert refused(_upload(v2, session, {"fileName": "a.pdf", "id": foreign})) == (
            "BDC_1119",
            f"Invalid field,value: id, {foreign}.",
        )
    error, message = refused(_upload(v2, session, {"fileName": "a.pdf", "id": v2.user_id}))
    assert error == "BDC_1119"
    assert "Inbox" in message
    assert code(v2.post("GetDocuments.json", session, {"id": v2.user_id, "start": 0, "max": 10})) == "BDC_1119"


def test_a_token_session_uploads_and_reads_documents(v2: V2, session: dict[str, str]) -> None:
    token = v2.token_session()
    vendor = v2.create_vendor(token)
    uploaded = ok(_upload(v2, token, {"fileName": "w9.pdf", "id": vendor["id"]}))
    assert [each["id"] for each in _documents(v2, token, vendor["id"])["documents"]] == [uploaded["id"]]
