"""Invoices: create (customer rules, numbering, default dates, totals), replace, update, archive, email, payment
links, payments recorded after the fact, and lists."""

from __future__ import annotations

from typing import Any

import pytest

from bill_mock import MockClock
from bill_mock.areas.ar import ar_tables
from bill_mock.mock import Mock
from tests.mock.ar_support import LINES, Ar, other_organization
from tests.mock.support import Bill


@pytest.fixture
def ar(bill: Bill) -> Ar:
    return Ar(bill)


@pytest.fixture
def customer(ar: Ar) -> dict[str, Any]:
    return ar.customer()


def test_create_invoice(ar: Ar, customer: dict[str, Any]) -> None:
    invoice = ar.invoice(customer["id"], invoiceNumber="202502", dueDate="2026-12-31")
    assert invoice["id"].startswith("00e02")
    assert len(invoice["id"]) == 20
    assert invoice["customerId"] == customer["id"]
    assert invoice["invoiceNumber"] == "202502"
    assert invoice["invoiceDate"] == "2026-01-01", "defaults to today on the mock's clock"
    assert invoice["dueDate"] == "2026-12-31"
    assert invoice["totalAmount"] == invoice["dueAmount"] == 79.98
    assert invoice["creditAmount"] == 0.0
    assert invoice["status"] == "OPEN"
    assert "payments" not in invoice
    lines = invoice["invoiceLineItems"]
    assert [(line["quantity"], line["price"], line["amount"]) for line in lines] == [(2, 14.99, 29.98), (1, 50, 50)]
    assert lines[0]["description"] == "Drum sticks"
    assert len({line["id"] for line in lines}) == 2


def test_due_date_defaults_to_today(ar: Ar, customer: dict[str, Any], clock: MockClock) -> None:
    ar.later(clock, 3)
    invoice = ar.invoice(customer["id"])
    assert invoice["invoiceDate"] == invoice["dueDate"] == "2026-01-04"


def test_a_date_no_calendar_has_is_a_bad_value(ar: Ar, customer: dict[str, Any]) -> None:
    body = {"customer": {"id": customer["id"]}, "invoiceLineItems": LINES, "dueDate": "0000-01-01"}
    assert ar.refused("POST", "/v3/invoices", json=body) == "Invalid field,value: dueDate, 0000-01-01"
    invoice = ar.invoice(customer["id"], dueDate="2026-02-01")
    path = f"/v3/invoices/{invoice['id']}"
    ar.refused("PATCH", path, json={"invoiceNumber": "X-1", "invoiceDate": "0000-01-01"})
    assert ar.get_invoice(invoice["id"]) == invoice, "a refused update changes nothing"


def test_amounts_are_rounded_to_cents(ar: Ar, customer: dict[str, Any]) -> None:
    invoice = ar.invoice(customer["id"], [{"quantity": 3, "price": 0.335}, {"quantity": 0.5, "price": 0.01}])
    assert [line["amount"] for line in invoice["invoiceLineItems"]] == [1.01, 0.01]
    assert invoice["totalAmount"] == 1.02


def test_a_flat_customer_id_is_refused_naming_customer(ar: Ar, customer: dict[str, Any]) -> None:
    body = {"customerId": customer["id"], "invoiceLineItems": LINES}
    assert ar.refused("POST", "/v3/invoices", code="BDC_1117", json=body) == "Missing required data for: customer"
    body = {"customer": {"id": customer["id"]}, "customerId": customer["id"], "invoiceLineItems": LINES}
    assert "customerId" in ar.refused("POST", "/v3/invoices", json=body)
    assert ar.ids("/v3/invoices") == []


def test_customer_by_name_and_email_is_created(ar: Ar) -> None:
    body = {"customer": {"name": "Walk-in", "email": "walk@example.com"}, "invoiceLineItems": LINES}
    invoice = ar.ok("POST", "/v3/invoices", 201, json=body)
    created = ar.ok("GET", f"/v3/customers/{invoice['customerId']}")
    assert (created["name"], created["email"]) == ("Walk-in", "walk@example.com")


