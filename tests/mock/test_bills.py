"""Bills: create (one and bulk), read, replace, update, archive and restore, and recording offline
payments, through the ASGI app; plus the AP functions other areas build on."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from bill_mock import MockClock
from bill_mock.areas.ap import ap_tables, apply_payment, open_balance, require_active_vendor, require_bill
from bill_mock.errors import BillError
from bill_mock.mock import Mock
from tests.mock.support import Bill, error_code, error_message, spec_body
from tests.mock.test_vendors import new_vendor, other_organization

INVOICE = {"invoiceNumber": "202501", "invoiceDate": "2025-12-01"}


def bill_body(vendor_id: str, *lines: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return {
        "vendorId": vendor_id,
        "dueDate": "2025-12-31",
        "invoice": INVOICE,
        "billLineItems": list(lines) or [{"amount": 149, "description": "USB audio interface"}],
        **fields,
    }


def new_bill(
    bill: Bill, headers: dict[str, str], vendor_id: str, *lines: dict[str, Any], **fields: Any
) -> dict[str, Any]:
    response = bill.call("POST", "/v3/bills", headers, json=bill_body(vendor_id, *lines, **fields))
    assert response.status_code == 201, response.text
    created: dict[str, Any] = spec_body(response)
    return created


@pytest.fixture
def org(bill: Bill) -> dict[str, str]:
    return bill.org_headers()


@pytest.fixture
def vendor(bill: Bill, org: dict[str, str]) -> dict[str, Any]:
    return new_vendor(bill, org)


def _pay(bill: Bill, org: dict[str, str], vendor_id: str, *payments: tuple[str, float]) -> Any:
    body = {
        "vendorId": vendor_id,
        "processDate": "2025-12-20",
        "payments": [{"billId": b, "amount": a} for b, a in payments],
    }
    return bill.call("POST", "/v3/bills/record-payment", org, json=body)


# create


def test_create_bill(bill: Bill, org: dict[str, str], vendor: dict[str, Any]) -> None:
    created = new_bill(
        bill,
        org,
        vendor["id"],
        {"amount": 149, "description": "Interface"},
        {"quantity": 3, "price": 1.115},
        description="December",
        purchaseOrderNumber="PO-7",
    )
    assert created["id"].startswith("00n02")
    assert len(created["id"]) == 20
    assert created["vendorId"] == vendor["id"]
    assert created["vendorName"] == "Happy Music Supplies"
    lines = created["billLineItems"]
    assert [line["amount"] for line in lines] == [149.0, 3.35]  # 3 x 1.115 = 3.345, rounded half up to cents
    assert lines[1]["quantity"] == 3
    assert lines[1]["price"] == 1.115
    assert len({line["id"] for line in lines}) == 2
    assert created["amount"] == 152.35
    assert created["dueAmount"] == 152.35
    assert created["paidAmount"] == 0
    assert created["paymentStatus"] == "UNPAID"
    assert created["invoice"] == INVOICE
    assert created["dueDate"] == "2025-12-31"
    assert created["description"] == "December"
    assert created["archived"] is False
    assert created["createdTime"] == "2026-01-01T00:00:00.000+00:00"
    assert "approvers" not in created


def test_the_vendor_must_exist_in_the_organization(bill: Bill, org: dict[str, str]) -> None:
    foreign = new_vendor(bill, other_organization(bill))
    for vendor_id in ["00902AAAAAAAAAAAAAAA", foreign["id"]]:
        response = bill.call("POST", "/v3/bills", org, json=bill_body(vendor_id))
        assert response.status_code == 400
        assert error_code(response) == "BDC_1119"
        assert error_message(response).startswith(f"Invalid field,value: vendorId, {vendor_id}.")
        assert "create the vendor" in error_message(response)


def test_the_vendor_must_not_be_archived(bill: Bill, org: dict[str, str], vendor: dict[str, Any]) -> None:
    bill.call("POST", f"/v3/vendors/{vendor['id']}/archive", org)
    response = bill.call("POST", "/v3/bills", org, json=bill_body(vendor["id"]))
    assert response.status_code == 400
    assert "restore it" in error_message(response)
    bill.call("POST", f"/v3/vendors/{vendor['id']}/restore", org)
    assert bill.call("POST", "/v3/bills", org, json=bill_body(vendor["id"])).status_code == 201


@pytest.mark.parametrize("missing", ["vendorId", "dueDate", "invoice", "billLineItems"])
def test_required_fields(bill: Bill, org: dict[str, str], vendor: dict[str, Any], missing: str) -> None:
    body = bill_body(vendor["id"])
    del body[missing]
    response = bill.call("POST", "/v3/bills", org, json=body)
    assert response.status_code == 400
    assert error_message(response) == f"Missing required data for: {missing}"


def test_invoice_needs_number_and_date(bill: Bill, org: dict[str, str], vendor: dict[str, Any]) -> None:
    response = bill.call("POST", "/v3/bills", org, json=bill_body(vendor["id"], invoice={"invoiceNumber": "1"}))
    assert error_message(response) == "Missing required data for: invoice.invoiceDate"


@pytest.mark.parametrize(
    ("lines", "code", "message"),
    [
        ([], "BDC_1119", "Invalid field,value: billLineItems, []"),
        ([{"description": "no amount"}], "BDC_1117", "Missing required data for: billLineItems.0.amount"),
        ([{"amount": 1}, {"quantity": 2}], "BDC_1117", "Missing required data for: billLineItems.1.amount"),
        (
            [{"amount": 0}],
            "BDC_1119",
            "Invalid field,value: billLineItems, 0.0. The lines must add up to more than zero.",
        ),
        ([{"amount": -5}], "BDC_1119", "Invalid field,value: billLineItems.0.amount, -5"),
    ],
)
def test_each_line_needs_an_amount_or_quantity_and_price(
    bill: Bill, org: dict[str, str], vendor: dict[str, Any], lines: list[dict[str, Any]], code: str, message: str
) -> None:
    body = {**bill_body(vendor["id"]), "billLineItems": lines}
    response = bill.call("POST", "/v3/bills", org, json=body)
    assert response.status_code == 400
    assert error_code(response) == code
    assert error_message(response) == message


def test_dates_are_yyyy_mm_dd(bill: Bill, org: dict[str, str], vendor: dict[str, Any]) -> None:
    response = bill.call("POST", "/v3/bills", org, json=bill_body(vendor["id"], dueDate="12/31/2025"))
    assert error_message(response) == "Invalid field,value: dueDate, 12/31/2025"


# bulk


def test_bulk_create_for_several_vendors(bill: Bill, org: dict[str, str], vendor: dict[str, Any]) -> None:
    other = new_vendor(bill, org, name="Other")
    response = bill.call("POST", "/v3/bills/bulk", org, json=[bill_body(vendor["id"]), bill_body(other["id"])])
    assert response.status_code == 201
    created = spec_body(response)
    assert [item["vendorName"] for item in created] == ["Happy Music Supplies", "Other"]


def test_bulk_create_is_all_or_nothing(bill: Bill, org: dict[str, str], vendor: dict[str, Any]) -> None:
    body = [bill_body(vendor["id"]), bill_body("00902AAAAAAAAAAAAAAA")]
    response = bill.call("POST", "/v3/bills/bulk", org, json=body)
    assert response.status_code == 400
    assert error_message(response).startswith("Invalid field,value: 1.vendorId, 00902AAAAAAAAAAAAAAA.")
    assert spec_body(bill.call("GET", "/v3/bills", org))["results"] == []


def test_bulk_create_takes_at_most_200(bill: Bill, org: dict[str, str], vendor: dict[str, Any]) -> None:
    accepted = bill.call("POST", "/v3/bills/bulk", org, json=[bill_body(vendor["id"])] * 200)
    assert accepted.status_code == 201
    assert len(accepted.json()) == 200
    refused = bill.call("POST", "/v3/bills/bulk", org, json=[bill_body(vendor["id"])] * 201)
    assert refused.status_code == 400
    assert len(spec_body(bill.call("GET", "/v3/bills", org, params={"max": 100}))["results"]) == 100


# read, replace, update


def test_a_bill_of_another_organization_is_not_found(bill: Bill, org: dict[str, str], vendor: dict[str, Any]) -> None:
    created = new_bill(bill, org, vendor["id"])
    other = other_organization(bill)
    for method, path, kwargs in [
        ("GET", "", {}),
        ("PUT", "", {"json": bill_body(vendor["id"])}),
        ("PATCH", "", {"json": {"description": "x"}}),
        ("POST", "/archive", {}),
        ("POST", "/restore", {}),
    ]:
        response = bill.call(method, f"/v3/bills/{created['id']}{path}", other, **kwargs)
        assert response.status_code == 404, (method, path, response.text)
        assert error_code(response) == "BDC_1205"
    assert spec_body(bill.call("GET", "/v3/bills", other))["results"] == []


def test_put_replaces_the_whole_bill(bill: Bill, org: dict[str, str], vendor: dict[str, Any], clock: MockClock) -> None:
    created = new_bill(
        bill, org, vendor["id"], {"amount": 10}, {"amount": 20}, description="Old", purchaseOrderNumber="PO"
    )
    kept, dropped = (line["id"] for line in created["billLineItems"])
    clock.advance(60)
    body = bill_body(vendor["id"], {"id": kept, "amount": 29.99, "description": "Gloves"}, {"amount": 5})
    replaced = spec_body(bill.call("PUT", f"/v3/bills/{created['id']}", org, json=body))
    lines = replaced["billLineItems"]
    assert lines[0] == {"id": kept, "amount": 29.99, "description": "Gloves"}
    assert lines[1]["id"] not in (kept, dropped)
    assert replaced["amount"] == 34.99
    assert "description" not in replaced  # PUT leaves out what it does not send
    assert "purchaseOrderNumber" not in replaced
    assert replaced["updatedTime"] == "2026-01-01T00:01:00.000+00:00"
    assert replaced["createdTime"] == created["createdTime"]


def test_put_refuses_a_line_id_the_bill_does_not_have(bill: Bill, org: dict[str, str], vendor: dict[str, Any]) -> None:
    first = new_bill(bill, org, vendor["id"])
    second = new_bill(bill, org, vendor["id"])
    foreign_line = second["billLineItems"][0]["id"]
    body = bill_body(vendor["id"], {"id": foreign_line, "amount": 1})
    response = bill.call("PUT", f"/v3/bills/{first['id']}", org, json=body)
    assert response.status_code == 400
    assert error_message(response).startswith(f"Invalid field,value: billLineItems.0.id, {foreign_line}.")
    assert spec_body(bill.call("GET", f"/v3/bills/{first['id']}", org)) == first


def test_put_refuses_the_same_line_twice(bill: Bill, org: dict[str, str], vendor: dict[str, Any]) -> None:
    created = new_bill(bill, org, vendor["id"])
    line_id = created["billLineItems"][0]["id"]
    body = bill_body(vendor["id"], {"id": line_id, "amount": 1}, {"id": line_id, "amount": 2})
    response = bill.call("PUT", f"/v3/bills/{created['id']}", org, json=body)
    assert response.status_code == 400
    assert "only once" in error_message(response)


def test_patch_changes_only_what_it_names(bill: Bill, org: dict[str, str], vendor: dict[str, Any]) -> None:
    created = new_bill(
        bill, org, vendor["id"], {"amount": 10, "description": "A"}, {"quantity": 2, "price": 5}, description="Keep"
    )
    first, second = (line["id"] for line in created["billLineItems"])
    body = {"billLineItems": [{"id": first, "amount": 179}, {"id": second, "quantity": 3}, {"amount": 1}]}
    updated = spec_body(bill.call("PATCH", f"/v3/bills/{created['id']}", org, json=body))
    lines = updated["billLineItems"]
    assert lines[0] == {"id": first, "amount": 179.0, "description": "A"}
    assert lines[1] == {"id": second, "amount": 15.0, "quantity": 3, "price": 5}
    assert lines[2]["amount"] == 1.0
    assert updated["amount"] == 195.0
    assert updated["description"] == "Keep"
    assert updated["invoice"] == INVOICE
    dated = spec_body(bill.call("PATCH", f"/v3/bills/{created['id']}", org, json={"dueDate": "2026-03-01"}))
    assert dated["dueDate"] == "2026-03-01"
    assert dated["billLineItems"] == lines


def test_patch_can_move_an_unpaid_bill_to_another_active_vendor(
    bill: Bill, org: dict[str, str], vendor: dict[str, Any]
) -> None:
    created = new_bill(bill, org, vendor["id"])
    other = new_vendor(bill, org, name="Other")
    moved = spec_body(bill.call("PATCH", f"/v3/bills/{created['id']}", org, json={"vendorId": other["id"]}))
    assert (moved["vendorId"], moved["vendorName"]) == (other["id"], "Other")
    response = bill.call("PATCH", f"/v3/bills/{created['id']}", org, json={"vendorId": "00902AAAAAAAAAAAAAAA"})
    assert response.status_code == 400


def test_a_paid_part_cannot_be_edited_away(bill: Bill, org: dict[str, str], vendor: dict[str, Any]) -> None:
    created = new_bill(bill, org, vendor["id"], {"amount": 100})
    assert _pay(bill, org, vendor["id"], (created["id"], 60)).status_code == 200
    line_id = created["billLineItems"][0]["id"]
    lower = bill.call(
        "PATCH", f"/v3/bills/{created['id']}", org, json={"billLineItems": [{"id": line_id, "amount": 50}]}
    )
    assert lower.status_code == 400
    assert "already paid" in error_message(lower)
    other = new_vendor(bill, org, name="Other")
    moved = bill.call("PATCH", f"/v3/bills/{created['id']}", org, json={"vendorId": other["id"]})
    assert moved.status_code == 400
    assert "keeps its vendor" in error_message(moved)
    assert spec_body(bill.call("GET", f"/v3/bills/{created['id']}", org))["amount"] == 100


def test_archive_and_restore_are_idempotent(
    bill: Bill, org: dict[str, str], vendor: dict[str, Any], clock: MockClock
) -> None:
    created = new_bill(bill, org, vendor["id"])
    clock.advance(60)
    archived = spec_body(bill.call("POST", f"/v3/bills/{created['id']}/archive", org))
    assert archived["archived"] is True
    clock.advance(60)
    assert spec_body(bill.call("POST", f"/v3/bills/{created['id']}/archive", org)) == archived
    restored = spec_body(bill.call("POST", f"/v3/bills/{created['id']}/restore", org))
    assert restored["archived"] is False
    assert restored["updatedTime"] == "2026-01-01T00:02:00.000+00:00"
    assert spec_body(bill.call("POST", f"/v3/bills/{created['id']}/restore", org)) == restored


def test_list_filters_and_sort(bill: Bill, org: dict[str, str], vendor: dict[str, Any]) -> None:
    other = new_vendor(bill, org, name="Other")
    late = new_bill(bill, org, vendor["id"], dueDate="2026-03-01")
    early = new_bill(bill, org, vendor["id"], dueDate="2026-01-15")
    theirs = new_bill(bill, org, other["id"], dueDate="2026-02-01")
    _pay(bill, org, vendor["id"], (early["id"], 10))

    def ids(**params: str) -> list[str]:
        return [item["id"] for item in spec_body(bill.call("GET", "/v3/bills", org, params=params))["results"]]

    assert ids(filters=f"vendorId:eq:{vendor['id']}", sort="dueDate:asc") == [early["id"], late["id"]]
    assert ids(filters='dueDate:gte:"2026-02-01"', sort="dueDate:desc") == [late["id"], theirs["id"]]
    assert ids(filters="paymentStatus:eq:PARTIAL") == [early["id"]]
    assert ids(filters=f'vendorId:in:"{other["id"]},00902AAAAAAAAAAAAAAA"') == [theirs["id"]]
    assert error_code(bill.call("GET", "/v3/bills", org, params={"filters": "amount:gt:1"})) == "BDC_1130"


# record payment


def test_record_payment_partial_then_full(bill: Bill, org: dict[str, str], vendor: dict[str, Any]) -> None:
    created = new_bill(bill, org, vendor["id"], {"amount": 149})
    response = _pay(bill, org, vendor["id"], (created["id"], 70))
    assert response.status_code == 200
    payment = spec_body(response)
    assert payment["id"].startswith("stp02")
    assert payment["vendorId"] == vendor["id"]
    assert payment["billId"] == created["id"]
    assert [(part["billId"], part["amount"]) for part in payment["billPayments"]] == [(created["id"], 70.0)]
    assert payment["amount"] == 70.0
    assert payment["processDate"] == "2025-12-20"
    assert payment["onlinePayment"] is False
    assert payment["createdBy"] == bill.org["userId"]
    partial = spec_body(bill.call("GET", f"/v3/bills/{created['id']}", org))
    assert (partial["paidAmount"], partial["dueAmount"], partial["paymentStatus"]) == (70.0, 79.0, "PARTIAL")
    assert spec_body(_pay(bill, org, vendor["id"], (created["id"], 79)))["amount"] == 79.0
    paid = spec_body(bill.call("GET", f"/v3/bills/{created['id']}", org))
    assert (paid["paidAmount"], paid["dueAmount"], paid["paymentStatus"]) == (149.0, 0.0, "PAID")
    again = _pay(bill, org, vendor["id"], (created["id"], 1))
    assert again.status_code == 400
    assert "PAID" in error_message(again)


def test_record_payment_over_several_bills_is_all_or_nothing(
    bill: Bill, org: dict[str, str], vendor: dict[str, Any]
) -> None:
    first = new_bill(bill, org, vendor["id"], {"amount": 100})
    second = new_bill(bill, org, vendor["id"], {"amount": 50})
    response = _pay(bill, org, vendor["id"], (first["id"], 100), (second["id"], 50.01))
    assert response.status_code == 400
    assert error_message(response).startswith("Invalid field,value: payments.1.amount, 50.01.")
    assert "50.00 open" in error_message(response)
    for item in (first, second):
        assert spec_body(bill.call("GET", f"/v3/bills/{item['id']}", org))["paymentStatus"] == "UNPAID"
    both = spec_body(_pay(bill, org, vendor["id"], (first["id"], 100), (second["id"], 25)))
    assert both["amount"] == 125.0
    assert [part["billId"] for part in both["billPayments"]] == [first["id"], second["id"]]


def test_record_payment_counts_the_same_bill_twice_against_its_balance(
    bill: Bill, org: dict[str, str], vendor: dict[str, Any]
) -> None:
    created = new_bill(bill, org, vendor["id"], {"amount": 100})
    response = _pay(bill, org, vendor["id"], (created["id"], 60), (created["id"], 60))
    assert response.status_code == 400
    assert spec_body(bill.call("GET", f"/v3/bills/{created['id']}", org))["paidAmount"] == 0


def test_record_payment_needs_the_vendors_open_bills(bill: Bill, org: dict[str, str], vendor: dict[str, Any]) -> None:
    other = new_vendor(bill, org, name="Other")
    theirs = new_bill(bill, org, other["id"])
    mine = new_bill(bill, org, vendor["id"])
    wrong_vendor = _pay(bill, org, vendor["id"], (theirs["id"], 1))
    assert "another vendor" in error_message(wrong_vendor)
    unknown = _pay(bill, org, vendor["id"], ("00n02AAAAAAAAAAAAAAA", 1))
    assert error_message(unknown).startswith("Invalid field,value: payments.0.billId, 00n02AAAAAAAAAAAAAAA.")
    bill.call("POST", f"/v3/bills/{mine['id']}/archive", org)
    assert "archived" in error_message(_pay(bill, org, vendor["id"], (mine["id"], 1)))
    for amount in (0, -1, 0.001):
        response = _pay(bill, org, vendor["id"], (mine["id"], amount))
        assert response.status_code == 400
        assert error_code(response) == "BDC_1119"


def test_record_payment_needs_an_active_vendor(bill: Bill, org: dict[str, str]) -> None:
    response = _pay(bill, org, "00902AAAAAAAAAAAAAAA", ("00n02AAAAAAAAAAAAAAA", 1))
    assert response.status_code == 400
    assert error_message(response).startswith("Invalid field,value: vendorId, 00902AAAAAAAAAAAAAAA.")


# the functions payments and bill approvals build on


def test_ap_functions_for_other_areas(
    bill: Bill, org: dict[str, str], vendor: dict[str, Any], mock: Mock, clock: MockClock
) -> None:
    created = new_bill(bill, org, vendor["id"], {"amount": 100})
    store, organization_id = mock.store, bill.org["organizationId"]
    record = require_bill(store, organization_id, created["id"])
    assert record is ap_tables(store).bills[created["id"]]
    assert require_active_vendor(store, organization_id, vendor["id"]).name == "Happy Music Supplies"
    assert open_balance(record) == Decimal("100.00")
    apply_payment(record, Decimal("40"), clock.advance(60))
    assert (open_balance(record), record.payment_status) == (Decimal("60.00"), "PARTIAL")
    with pytest.raises(BillError) as too_much:
        apply_payment(record, Decimal("60.01"), clock.now())
    assert too_much.value.status == 400
    with pytest.raises(BillError):
        apply_payment(record, Decimal("0"), clock.now())
    record.scheduled_amount = Decimal("60.00")
    assert record.payment_status == "SCHEDULED"
    record.scheduled_amount = Decimal("0.00")
    apply_payment(record, Decimal("60"), clock.now())
    assert (open_balance(record), record.payment_status) == (Decimal("0.00"), "PAID")
    with pytest.raises(BillError) as missing:
        require_bill(store, organization_id, "00n02AAAAAAAAAAAAAAA")
    assert (missing.value.status, missing.value.code) == (404, "BDC_1205")
    shown = spec_body(bill.call("GET", f"/v3/bills/{created['id']}", org))
    assert (shown["paidAmount"], shown["paymentStatus"], shown["updatedTime"]) == (
        100.0,
        "PAID",
        "2026-01-01T00:01:00.000+00:00",
    )


def test_approvers_set_by_bill_approvals_are_shown(
    bill: Bill, org: dict[str, str], vendor: dict[str, Any], mock: Mock, clock: MockClock
) -> None:
    from bill_mock.areas.ap import BillApprover

    created = new_bill(bill, org, vendor["id"])
    record = require_bill(mock.store, bill.org["organizationId"], created["id"])
    record.approvers = [BillApprover(bill.org["userId"], "WAITING", 1, clock.now())]
    record.approval_status = "ASSIGNED"
    shown = spec_body(bill.call("GET", f"/v3/bills/{created['id']}", org))
    assert shown["approvalStatus"] == "ASSIGNED"
    assert shown["approvers"] == [
        {
            "userId": bill.org["userId"],
            "status": "WAITING",
            "approverOrder": 1,
            "statusChangedTime": "2026-01-01T00:00:00.000+00:00",
        }
    ]
