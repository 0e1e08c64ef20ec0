"""Documents and attachments: raw uploads with a file name, BILL's 6 MB limit, bill documents filed in the
background (0du, then 00h), and attachments of vendors, customers and invoices."""

from __future__ import annotations

from typing import Any

import pytest

from bill_mock import MockClock
from bill_mock.validation import MAX_UPLOAD_BYTES
from tests.mock.ar_support import Ar
from tests.mock.pay_support import Payer
from tests.mock.support import Bill, spec_body

PDF = b"%PDF-1.4 a tiny test file"
OCTETS = {"Content-Type": "application/octet-stream"}


@pytest.fixture
def payer(bill: Bill) -> Payer:
    return Payer(bill, trusted=False)


def _upload(
    payer: Payer,
    path: str,
    data: bytes = PDF,
    name: str | None = "receipt.pdf",
    content_type: str = "application/octet-stream",
) -> Any:
    params = {"name": name} if name is not None else {}
    return payer.call("POST", path, params=params, content=data, headers={"Content-Type": content_type})


def _done(response: Any) -> Any:
    """The body of a successful upload, checked against the spec."""
    assert response.status_code == 200, response.text
    return spec_body(response)


# bill documents


def test_a_bill_document_is_filed_in_the_background(payer: Payer, clock: MockClock) -> None:
    bill_id = payer.new_bill(payer.vendor()["id"], 10)["id"]
    uploaded = _done(_upload(payer, f"/v3/documents/bills/{bill_id}", name="invoice 7.pdf"))
    assert set(uploaded) == {"id"}
    upload_id = uploaded["id"]
    assert upload_id.startswith("0du02")
    assert payer.ok("GET", "/v3/documents/upload-status", params={"ids": upload_id}) == [
        {"uploadId": upload_id, "status": "IN_PROGRESS"}
    ]
    assert payer.ok("GET", f"/v3/documents/bills/{bill_id}")["results"] == []

    clock.advance(1)
    (status,) = payer.ok("GET", "/v3/documents/upload-status", params={"ids": upload_id})
    assert (status["uploadId"], status["status"]) == (upload_id, "UPLOADED")
    document_id = status["documentId"]
    assert document_id.startswith("00h02")
    document = payer.ok("GET", f"/v3/documents/{document_id}")
    assert document == {
        "id": document_id,
        "name": "invoice 7.pdf",
        "createdTime": "2026-01-01T00:00:00.000+00:00",
        "downloadLink": f"https://files.bill-mock.invalid/{document_id}/invoice%207.pdf",
    }
    assert payer.ok("GET", f"/v3/documents/bills/{bill_id}")["results"] == [document]


def test_upload_status_answers_each_id_in_order(payer: Payer, clock: MockClock) -> None:
    bill_id = payer.new_bill(payer.vendor()["id"], 10)["id"]
    first = _done(_upload(payer, f"/v3/documents/bills/{bill_id}"))["id"]
    clock.advance(1)
    second = _done(_upload(payer, f"/v3/documents/bills/{bill_id}"))["id"]
    statuses = payer.ok("GET", "/v3/documents/upload-status", params={"ids": f"{second},{first}"})
    assert [(s["uploadId"], s["status"]) for s in statuses] == [(second, "IN_PROGRESS"), (first, "UPLOADED")]
    payer.refused(
        "GET", "/v3/documents/upload-status", 404, "BDC_1205", params={"ids": f"{first},0du02AAAAAAAAAAAAAAA"}
    )
    payer.refused("GET", "/v3/documents/upload-status", 400, "BDC_1129", params={"ids": f"{first};{second}"})


def test_a_control_plane_advance_finishes_uploads_too(payer: Payer, bill: Bill) -> None:
    bill_id = payer.new_bill(payer.vendor()["id"], 10)["id"]
    upload_id = _done(_upload(payer, f"/v3/documents/bills/{bill_id}"))["id"]
    assert bill.client.post("/_mock/clock/advance", json={"seconds": 0.001}).status_code == 200
    (status,) = payer.ok("GET", "/v3/documents/upload-status", params={"ids": upload_id})
    assert status["status"] == "UPLOADED"