@pytest.mark.parametrize(
    ("customer_ref", "code", "named"),
    [
        ({"name": "Walk-in"}, "BDC_1117", "customer.email"),
        ({"email": "walk@example.com"}, "BDC_1117", "customer.name"),
        ({"id": "0cu02AAAAAAAAAAAAAAA"}, "BDC_1119", "customer.id"),
        ({"id": "0cu02AAAAAAAAAAAAAAA", "name": "X"}, "BDC_1119", "customer"),
        ({}, "BDC_1119", "customer"),
    ],
)
def test_customer_reference_rules(ar: Ar, customer_ref: dict[str, str], code: str, named: str) -> None:
    message = ar.refused("POST", "/v3/invoices", code=code, json={"customer": customer_ref, "invoiceLineItems": LINES})
    assert named in message
    assert ar.ids("/v3/customers") == [], "nothing is created by a refused invoice"


def test_an_archived_customer_gets_no_invoice(ar: Ar, customer: dict[str, Any]) -> None:
    ar.ok("POST", f"/v3/customers/{customer['id']}/archive")
    body = {"customer": {"id": customer["id"]}, "invoiceLineItems": LINES}
    assert "restore" in ar.refused("POST", "/v3/invoices", json=body)


def test_a_customer_of_another_organization_is_a_bad_value(bill: Bill, ar: Ar) -> None:
    theirs = other_organization(bill).customer()
    body = {"customer": {"id": theirs["id"]}, "invoiceLineItems": LINES}
    assert ar.refused("POST", "/v3/invoices", json=body).startswith("Invalid field,value: customer.id")


@pytest.mark.parametrize(
    "lines",
    [[], [{"price": 1}], [{"quantity": 0, "price": 1}], [{"quantity": 1, "price": -1}], [{"quantity": 1, "amount": 5}]],
)
def test_lines_need_a_positive_quantity_and_a_price_of_zero_or_more(
    ar: Ar, customer: dict[str, Any], lines: list[dict[str, Any]]
) -> None:
    response = ar.call("POST", "/v3/invoices", json={"customer": {"id": customer["id"]}, "invoiceLineItems": lines})
    assert response.status_code == 400


def test_invoice_numbers_are_generated_and_unique(bill: Bill, ar: Ar, customer: dict[str, Any]) -> None:
    assert ar.invoice(customer["id"])["invoiceNumber"] == "1"
    assert ar.invoice(customer["id"], invoiceNumber="2")["invoiceNumber"] == "2"
    assert ar.invoice(customer["id"])["invoiceNumber"] == "3"
    body = {"customer": {"id": customer["id"]}, "invoiceLineItems": LINES, "invoiceNumber": "2"}
    assert "already has that number" in ar.refused("POST", "/v3/invoices", json=body)
    other = other_organization(bill)
    assert other.invoice(other.customer()["id"], invoiceNumber="2")["invoiceNumber"] == "2", "unique per organization"


def test_replace_sends_the_invoice_whole(ar: Ar, customer: dict[str, Any], clock: MockClock) -> None:
    invoice = ar.invoice(customer["id"], invoiceNumber="77", classifications={"departmentId": "0de02AAAAAAAAAAAAAAA"})
    kept, dropped = invoice["invoiceLineItems"]
    clock.advance(60)
    body = {
        "customer": {"id": customer["id"]},
        "invoiceLineItems": [{"id": kept["id"], "quantity": 3, "price": 14.99}, {"quantity": 1, "price": 29.99}],
    }
    replaced = ar.ok("PUT", f"/v3/invoices/{invoice['id']}", json=body)
    lines = replaced["invoiceLineItems"]
    assert lines[0]["id"] == kept["id"]
    assert "description" not in lines[0], "a replaced line keeps only what was sent"
    assert lines[1]["id"] not in (kept["id"], dropped["id"])
    assert replaced["totalAmount"] == 74.96
    assert "classifications" not in replaced, "optional fields left out are cleared"
    assert (replaced["invoiceNumber"], replaced["invoiceDate"]) == ("77", "2026-01-01"), "number and dates stay"
    assert replaced["updatedTime"] == "2026-01-01T00:01:00.000+00:00"
    unknown = {"customer": {"id": customer["id"]}, "invoiceLineItems": [{"id": dropped["id"], "quantity": 1}]}
    assert "invoiceLineItems.0.id" in ar.refused("PUT", f"/v3/invoices/{invoice['id']}", json=unknown)


