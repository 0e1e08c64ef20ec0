"""Recurring invoices: create (schedule rules), replace, update, archive, restore and lists."""

from __future__ import annotations

from typing import Any

import pytest

from bill_mock import MockClock
from tests.mock.ar_support import Ar, other_organization
from tests.mock.support import Bill

TEMPLATES = "/v3/recurring-invoices"
SCHEDULE = {
    "period": "MONTHLY",
    "frequency": 1,
    "nextDueDate": "2026-01-31",
    "endDate": "2026-11-01",
    "daysInAdvance": 5,
}
LINE = {"amount": 19.99, "quantity": 1, "description": "Monthly subscription"}


@pytest.fixture
def ar(bill: Bill) -> Ar:
    return Ar(bill)


@pytest.fixture
def customer(ar: Ar) -> dict[str, Any]:
    return ar.customer()


def _body(customer_id: str, **fields: Any) -> dict[str, Any]:
    return {"customerId": customer_id, "schedule": SCHEDULE, "recurringInvoiceLineItems": [LINE], **fields}


def _create(ar: Ar, customer_id: str, **fields: Any) -> dict[str, Any]:
    created: dict[str, Any] = ar.ok("POST", TEMPLATES, 201, json=_body(customer_id, **fields))
    return created


def test_create_recurring_invoice(ar: Ar, customer: dict[str, Any]) -> None:
    template = _create(ar, customer["id"], description="Tea club", sendEmail=True)
    assert len(template["id"]) == 20
    assert template["customerId"] == customer["id"]
    assert template["schedule"] == SCHEDULE
    assert template["archived"] is False
    assert (template["description"], template["sendEmail"]) == ("Tea club", True)
    [line] = template["recurringInvoiceLineItems"]
    assert (line["amount"], line["quantity"], line["description"]) == (19.99, 1, "Monthly subscription")
    assert ar.ok("GET", f"{TEMPLATES}/{template['id']}") == template


@pytest.mark.parametrize(
    "change",
    [
        {"schedule": {**SCHEDULE, "period": "HOURLY"}},
        {"schedule": {**SCHEDULE, "frequency": 0}},
        {"schedule": {**SCHEDULE, "daysInAdvance": -1}},
        {"schedule": {"period": "WEEKLY", "frequency": 1}},
        {"recurringInvoiceLineItems": []},
        {"recurringInvoiceLineItems": [{"amount": 5}]},
        {"recurringInvoiceLineItems": [{"quantity": 5}]},
    ],
)
def test_schedule_and_line_fields(ar: Ar, customer: dict[str, Any], change: dict[str, Any]) -> None:
    assert ar.call("POST", TEMPLATES, json=_body(customer["id"], **change)).status_code == 400
    assert ar.ids(TEMPLATES) == []


def test_a_schedule_ends_no_earlier_than_its_next_due_date(ar: Ar, customer: dict[str, Any]) -> None:
    early_end = {**SCHEDULE, "endDate": "2026-01-30"}
    message = ar.refused("POST", TEMPLATES, json=_body(customer["id"], schedule=early_end))
    assert message.startswith("Invalid field,value: schedule.endDate, 2026-01-30")
    same_day = _create(ar, customer["id"], schedule={**SCHEDULE, "endDate": "2026-01-31"})
    assert same_day["schedule"]["endDate"] == "2026-01-31"
    path = f"{TEMPLATES}/{same_day['id']}"
    assert "schedule.endDate" in ar.refused("PATCH", path, json={"schedule": {"nextDueDate": "2026-02-28"}})


def test_a_date_no_calendar_has_is_a_bad_value(ar: Ar, customer: dict[str, Any]) -> None:
    year_zero = {**SCHEDULE, "nextDueDate": "0000-01-01"}
    message = ar.refused("POST", TEMPLATES, json=_body(customer["id"], schedule=year_zero))
    assert message == "Invalid field,value: schedule.nextDueDate, 0000-01-01"


@pytest.mark.parametrize("period", ["DAILY", "WEEKLY", "MONTHLY", "YEARLY"])
def test_every_period_bill_documents(ar: Ar, customer: dict[str, Any], period: str) -> None:
    assert _create(ar, customer["id"], schedule={**SCHEDULE, "period": period})["schedule"]["period"] == period


def test_the_customer_must_be_an_active_one_of_the_organization(bill: Bill, ar: Ar, customer: dict[str, Any]) -> None:
    theirs = other_organization(bill).customer()
    assert ar.refused("POST", TEMPLATES, json=_body(theirs["id"])).startswith("Invalid field,value: customerId")
    ar.ok("POST", f"/v3/customers/{customer['id']}/archive")
    assert "restore" in ar.refused("POST", TEMPLATES, json=_body(customer["id"]))


