"""Vendor credits: create, read, replace, update and archive, one at a time and in bulk, through the ASGI app."""

from __future__ import annotations

from typing import Any

import pytest

from bill_mock import MockClock
from tests.mock.support import Bill, error_code, error_message, spec_body
from tests.mock.test_vendors import new_vendor, other_organization

CHART = "0ca02AAAAAAAAAAAAAAA"
BANK_ACCOUNT = "bac02AAAAAAAAAAAAAAA"


def credit_body(vendor_id: str, *lines: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return {
        "vendorId": vendor_id,
        "referenceNumber": "202502-vendorcredit",
        "creditDate": "2025-12-28",
        "vendorCreditLineItems": list(lines) or [{"description": "Drum sticks", "amount": 14.99}],
        **fields,
    }


def new_credit(
    bill: Bill, headers: dict[str, str], vendor_id: str, *lines: dict[str, Any], **fields: Any
) -> dict[str, Any]:
    response = bill.call("POST", "/v3/vendor-credits", headers, json=credit_body(vendor_id, *lines, **fields))
    assert response.status_code == 201, response.text
    created: dict[str, Any] = spec_body(response)
    return created


@pytest.fixture
def org(bill: Bill) -> dict[str, str]:
    return bill.org_headers()


@pytest.fixture
def vendor(bill: Bill, org: dict[str, str]) -> dict[str, Any]:
    return new_vendor(bill, org)


def test_create_vendor_credit(bill: Bill, org: dict[str, str], vendor: dict[str, Any]) -> None:
    credit = new_credit(
        bill, org, vendor["id"], {"amount": 14.99}, {"amount": 5, "description": "Strings"}, description="Returns"
    )
    assert credit["id"].startswith("vcr02")
    assert len(credit["id"]) == 20
    assert credit["vendorId"] == vendor["id"]
    assert credit["referenceNumber"] == "202502-vendorcredit"
    assert credit["creditDate"] == "2025-12-28"
    assert credit["description"] == "Returns"
    assert credit["amount"] == 19.99
    assert credit["appliedAmount"] == 0
    assert credit["status"] == "NOT_APPLIED"
    assert [line["amount"] for line in credit["vendorCreditLineItems"]] == [14.99, 5.0]
    assert credit["archived"] is False
    assert "usage" not in credit


@pytest.mark.parametrize("missing", ["vendorId", "referenceNumber", "creditDate", "vendorCreditLineItems"])
def test_required_fields(bill: Bill, org: dict[str, str], vendor: dict[str, Any], missing: str) -> None:
    body = credit_body(vendor["id"])
    del body[missing]
    response = bill.call("POST", "/v3/vendor-credits", org, json=body)
    assert response.status_code == 400
    assert error_message(response) == f"Missing required data for: {missing}"


def test_every_line_needs_an_amount_and_the_total_must_be_positive(
    bill: Bill, org: dict[str, str], vendor: dict[str, Any]
) -> None:
    no_amount = bill.call("POST", "/v3/vendor-credits", org, json=credit_body(vendor["id"], {"description": "x"}))
    assert error_message(no_amount) == "Missing required data for: vendorCreditLineItems.0.amount"
    no_lines = bill.call(
        "POST", "/v3/vendor-credits", org, json={**credit_body(vendor["id"]), "vendorCreditLineItems": []}
    )
    assert no_lines.status_code == 400
    zero = bill.call("POST", "/v3/vendor-credits", org, json=credit_body(vendor["id"], {"amount": 0}))
    assert "more than zero" in error_message(zero)


def test_the_vendor_must_be_active_in_the_organization(bill: Bill, org: dict[str, str], vendor: dict[str, Any]) -> None:
    foreign = new_vendor(bill, other_organization(bill))
    response = bill.call("POST", "/v3/vendor-credits", org, json=credit_body(foreign["id"]))
    assert response.status_code == 400
    assert error_code(response) == "BDC_1119"
    bill.call("POST", f"/v3/vendors/{vendor['id']}/archive", org)
    archived = bill.call("POST", "/v3/vendor-credits", org, json=credit_body(vendor["id"]))
    assert "restore it" in error_message(archived)


def test_apply_to_names_a_chart_of_accounts_or_a_bank_account_not_both(
    bill: Bill, org: dict[str, str], vendor: dict[str, Any]
) -> None:
    body = credit_body(vendor["id"], applyToChartOfAccountId=CHART, applyToBankAccountId=BANK_ACCOUNT)
    response = bill.call("POST", "/v3/vendor-credits", org, json=body)
    assert response.status_code == 400
    assert "not both" in error_message(response)
    credit = new_credit(bill, org, vendor["id"], applyToChartOfAccountId=CHART)
    switched = spec_body(
        bill.call("PATCH", f"/v3/vendor-credits/{credit['id']}", org, json={"applyToBankAccountId": BANK_ACCOUNT})
    )
    assert switched["applyToBankAccountId"] == BANK_ACCOUNT
    assert "applyToChartOfAccountId" not in switched


def test_put_replaces_lines_and_fields(
    bill: Bill, org: dict[str, str], vendor: dict[str, Any], clock: MockClock
) -> None:
    credit = new_credit(bill, org, vendor["id"], {"amount": 10}, {"amount": 20}, description="Old")
    kept, dropped = (line["id"] for line in credit["vendorCreditLineItems"])
    clock.advance(60)
    body = credit_body(
        vendor["id"], {"id": kept, "amount": 29.99, "description": "Gloves"}, {"amount": 1}, referenceNumber="R2"
    )
    replaced = spec_body(bill.call("PUT", f"/v3/vendor-credits/{credit['id']}", org, json=body))
    lines = replaced["vendorCreditLineItems"]
    assert lines[0] == {"id": kept, "amount": 29.99, "description": "Gloves"}
    assert lines[1]["id"] not in (kept, dropped)
    assert replaced["amount"] == 30.99
    assert replaced["referenceNumber"] == "R2"
    assert "description" not in replaced
    assert replaced["updatedTime"] == "2026-01-01T00:01:00.000+00:00"


def test_patch_changes_only_what_it_names(bill: Bill, org: dict[str, str], vendor: dict[str, Any]) -> None:
    credit = new_credit(bill, org, vendor["id"], {"amount": 10, "description": "A"}, {"amount": 20}, description="Keep")
    first, second = (line["id"] for line in credit["vendorCreditLineItems"])
    body = {"vendorCreditLineItems": [{"id": first, "amount": 19.99}]}
    updated = spec_body(bill.call("PATCH", f"/v3/vendor-credits/{credit['id']}", org, json=body))
    assert updated["vendorCreditLineItems"] == [
        {"id": first, "amount": 19.99, "description": "A"},
        {"id": second, "amount": 20.0},
    ]
    assert updated["description"] == "Keep"
    unknown = bill.call(
        "PATCH",
        f"/v3/vendor-credits/{credit['id']}",
        org,
        json={"vendorCreditLineItems": [{"id": "0bl02AAAAAAAAAAAAAAA", "amount": 1}]},
    )
    assert unknown.status_code == 400
    assert error_message(unknown).startswith("Invalid field,value: vendorCreditLineItems.0.id, 0bl02AAAAAAAAAAAAAAA.")


def test_archive_is_final_and_idempotent(
    bill: Bill, org: dict[str, str], vendor: dict[str, Any], clock: MockClock
) -> None:
    credit = new_credit(bill, org, vendor["id"])
    clock.advance(60)
    archived = spec_body(bill.call("POST", f"/v3/vendor-credits/{credit['id']}/archive", org))
    assert archived["archived"] is True
    clock.advance(60)
    assert spec_body(bill.call("POST", f"/v3/vendor-credits/{credit['id']}/archive", org)) == archived
    restore = bill.call("POST", f"/v3/vendor-credits/{credit['id']}/restore", org)
    assert restore.status_code == 404
    assert error_code(restore) == "BDC_1121"
    changed = bill.call("PATCH", f"/v3/vendor-credits/{credit['id']}", org, json={"description": "x"})
    assert changed.status_code == 400
    assert "archived" in error_message(changed)


def test_a_credit_of_another_organization_is_not_found(bill: Bill, org: dict[str, str], vendor: dict[str, Any]) -> None:
    credit = new_credit(bill, org, vendor["id"])
    other = other_organization(bill)
    for method, path, kwargs in [
        ("GET", "", {}),
        ("PUT", "", {"json": credit_body(vendor["id"])}),
        ("PATCH", "", {"json": {"description": "x"}}),
        ("POST", "/archive", {}),
    ]:
        response = bill.call(method, f"/v3/vendor-credits/{credit['id']}{path}", other, **kwargs)
        assert response.status_code == 404, (method, path)
        assert error_code(response) == "BDC_1205"
    assert spec_body(bill.call("GET", "/v3/vendor-credits", other))["results"] == []
    archive = bill.call("POST", "/v3/vendor-credits/bulk/archive", other, params={"ids": credit["id"]})
    assert archive.status_code == 404


def test_list_filters(bill: Bill, org: dict[str, str], vendor: dict[str, Any]) -> None:
    other = new_vendor(bill, org, name="Other")
    mine = new_credit(bill, org, vendor["id"], creditDate="2025-11-01")
    theirs = new_credit(bill, org, other["id"], creditDate="2025-12-01")

    def ids(**params: str) -> list[str]:
        return [item["id"] for item in spec_body(bill.call("GET", "/v3/vendor-credits", org, params=params))["results"]]

    assert ids(filters=f"vendorId:eq:{vendor['id']}") == [mine["id"]]
    assert ids(sort="creditDate:desc") == [theirs["id"], mine["id"]]
    assert ids(filters="status:eq:NOT_APPLIED,archived:eq:false") == [mine["id"], theirs["id"]]


# bulk


def test_bulk_create_up_to_50_all_or_nothing(bill: Bill, org: dict[str, str], vendor: dict[str, Any]) -> None:
    created = bill.call("POST", "/v3/vendor-credits/bulk", org, json=[credit_body(vendor["id"])] * 50)
    assert created.status_code == 201
    assert len(spec_body(created)["vendorCredits"]) == 50
    assert bill.call("POST", "/v3/vendor-credits/bulk", org, json=[credit_body(vendor["id"])] * 51).status_code == 400
    mixed = [credit_body(vendor["id"], referenceNumber="new"), credit_body("00902AAAAAAAAAAAAAAA")]
    refused = bill.call("POST", "/v3/vendor-credits/bulk", org, json=mixed)
    assert error_message(refused).startswith("Invalid field,value: 1.vendorId, 00902AAAAAAAAAAAAAAA.")
    listed = spec_body(bill.call("GET", "/v3/vendor-credits", org, params={"max": 100}))["results"]
    assert len(listed) == 50
    assert "new" not in {item["referenceNumber"] for item in listed}


def test_bulk_replace_and_update(bill: Bill, org: dict[str, str], vendor: dict[str, Any]) -> None:
    first = new_credit(bill, org, vendor["id"])
    second = new_credit(bill, org, vendor["id"])
    replace = [
        {**credit_body(vendor["id"], {"amount": 1}), "id": first["id"]},
        {**credit_body(vendor["id"], {"amount": 2}), "id": second["id"]},
    ]
    replaced = spec_body(bill.call("PUT", "/v3/vendor-credits/bulk", org, json=replace))["vendorCredits"]
    assert [item["amount"] for item in replaced] == [1.0, 2.0]
    update = [{"id": first["id"], "description": "one"}, {"id": second["id"], "referenceNumber": "two"}]
    updated = spec_body(bill.call("PATCH", "/v3/vendor-credits/bulk", org, json=update))["vendorCredits"]
    assert (updated[0]["description"], updated[1]["referenceNumber"]) == ("one", "two")
    assert [item["amount"] for item in updated] == [1.0, 2.0]


def test_bulk_changes_are_all_or_nothing(bill: Bill, org: dict[str, str], vendor: dict[str, Any]) -> None:
    credit = new_credit(bill, org, vendor["id"])
    unknown = [{"id": credit["id"], "description": "changed"}, {"id": "vcr02AAAAAAAAAAAAAAA", "description": "x"}]
    response = bill.call("PATCH", "/v3/vendor-credits/bulk", org, json=unknown)
    assert response.status_code == 404
    assert error_code(response) == "BDC_1205"
    twice = [{"id": credit["id"], "description": "a"}, {"id": credit["id"], "description": "b"}]
    response = bill.call("PATCH", "/v3/vendor-credits/bulk", org, json=twice)
    assert response.status_code == 400
    assert error_message(response).startswith(f"Invalid field,value: 1.id, {credit['id']}.")
    assert "description" not in spec_body(bill.call("GET", f"/v3/vendor-credits/{credit['id']}", org))
    needs_a_change = bill.call("PATCH", "/v3/vendor-credits/bulk", org, json=[{"id": credit["id"]}])
    assert needs_a_change.status_code == 400


def test_bulk_archive(bill: Bill, org: dict[str, str], vendor: dict[str, Any]) -> None:
    first = new_credit(bill, org, vendor["id"])
    second = new_credit(bill, org, vendor["id"])
    path = "/v3/vendor-credits/bulk/archive"
    unknown = bill.call("POST", path, org, params={"ids": f"{first['id']},vcr02AAAAAAAAAAAAAAA"})
    assert unknown.status_code == 404
    assert spec_body(bill.call("GET", f"/v3/vendor-credits/{first['id']}", org))["archived"] is False
    for bad in ["not-an-id", f"{first['id']},", ",".join([first["id"]] * 1 + [f"vcr02{n:015d}" for n in range(50)])]:
        response = bill.call("POST", path, org, params={"ids": bad})
        assert response.status_code == 400, bad
        assert error_code(response) == "BDC_1129"
    missing = bill.call("POST", path, org)
    assert error_code(missing) == "BDC_1108"
    archived = spec_body(bill.call("POST", path, org, params={"ids": f"{second['id']},{first['id']},{second['id']}"}))
    assert [(item["id"], item["archived"]) for item in archived["vendorCredits"]] == [
        (second["id"], True),
        (first["id"], True),
    ]


# applying credits to bills


def _bill_with_credits(bill: Bill, org: dict[str, str], vendor_id: str, amount: float, *uses: tuple[str, float]) -> Any:
    body = {
        "vendorId": vendor_id,
        "dueDate": "2026-01-31",
        "invoice": {"invoiceNumber": "INV-1", "invoiceDate": "2026-01-01"},
        "billLineItems": [{"amount": amount}],
        "vendorCredits": [{"id": credit_id, "amount": used} for credit_id, used in uses],
    }
    return bill.call("POST", "/v3/bills", org, json=body)


def test_a_bill_applies_credits_of_its_vendor(bill: Bill, org: dict[str, str], vendor: dict[str, Any]) -> None:
    credit = new_credit(bill, org, vendor["id"], {"amount": 50})
    first = spec_body(_bill_with_credits(bill, org, vendor["id"], 100, (credit["id"], 30)))
    assert (first["creditAmount"], first["dueAmount"], first["paymentStatus"]) == (30.0, 70.0, "PARTIAL")
    used = spec_body(bill.call("GET", f"/v3/vendor-credits/{credit['id']}", org))
    assert (used["appliedAmount"], used["status"]) == (30.0, "PARTIALLY_APPLIED")
    assert used["usage"] == [{"billId": first["id"], "amount": 30.0}]
    too_much = _bill_with_credits(bill, org, vendor["id"], 100, (credit["id"], 25))
    assert too_much.status_code == 400
    assert (
        error_message(too_much)
        == "Invalid field,value: vendorCredits.0.amount, 25.0. The credit has 20.00 left to apply."
    )
    covered = spec_body(_bill_with_credits(bill, org, vendor["id"], 20, (credit["id"], 20)))
    assert (covered["dueAmount"], covered["paymentStatus"]) == (0.0, "PAID")
    assert spec_body(bill.call("GET", f"/v3/vendor-credits/{credit['id']}", org))["status"] == "FULLY_APPLIED"
    lowered = bill.call(
        "PATCH",
        f"/v3/vendor-credits/{credit['id']}",
        org,
        json={"vendorCreditLineItems": [{"id": credit["vendorCreditLineItems"][0]["id"], "amount": 40}]},
    )
    assert lowered.status_code == 400
    assert "already applied" in error_message(lowered)


def test_only_the_vendors_active_credits_up_to_the_bill_amount(
    bill: Bill, org: dict[str, str], vendor: dict[str, Any]
) -> None:
    other = new_vendor(bill, org, name="Other")
    theirs = new_credit(bill, org, other["id"], {"amount": 50})
    assert "another vendor" in error_message(_bill_with_credits(bill, org, vendor["id"], 100, (theirs["id"], 10)))
    unknown = _bill_with_credits(bill, org, vendor["id"], 100, ("vcr02AAAAAAAAAAAAAAA", 10))
    assert error_message(unknown).startswith("Invalid field,value: vendorCredits.0.id, vcr02AAAAAAAAAAAAAAA.")
    mine = new_credit(bill, org, vendor["id"], {"amount": 50})
    over = _bill_with_credits(bill, org, vendor["id"], 10, (mine["id"], 20))
    assert error_message(over) == "Invalid field,value: vendorCredits, 20.0. Credits cannot exceed the bill's amount."
    bill.call("POST", f"/v3/vendor-credits/{mine['id']}/archive", org)
    assert "archived" in error_message(_bill_with_credits(bill, org, vendor["id"], 100, (mine["id"], 10)))
    assert spec_body(bill.call("GET", "/v3/bills", org))["results"] == []


def test_bulk_bills_share_a_credit_all_or_nothing(bill: Bill, org: dict[str, str], vendor: dict[str, Any]) -> None:
    credit = new_credit(bill, org, vendor["id"], {"amount": 50})
    item = {
        "vendorId": vendor["id"],
        "dueDate": "2026-01-31",
        "invoice": {"invoiceNumber": "INV-1", "invoiceDate": "2026-01-01"},
        "billLineItems": [{"amount": 100}],
        "vendorCredits": [{"id": credit["id"], "amount": 30}],
    }
    response = bill.call("POST", "/v3/bills/bulk", org, json=[item, item])
    assert response.status_code == 400
    assert error_message(response).startswith("Invalid field,value: 1.vendorCredits.0.amount, 30.0.")
    assert spec_body(bill.call("GET", "/v3/bills", org))["results"] == []
    assert spec_body(bill.call("GET", f"/v3/vendor-credits/{credit['id']}", org))["appliedAmount"] == 0