def test_update_changes_only_what_is_sent(ar: Ar, customer: dict[str, Any]) -> None:
    invoice = ar.invoice(customer["id"], dueDate="2026-02-01")
    first, second = invoice["invoiceLineItems"]
    body = {"invoiceLineItems": [{"id": first["id"], "price": 19.99}, {"quantity": 4, "price": 1}]}
    updated = ar.ok("PATCH", f"/v3/invoices/{invoice['id']}", json=body)
    lines = updated["invoiceLineItems"]
    assert [line["id"] for line in lines[:2]] == [first["id"], second["id"]]
    assert (lines[0]["quantity"], lines[0]["price"], lines[0]["description"]) == (2, 19.99, "Drum sticks")
    assert updated["totalAmount"] == 93.98
    assert updated["dueDate"] == "2026-02-01"
    moved = ar.ok("PATCH", f"/v3/invoices/{invoice['id']}", json={"dueDate": "2026-03-01"})
    assert moved["dueDate"] == "2026-03-01"
    assert moved["invoiceLineItems"] == lines
    new_line_without_quantity = {"invoiceLineItems": [{"price": 5}]}
    message = ar.refused("PATCH", f"/v3/invoices/{invoice['id']}", code="BDC_1117", json=new_line_without_quantity)
    assert message == "Missing required data for: invoiceLineItems.0.quantity"
    ar.refused("PATCH", f"/v3/invoices/{invoice['id']}", json={})


def test_archive_and_restore_are_idempotent(ar: Ar, customer: dict[str, Any], clock: MockClock) -> None:
    invoice = ar.invoice(customer["id"])
    clock.advance(60)
    archived = ar.ok("POST", f"/v3/invoices/{invoice['id']}/archive")
    assert archived["archived"] is True
    clock.advance(60)
    assert ar.ok("POST", f"/v3/invoices/{invoice['id']}/archive") == archived
    restored = ar.ok("POST", f"/v3/invoices/{invoice['id']}/restore")
    assert restored["archived"] is False
    assert ar.ok("POST", f"/v3/invoices/{invoice['id']}/restore") == restored


def test_invoices_belong_to_one_organization(bill: Bill, ar: Ar) -> None:
    other = other_organization(bill)
    theirs = other.invoice(other.customer()["id"])
    email = {"replyTo": {"userId": bill.org["userId"]}, "recipient": {"to": ["a@example.com"]}}
    for method, suffix, body in (
        ("GET", "", None),
        ("PATCH", "", {"dueDate": "2026-02-01"}),
        ("PUT", "", {"customer": {"id": theirs["customerId"]}, "invoiceLineItems": LINES}),
        ("POST", "/archive", None),
        ("POST", "/restore", None),
        ("POST", "/email", email),
        ("POST", "/payment-link", {"customerId": theirs["customerId"], "email": "a@example.com"}),
    ):
        ar.refused(method, f"/v3/invoices/{theirs['id']}{suffix}", 404, "BDC_1205", json=body)
    record = {
        "paymentDate": "2026-01-01",
        "paymentType": "CASH",
        "amount": 1,
        "invoices": [{"id": theirs["id"], "amount": 1}],
    }
    assert "invoices.0.id" in ar.refused("POST", "/v3/invoices/record-payment", json=record)