def test_replace_sends_the_template_whole(ar: Ar, customer: dict[str, Any], clock: MockClock) -> None:
    template = _create(ar, customer["id"], description="Tea club")
    [kept] = template["recurringInvoiceLineItems"]
    clock.advance(60)
    lines = [{**LINE, "id": kept["id"]}, {"amount": 4.99, "quantity": 1, "description": "Decaf tea"}]
    weekly = {"period": "WEEKLY", "frequency": 2, "nextDueDate": "2026-01-15"}
    body = _body(customer["id"], schedule=weekly, recurringInvoiceLineItems=lines)
    replaced = ar.ok("PUT", f"{TEMPLATES}/{template['id']}", json=body)
    assert replaced["schedule"] == weekly, "schedule fields left out are cleared"
    assert "description" not in replaced
    assert replaced["recurringInvoiceLineItems"][0]["id"] == kept["id"]
    assert [line["amount"] for line in replaced["recurringInvoiceLineItems"]] == [19.99, 4.99]
    assert replaced["updatedTime"] == "2026-01-01T00:01:00.000+00:00"
    gone = _body(customer["id"], recurringInvoiceLineItems=[{**LINE, "id": "0li02AAAAAAAAAAAAAAA"}])
    assert "recurringInvoiceLineItems.0.id" in ar.refused("PUT", f"{TEMPLATES}/{template['id']}", json=gone)


def test_update_changes_only_what_is_sent(ar: Ar, customer: dict[str, Any]) -> None:
    template = _create(ar, customer["id"], description="Tea club")
    [line] = template["recurringInvoiceLineItems"]
    path = f"{TEMPLATES}/{template['id']}"
    body = {"schedule": {"frequency": 3}, "recurringInvoiceLineItems": [{"id": line["id"], "amount": 22.99}]}
    updated = ar.ok("PATCH", path, json=body)
    assert updated["schedule"] == {**SCHEDULE, "frequency": 3}
    assert updated["description"] == "Tea club"
    assert updated["recurringInvoiceLineItems"] == [{**line, "amount": 22.99}]
    added = ar.ok("PATCH", path, json={"recurringInvoiceLineItems": [{"amount": 1, "quantity": 2}]})
    assert len(added["recurringInvoiceLineItems"]) == 2
    message = ar.refused("PATCH", path, code="BDC_1117", json={"recurringInvoiceLineItems": [{"quantity": 2}]})
    assert message == "Missing required data for: recurringInvoiceLineItems.0.amount"
    ar.refused("PATCH", path, json={"schedule": {}})
    ar.refused("PATCH", path, json={})


def test_archive_and_restore_are_idempotent(ar: Ar, customer: dict[str, Any], clock: MockClock) -> None:
    template = _create(ar, customer["id"])
    clock.advance(60)
    archived = ar.ok("POST", f"{TEMPLATES}/{template['id']}/archive")
    assert archived["archived"] is True
    clock.advance(60)
    assert ar.ok("POST", f"{TEMPLATES}/{template['id']}/archive") == archived
    restored = ar.ok("POST", f"{TEMPLATES}/{template['id']}/restore")
    assert restored["archived"] is False
    assert ar.ok("POST", f"{TEMPLATES}/{template['id']}/restore") == restored


def test_recurring_invoices_belong_to_one_organization(bill: Bill, ar: Ar) -> None:
    other = other_organization(bill)
    theirs = other.ok("POST", TEMPLATES, 201, json=_body(other.customer()["id"]))
    for method, suffix, body in (
        ("GET", "", None),
        ("PATCH", "", {"description": "X"}),
        ("PUT", "", _body(theirs["customerId"])),
        ("POST", "/archive", None),
        ("POST", "/restore", None),
    ):
        ar.refused(method, f"{TEMPLATES}/{theirs['id']}{suffix}", 404, "BDC_1205", json=body)
    assert ar.ids(TEMPLATES) == []


def test_list_filters_and_sort(ar: Ar, customer: dict[str, Any], clock: MockClock) -> None:
    other = ar.customer("Other")
    first = _create(ar, customer["id"])
    clock.advance(60)
    second = _create(ar, other["id"])
    ar.ok("POST", f"{TEMPLATES}/{first['id']}/archive")
    assert ar.ids(TEMPLATES) == [first["id"], second["id"]]
    assert ar.ids(TEMPLATES, sort="archived") == [second["id"], first["id"]]
    assert ar.ids(TEMPLATES, filters="archived:eq:false") == [second["id"]]
    assert ar.ids(TEMPLATES, filters=f"customerId:eq:{customer['id']}") == [first["id"]]
    assert ar.ids(TEMPLATES, filters="createdTime:gt:2026-01-01T00:00:30Z") == [second["id"]]