def test_documents_are_listed_in_pages(payer: Payer, clock: MockClock) -> None:
    bill_id = payer.new_bill(payer.vendor()["id"], 10)["id"]
    for index in range(3):
        _done(_upload(payer, f"/v3/documents/bills/{bill_id}", name=f"page{index}.png"))
    clock.advance(1)
    first = payer.ok("GET", f"/v3/documents/bills/{bill_id}", params={"max": 2})
    assert [d["name"] for d in first["results"]] == ["page0.png", "page1.png"]
    rest = payer.ok("GET", f"/v3/documents/bills/{bill_id}", params={"max": 2, "page": first["nextPage"]})
    assert [d["name"] for d in rest["results"]] == ["page2.png"]


def test_documents_belong_to_the_bills_organization(bill: Bill, payer: Payer, clock: MockClock) -> None:
    bill_id = payer.new_bill(payer.vendor()["id"], 10)["id"]
    upload_id = _done(_upload(payer, f"/v3/documents/bills/{bill_id}"))["id"]
    clock.advance(1)
    (status,) = payer.ok("GET", "/v3/documents/upload-status", params={"ids": upload_id})
    stranger = Payer.partner_user(bill, trusted=False)
    stranger.refused("GET", "/v3/documents/upload-status", 404, "BDC_1205", params={"ids": upload_id})
    stranger.refused("GET", f"/v3/documents/{status['documentId']}", 404, "BDC_1205")
    stranger.refused("GET", f"/v3/documents/bills/{bill_id}", 404, "BDC_1205")
    assert _upload(stranger, f"/v3/documents/bills/{bill_id}").status_code == 404


def test_a_document_is_read_by_its_finished_id(payer: Payer) -> None:
    bill_id = payer.new_bill(payer.vendor()["id"], 10)["id"]
    upload_id = _done(_upload(payer, f"/v3/documents/bills/{bill_id}"))["id"]
    payer.refused("GET", f"/v3/documents/{upload_id}", 400, "BDC_1129")
    payer.refused("GET", "/v3/documents/00h02AAAAAAAAAAAAAAA", 404, "BDC_1205")
    payer.refused("GET", "/v3/documents/bills/00n02AAAAAAAAAAAAAAA", 404, "BDC_1205")


# the upload itself


def test_uploads_take_octet_stream_or_any_type(payer: Payer) -> None:
    vendor_id = payer.vendor()["id"]
    path = f"/v3/attachments/vendors/{vendor_id}"
    assert _upload(payer, path, content_type="*/*").status_code == 200
    for content_type in ("application/json", "text/plain", ""):
        response = _upload(payer, path, content_type=content_type)
        assert response.status_code == 400
        assert response.json()[0]["code"] == "BDC_1129"


def test_up_to_6_mb_is_taken_and_more_is_refused(payer: Payer) -> None:
    path = f"/v3/attachments/vendors/{payer.vendor()['id']}"
    assert _upload(payer, path, b"x" * MAX_UPLOAD_BYTES).status_code == 200
    response = _upload(payer, path, b"x" * (MAX_UPLOAD_BYTES + 1))
    assert response.status_code == 400
    assert response.json()[0]["code"] == "BDC_1119"
    assert "6 MB" in response.json()[0]["message"]