def test_send_invoice(ar: Ar, mock: Mock, customer: dict[str, Any], bill: Bill) -> None:
    invoice = ar.invoice(customer["id"])
    body = {"replyTo": {"userId": bill.org["userId"]}, "recipient": {"to": ["a@example.com", "b@example.com"]}}
    assert ar.ok("POST", f"/v3/invoices/{invoice['id']}/email", json=body) is None
    sent = ar_tables(mock.store).sent_emails
    assert [(email.invoice_id, email.reply_to_user_id, email.to) for email in sent] == [
        (invoice["id"], bill.org["userId"], ("a@example.com", "b@example.com"))
    ]


def test_send_invoice_rules(ar: Ar, mock: Mock, customer: dict[str, Any], bill: Bill) -> None:
    invoice = ar.invoice(customer["id"])
    path = f"/v3/invoices/{invoice['id']}/email"
    to = {"to": ["a@example.com"]}
    ar.refused("POST", path, code="BDC_1117", json={"recipient": to})
    ar.refused("POST", path, code="BDC_1117", json={"replyTo": {"userId": bill.org["userId"]}})
    ar.refused("POST", path, json={"replyTo": {"userId": bill.org["userId"]}, "recipient": {"to": []}})
    ar.refused("POST", path, json={"replyTo": {"userId": bill.org["userId"]}, "recipient": {"to": ["not-an-email"]}})
    stranger = {"replyTo": {"userId": "00602AAAAAAAAAAAAAAA"}, "recipient": to}
    assert ar.refused("POST", path, json=stranger).startswith("Invalid field,value: replyTo.userId")
    ar.ok("POST", f"/v3/invoices/{invoice['id']}/archive")
    assert "restore" in ar.refused("POST", path, json={"replyTo": {"userId": bill.org["userId"]}, "recipient": to})
    assert ar_tables(mock.store).sent_emails == []


def test_send_email_on_create(ar: Ar, mock: Mock, customer: dict[str, Any], bill: Bill) -> None:
    invoice = ar.invoice(customer["id"], processingOptions={"sendEmail": True})
    ar.invoice(customer["id"], processingOptions={"sendEmail": False})
    sent = ar_tables(mock.store).sent_emails
    assert [(email.invoice_id, email.reply_to_user_id, email.to) for email in sent] == [
        (invoice["id"], bill.org["userId"], (customer["email"],))
    ]


def test_payment_link(ar: Ar, customer: dict[str, Any]) -> None:
    invoice = ar.invoice(customer["id"])
    path = f"/v3/invoices/{invoice['id']}/payment-link"
    body = {"customerId": customer["id"], "email": "payer@example.com", "returnUrl": "https://example.com/done"}
    link = ar.ok("POST", path, json=body)["paymentLink"]
    assert link.startswith("https://")
    assert invoice["id"] in link
    assert ar.ok("POST", path, json=body)["paymentLink"] == link, "the same invoice and email give the same link"
    assert ar.ok("POST", path, json={**body, "email": "other@example.com"})["paymentLink"] != link
    someone_else = ar.customer("Someone else")
    assert customer["id"] in ar.refused("POST", path, json={**body, "customerId": someone_else["id"]})
    ar.refused("POST", path, code="BDC_1117", json={"customerId": customer["id"]})


# payments recorded after the fact


def test_record_a_partial_then_the_final_payment(ar: Ar, customer: dict[str, Any]) -> None:
    invoice = ar.invoice(customer["id"])
    first = ar.record_payment(50, (invoice["id"], 50), customerId=customer["id"], description="In store")
    assert first["id"].startswith("0rp02")
    assert (first["customerId"], first["paymentType"], first["paymentDate"]) == (customer["id"], "CHECK", "2026-01-01")
    assert (first["amount"], first["unappliedAmount"], first["description"]) == (50, 0, "In store")
    assert first["invoices"] == [
        {"id": invoice["id"], "payments": [{"id": first["id"], "amount": 50, "status": "PAID", "date": "2026-01-01"}]}
    ]
    partly = ar.get_invoice(invoice["id"])
    assert (partly["status"], partly["dueAmount"], partly["totalAmount"]) == ("PARTIAL_PAYMENT", 29.98, 79.98)
    second = ar.record_payment(29.98, (invoice["id"], 29.98))
    assert [payment["id"] for payment in second["invoices"][0]["payments"]] == [first["id"], second["id"]]
    paid = ar.get_invoice(invoice["id"])
    assert (paid["status"], paid["dueAmount"]) == ("PAID_IN_FULL", 0)
    assert [payment["amount"] for payment in paid["payments"]] == [50, 29.98]


