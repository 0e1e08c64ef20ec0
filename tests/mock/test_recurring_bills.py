"""Recurring bills (/v3/recurringbills): create, read, replace, update, archive and restore, through the ASGI app."""

from __future__ import annotations

from typing import Any

import pytest

from bill_mock import MockClock
from tests.mock.support import Bill, error_code, error_message, spec_body
from tests.mock.test_vendors import new_vendor, other_organization

SCHEDULE = {
    "period": "MONTHLY",
    "frequency": 1,
    "nextDueDate": "2026-01-31",
    "endDate": "2026-12-31",
    "daysInAdvance": 5,
}
PATH = "/v3/recurringbills"


def recurring_body(vendor_id: str, *lines: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return {
        "vendorId": vendor_id,
        "schedule": SCHEDULE,
        "recurringBillLineItems": list(lines) or [{"amount": 19.99, "description": "Monthly subscription"}],
        **fields,
    }


def new_recurring(
    bill: Bill, headers: dict[str, str], vendor_id: str, *lines: dict[str, Any], **fields: Any
) -> dict[str, Any]:
    response = bill.call("POST", PATH, headers, json=recurring_body(vendor_id, *lines, **fields))
    assert response.status_code == 201, response.text
    created: dict[str, Any] = spec_body(response)
    return created


def trusted_session(bill: Bill) -> dict[str, str]:
    """An organization session made MFA-trusted by a validated challenge."""
    headers = bill.org_headers()
    challenge = bill.call("POST", "/v3/mfa/challenge", headers).json()
    body = {"challengeId": challenge["challengeId"], "token": bill.sandbox["mfa"]["token"]}
    assert bill.call("POST", "/v3/mfa/challenge/validate", headers, json=body).status_code == 200
    return headers


@pytest.fixture
def org(bill: Bill) -> dict[str, str]:
    return bill.org_headers()


@pytest.fixture
def vendor(bill: Bill, org: dict[str, str]) -> dict[str, Any]:
    return new_vendor(bill, org)


def test_create_recurring_bill(bill: Bill, org: dict[str, str], vendor: dict[str, Any]) -> None:
    created = new_recurring(
        bill,
        org,
        vendor["id"],
        {"amount": 19.99},
        {"quantity": 2, "price": 5},
        description="SaaS",
        paymentInformation={"bankAccountId": "bac02AAAAAAAAAAAAAAA"},
    )
    assert created["id"].startswith("btp02")
    assert len(created["id"]) == 20
    assert created["vendorId"] == vendor["id"]
    assert created["schedule"] == SCHEDULE
    assert [line["amount"] for line in created["recurringBillLineItems"]] == [19.99, 10.0]
    assert created["description"] == "SaaS"
    assert created["paymentInformation"] == {"bankAccountId": "bac02AAAAAAAAAAAAAAA"}
    assert created["archived"] is False
    assert created["createdTime"] == "2026-01-01T00:00:00.000+00:00"


def test_the_path_has_no_hyphen(bill: Bill, org: dict[str, str], vendor: dict[str, Any]) -> None:
    response = bill.call("POST", "/v3/recurring-bills", org, json=recurring_body(vendor["id"]))
    assert response.status_code == 404
    assert error_code(response) == "BDC_1121"


@pytest.mark.parametrize("missing", ["vendorId", "schedule", "recurringBillLineItems"])
def test_required_fields(bill: Bill, org: dict[str, str], vendor: dict[str, Any], missing: str) -> None:
    body = recurring_body(vendor["id"])
    del body[missing]
    response = bill.call("POST", PATH, org, json=body)
    assert response.status_code == 400
    assert error_message(response) == f"Missing required data for: {missing}"


@pytest.mark.parametrize(
    ("schedule", "message"),
    [
        ({**SCHEDULE, "period": "HOURLY"}, "Invalid field,value: schedule.period, HOURLY"),
        ({**SCHEDULE, "frequency": 0}, "Invalid field,value: schedule.frequency, 0"),
        (
            {key: value for key, value in SCHEDULE.items() if key != "nextDueDate"},
            "Missing required data for: schedule.nextDueDate",
        ),
        (
            {**SCHEDULE, "endDate": "2026-01-30"},
            "Invalid field,value: schedule.endDate, 2026-01-30. The end date cannot come before nextDueDate.",
        ),
    ],
)
def test_the_schedule(
    bill: Bill, org: dict[str, str], vendor: dict[str, Any], schedule: dict[str, Any], message: str
) -> None:
    response = bill.call("POST", PATH, org, json=recurring_body(vendor["id"], schedule=schedule))
    assert response.status_code == 400
    assert error_message(response) == message


def test_the_vendor_must_be_active_in_the_organization(bill: Bill, org: dict[str, str], vendor: dict[str, Any]) -> None:
    foreign = new_vendor(bill, other_organization(bill))
    response = bill.call("POST", PATH, org, json=recurring_body(foreign["id"]))
    assert response.status_code == 400
    assert "create the vendor" in error_message(response)
    bill.call("POST", f"/v3/vendors/{vendor['id']}/archive", org)
    assert "restore it" in error_message(bill.call("POST", PATH, org, json=recurring_body(vendor["id"])))


def test_auto_payment_needs_an_mfa_trusted_session(bill: Bill, org: dict[str, str], vendor: dict[str, Any]) -> None:
    body = recurring_body(vendor["id"], processingOptions={"autoPayment": True})
    refused = bill.call("POST", PATH, org, json=body)
    assert refused.status_code == 403
    assert error_code(refused) == "BDC_1145"
    assert "MFA-trusted" in error_message(refused)
    off = new_recurring(bill, org, vendor["id"], processingOptions={"autoPayment": False})
    assert (
        bill.call("PATCH", f"{PATH}/{off['id']}", org, json={"processingOptions": {"autoPayment": True}}).status_code
        == 403
    )
    trusted = trusted_session(bill)
    created = spec_body(bill.call("POST", PATH, trusted, json=body))
    assert created["processingOptions"] == {"autoPayment": True}


def test_put_replaces_and_patch_changes_what_it_names(
    bill: Bill, org: dict[str, str], vendor: dict[str, Any], clock: MockClock
) -> None:
    created = new_recurring(bill, org, vendor["id"], {"amount": 10}, {"amount": 20}, description="Old")
    kept, dropped = (line["id"] for line in created["recurringBillLineItems"])
    clock.advance(60)
    body = recurring_body(
        vendor["id"], {"id": kept, "amount": 22.99}, {"amount": 1}, schedule={**SCHEDULE, "period": "YEARLY"}
    )
    replaced = spec_body(bill.call("PUT", f"{PATH}/{created['id']}", org, json=body))
    lines = replaced["recurringBillLineItems"]
    assert lines[0] == {"id": kept, "amount": 22.99}
    assert lines[1]["id"] not in (kept, dropped)
    assert replaced["schedule"]["period"] == "YEARLY"
    assert "description" not in replaced
    assert replaced["updatedTime"] == "2026-01-01T00:01:00.000+00:00"
    patched = spec_body(
        bill.call(
            "PATCH",
            f"{PATH}/{created['id']}",
            org,
            json={"recurringBillLineItems": [{"id": kept, "description": "Plan", "quantity": 1}]},
        )
    )
    assert patched["recurringBillLineItems"][0] == {"id": kept, "amount": 22.99, "quantity": 1, "description": "Plan"}
    assert patched["recurringBillLineItems"][1] == lines[1]
    assert patched["schedule"]["period"] == "YEARLY"
    end = bill.call("PATCH", f"{PATH}/{created['id']}", org, json={"schedule": {**SCHEDULE, "endDate": "2025-01-01"}})
    assert end.status_code == 400
    assert spec_body(bill.call("GET", f"{PATH}/{created['id']}", org)) == patched


def test_archive_and_restore_are_idempotent(
    bill: Bill, org: dict[str, str], vendor: dict[str, Any], clock: MockClock
) -> None:
    created = new_recurring(bill, org, vendor["id"])
    clock.advance(60)
    archived = spec_body(bill.call("POST", f"{PATH}/{created['id']}/archive", org))
    assert archived["archived"] is True
    clock.advance(60)
    assert spec_body(bill.call("POST", f"{PATH}/{created['id']}/archive", org)) == archived
    restored = spec_body(bill.call("POST", f"{PATH}/{created['id']}/restore", org))
    assert restored["archived"] is False
    assert restored["updatedTime"] == "2026-01-01T00:02:00.000+00:00"
    assert spec_body(bill.call("POST", f"{PATH}/{created['id']}/restore", org)) == restored


def test_another_organizations_recurring_bill_is_not_found(
    bill: Bill, org: dict[str, str], vendor: dict[str, Any]
) -> None:
    created = new_recurring(bill, org, vendor["id"])
    other = other_organization(bill)
    for method, path, kwargs in [
        ("GET", "", {}),
        ("PUT", "", {"json": recurring_body(vendor["id"])}),
        ("PATCH", "", {"json": {"description": "x"}}),
        ("POST", "/archive", {}),
        ("POST", "/restore", {}),
    ]:
        response = bill.call(method, f"{PATH}/{created['id']}{path}", other, **kwargs)
        assert response.status_code == 404, (method, path)
        assert error_code(response) == "BDC_1205"
    assert spec_body(bill.call("GET", PATH, other))["results"] == []


def test_list_filters(bill: Bill, org: dict[str, str], vendor: dict[str, Any]) -> None:
    other = new_vendor(bill, org, name="Other")
    mine = new_recurring(bill, org, vendor["id"])
    theirs = new_recurring(bill, org, other["id"])
    bill.call("POST", f"{PATH}/{theirs['id']}/archive", org)

    def ids(**params: str) -> list[str]:
        return [item["id"] for item in spec_body(bill.call("GET", PATH, org, params=params))["results"]]

    assert ids(filters=f"vendorId:eq:{vendor['id']}") == [mine["id"]]
    assert ids(filters="archived:eq:true") == [theirs["id"]]
    assert error_code(bill.call("GET", PATH, org, params={"filters": "schedule:eq:x"})) == "BDC_1130"