def test_a_json_body_keeps_its_own_smaller_limit(payer: Payer) -> None:
    big = b'{"name": "' + b"a" * (1 << 20) + b'"}'
    response = payer.call("POST", "/v3/vendors", content=big, headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json()[0]["code"] == "BDC_1122"


def test_the_name_is_needed_with_an_extension(payer: Payer) -> None:
    path = f"/v3/attachments/vendors/{payer.vendor()['id']}"
    missing = _upload(payer, path, name=None)
    assert (missing.status_code, missing.json()[0]["code"]) == (400, "BDC_1108")
    for name in ("receipt", "receipt.", "dir/receipt.pdf", "receipt.toolongextension"):
        bad = _upload(payer, path, name=name)
        assert (bad.status_code, bad.json()[0]["code"]) == (400, "BDC_1129"), name


def test_an_empty_file_is_refused(payer: Payer) -> None:
    response = _upload(payer, f"/v3/attachments/vendors/{payer.vendor()['id']}", b"")
    assert (response.status_code, response.json()[0]["code"]) == (400, "BDC_1117")


# attachments


@pytest.mark.parametrize("owner", ["vendors", "customers", "invoices"])
def test_attach_list_get_and_delete(payer: Payer, clock: MockClock, owner: str) -> None:
    ar = Ar(payer.bill, payer.headers)
    if owner == "vendors":
        owner_id = payer.vendor()["id"]
    elif owner == "customers":
        owner_id = ar.customer()["id"]
    else:
        owner_id = ar.invoice(ar.customer()["id"])["id"]
    path = f"/v3/attachments/{owner}/{owner_id}"
    first = _done(_upload(payer, path, name="contract.pdf"))
    assert first["id"].startswith("att02")
    assert (first["name"], first["createdTime"]) == ("contract.pdf", "2026-01-01T00:00:00.000+00:00")
    assert first["downloadLink"] == f"https://files.bill-mock.invalid/{first['id']}/contract.pdf"
    clock.advance(1)
    second = _done(_upload(payer, path, name="w9.png"))
    assert payer.ok("GET", path)["results"] == [first, second]
    assert payer.ok("GET", f"/v3/attachments/{first['id']}") == first
    assert payer.ok("DELETE", f"/v3/attachments/{first['id']}") == {"status": "SUCCESS"}
    payer.refused("GET", f"/v3/attachments/{first['id']}", 404, "BDC_1205")
    payer.refused("DELETE", f"/v3/attachments/{first['id']}", 404, "BDC_1205")
    assert payer.ok("GET", path)["results"] == [second]


def test_an_invoice_attachment_may_replace_the_invoice_pdf(payer: Payer) -> None:
    ar = Ar(payer.bill, payer.headers)
    invoice_id = ar.invoice(ar.customer()["id"])["id"]
    path = f"/v3/attachments/invoices/{invoice_id}"
    response = payer.call(
        "POST",
        path,
        params={"name": "mine.pdf", "replaceInvoicePdf": "true"},
        content=PDF,
        headers=OCTETS,
    )
    assert _done(response)["name"] == "mine.pdf"
    bad = payer.call(
        "POST",
        path,
        params={"name": "x.pdf", "replaceInvoicePdf": "maybe"},
        content=PDF,
        headers=OCTETS,
    )
    assert bad.status_code == 400


@pytest.mark.parametrize(
    "path",
    [
        "/v3/attachments/vendors/00902AAAAAAAAAAAAAAA",
        "/v3/attachments/customers/0cu02AAAAAAAAAAAAAAA",
        "/v3/attachments/invoices/00e02AAAAAAAAAAAAAAA",
    ],
)
def test_attachments_need_an_owner_of_the_organization(payer: Payer, path: str) -> None:
    assert _upload(payer, path).status_code == 404
    payer.refused("GET", path, 404, "BDC_1205")


def test_attachments_of_another_organization_are_not_found(bill: Bill, payer: Payer) -> None:
    attachment = _done(_upload(payer, f"/v3/attachments/vendors/{payer.vendor()['id']}"))
    stranger = Payer.partner_user(bill, trusted=False)
    stranger.refused("GET", f"/v3/attachments/{attachment['id']}", 404, "BDC_1205")
    stranger.refused("DELETE", f"/v3/attachments/{attachment['id']}", 404, "BDC_1205")
    assert payer.ok("GET", f"/v3/attachments/{attachment['id']}") == attachment