def test_what_no_invoice_takes_becomes_the_customers_balance(ar: Ar, customer: dict[str, Any]) -> None:
    first = ar.invoice(customer["id"])
    second = ar.invoice(customer["id"], [{"quantity": 1, "price": 20}])
    recorded = ar.record_payment(150, (first["id"], 79.98), (second["id"], 20))
    assert recorded["unappliedAmount"] == 50.02
    assert ar.ok("GET", f"/v3/customers/{customer['id']}")["balance"] == {"amount": 50.02}
    assert {ar.get_invoice(i)["status"] for i in (first["id"], second["id"])} == {"PAID_IN_FULL"}


@pytest.mark.parametrize(
    ("amount", "part", "message"),
    [(100, 80, "still owes 79.98"), (10, 20, "more than the payment's amount 10")],
)
def test_an_invoice_gets_at_most_what_it_owes_and_the_payment_holds(
    ar: Ar, customer: dict[str, Any], amount: float, part: float, message: str
) -> None:
    invoice = ar.invoice(customer["id"])
    body = {
        "paymentDate": "2026-01-01",
        "paymentType": "CASH",
        "amount": amount,
        "invoices": [{"id": invoice["id"], "amount": part}],
    }
    assert message in ar.refused("POST", "/v3/invoices/record-payment", json=body)
    assert ar.get_invoice(invoice["id"])["dueAmount"] == 79.98


def test_one_payment_pays_one_customers_invoices(ar: Ar, customer: dict[str, Any]) -> None:
    mine = ar.invoice(customer["id"])
    other_customer = ar.customer("Other")
    theirs = ar.invoice(other_customer["id"])
    body: dict[str, Any] = {
        "paymentDate": "2026-01-01",
        "paymentType": "ACH",
        "amount": 20,
        "invoices": [{"id": mine["id"], "amount": 10}, {"id": theirs["id"], "amount": 10}],
    }
    assert "another customer" in ar.refused("POST", "/v3/invoices/record-payment", json=body)
    body["invoices"] = [{"id": mine["id"], "amount": 10}]
    body["customerId"] = other_customer["id"]
    assert "another customer" in ar.refused("POST", "/v3/invoices/record-payment", json=body)
    body["customerId"] = "0cu02AAAAAAAAAAAAAAA"
    assert ar.refused("POST", "/v3/invoices/record-payment", json=body).startswith("Invalid field,value: customerId")
    assert ar.get_invoice(mine["id"])["dueAmount"] == 79.98
    assert ar.ids("/v3/receivable-payments") == []


def test_record_payment_fields(ar: Ar, customer: dict[str, Any]) -> None:
    invoice = ar.invoice(customer["id"])
    good = {
        "paymentDate": "2026-01-01",
        "paymentType": "PAYPAL",
        "amount": 5,
        "invoices": [{"id": invoice["id"], "amount": 5}],
    }
    path = "/v3/invoices/record-payment"
    ar.refused("POST", path, json={**good, "paymentType": "BARTER"})
    ar.refused("POST", path, json={**good, "paymentDate": "01/01/2026"})
    ar.refused("POST", path, json={**good, "amount": 0})
    ar.refused("POST", path, json={**good, "invoices": []})
    for missing in ("paymentDate", "paymentType", "amount", "invoices"):
        ar.refused("POST", path, code="BDC_1117", json={k: v for k, v in good.items() if k != missing})
    twice = {**good, "amount": 10, "invoices": [{"id": invoice["id"], "amount": 5}] * 2}
    assert "twice" in ar.refused("POST", path, json=twice)
    ar.ok("POST", f"/v3/invoices/{invoice['id']}/archive")
    assert "restore" in ar.refused("POST", path, json=good)


def test_a_paid_invoice_keeps_its_customer_and_its_total(ar: Ar, customer: dict[str, Any]) -> None:
    invoice = ar.invoice(customer["id"])
    ar.record_payment(60, (invoice["id"], 60))
    other = ar.customer("Other")
    path = f"/v3/invoices/{invoice['id']}"
    assert "keeps customer" in ar.refused("PATCH", path, json={"customer": {"id": other["id"]}})
    small = {"customer": {"id": customer["id"]}, "invoiceLineItems": [{"quantity": 1, "price": 59.99}]}
    assert "at least that" in ar.refused("PUT", path, json=small)
    enough = ar.ok("PUT", path, json={**small, "invoiceLineItems": [{"quantity": 1, "price": 60}]})
    assert (enough["status"], enough["dueAmount"]) == ("PAID_IN_FULL", 0)


def test_list_filters_and_sort(ar: Ar, customer: dict[str, Any], clock: MockClock) -> None:
    other = ar.customer("Other")
    early = ar.invoice(customer["id"], dueDate="2026-01-10")
    clock.advance(60)
    late = ar.invoice(other["id"], dueDate="2026-03-10")
    clock.advance(60)
    paid = ar.invoice(customer["id"], [{"quantity": 1, "price": 5}], dueDate="2026-02-10")
    ar.record_payment(5, (paid["id"], 5))
    ar.ok("POST", f"/v3/invoices/{late['id']}/archive")
    assert ar.ids("/v3/invoices") == [early["id"], late["id"], paid["id"]]
    assert ar.ids("/v3/invoices", filters=f"customerId:eq:{customer['id']}") == [early["id"], paid["id"]]
    assert ar.ids("/v3/invoices", filters=f'customerId:in:"{other["id"]},0cu02AAAAAAAAAAAAAAA"') == [late["id"]]
    assert ar.ids("/v3/invoices", filters="status:eq:PAID_IN_FULL") == [paid["id"]]
    assert ar.ids("/v3/invoices", filters='paymentStatus:in:"OPEN"') == [early["id"], late["id"]]
    assert ar.ids("/v3/invoices", filters="archived:eq:true") == [late["id"]]
    window = 'dueDate:gte:"2026-02-01",dueDate:lt:"2026-03-10"'
    assert ar.ids("/v3/invoices", filters=window) == [paid["id"]]
    assert ar.ids("/v3/invoices", sort="dueDate:desc") == [late["id"], paid["id"], early["id"]]
    assert ar.ids("/v3/invoices", filters="createdTime:gt:2026-01-01T00:00:30Z") == [late["id"], paid["id"]]
    ar.refused("GET", "/v3/invoices", code="BDC_1130", params={"filters": "totalAmount:gt:1"})
    ar.refused("GET", "/v3/invoices", code="BDC_1129", params={"filters": "dueDate:gt:soon"})


def test_recorded_payments_are_received_payments(ar: Ar, customer: dict[str, Any]) -> None:
    invoice = ar.invoice(customer["id"])
    recorded = ar.record_payment(100, (invoice["id"], 79.98), description="Cash at the door")
    received = ar.ok("GET", f"/v3/receivable-payments/{recorded['id']}")
    assert received["onlinePayment"] is False
    assert (received["amount"], received["unappliedAmount"], received["status"]) == (100, 20.02, "PAID")
    assert received["invoicePayments"] == [{"invoiceId": invoice["id"], "amount": 79.98, "paymentDate": "2026-01-01"}]
    assert "fundingAccount" not in received
