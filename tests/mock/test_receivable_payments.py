"""Received payments: charging a customer (authorization, bank account, invoices) and reading them back."""

from __future__ import annotations

from typing import Any

import pytest

from bill_mock import MockClock
from tests.mock.ar_support import ADDRESS, BANK_ACCOUNT, Ar, other_organization
from tests.mock.support import Bill

PAYMENTS = "/v3/receivable-payments"


@pytest.fixture
def ar(bill: Bill) -> Ar:
    return Ar(bill)


def _charge(customer_id: str, account_id: str, *parts: tuple[str, float], **fields: Any) -> dict[str, Any]:
    return {
        "customerId": customer_id,
        "fundingAccount": {"id": account_id, "type": "BANK_ACCOUNT"},
        "invoicePayments": [{"invoiceId": invoice_id, "amount": amount} for invoice_id, amount in parts],
        **fields,
    }


def test_charge_a_customer(ar: Ar, clock: MockClock) -> None:
    customer, account = ar.chargeable_customer()
    first = ar.invoice(customer["id"])
    second = ar.invoice(customer["id"], [{"quantity": 1, "price": 100}])
    clock.advance(60)
    body = _charge(customer["id"], account["id"], (first["id"], 79.98), (second["id"], 40), description="INV 1 and 2")
    payment = ar.ok("POST", PAYMENTS, 201, json=body)
    assert payment["id"].startswith("0rp02")
    assert (payment["customerId"], payment["amount"], payment["unappliedAmount"]) == (customer["id"], 119.98, 0)
    assert (payment["status"], payment["onlinePayment"], payment["paymentDate"]) == ("PAID", True, "2026-01-01")
    assert payment["fundingAccount"] == {"id": account["id"], "type": "BANK_ACCOUNT"}
    assert payment["description"] == "INV 1 and 2"
    assert payment["invoicePayments"] == [
        {"invoiceId": first["id"], "amount": 79.98, "paymentDate": "2026-01-01"},
        {"invoiceId": second["id"], "amount": 40, "paymentDate": "2026-01-01"},
    ]
    assert payment["createdTime"] == "2026-01-01T00:01:00.000+00:00"
    paid, partly = ar.get_invoice(first["id"]), ar.get_invoice(second["id"])
    assert (paid["status"], paid["dueAmount"]) == ("PAID_IN_FULL", 0)
    assert (partly["status"], partly["dueAmount"]) == ("PARTIAL_PAYMENT", 60)
    assert partly["payments"] == [{"id": payment["id"], "amount": 40, "status": "PAID", "date": "2026-01-01"}]
    assert ar.ok("GET", f"{PAYMENTS}/{payment['id']}") == payment


def test_charging_needs_the_customers_authorization(ar: Ar) -> None:
    customer = ar.customer(billingAddress=ADDRESS)
    account = ar.ok("POST", f"/v3/customers/{customer['id']}/bank-accounts", 201, json=BANK_ACCOUNT)
    invoice = ar.invoice(customer["id"])
    body = _charge(customer["id"], account["id"], (invoice["id"], 10))
    message = ar.refused("POST", PAYMENTS, json=body)
    assert f"POST /v3/customers/{customer['id']}/charge-authorization" in message
    ar.ok("POST", f"/v3/customers/{customer['id']}/charge-authorization", json={"authorizedToCharge": True})
    ar.ok("POST", PAYMENTS, 201, json=body)
    ar.ok("POST", f"/v3/customers/{customer['id']}/charge-authorization", json={"authorizedToCharge": False})
    assert "authorized" in ar.refused("POST", PAYMENTS, json=body)
    assert ar.get_invoice(invoice["id"])["dueAmount"] == 69.98


def test_charging_needs_a_customer_bank_account(ar: Ar) -> None:
    customer = ar.customer(billingAddress=ADDRESS)
    ar.ok("POST", f"/v3/customers/{customer['id']}/charge-authorization", json={"authorizedToCharge": True})
    invoice = ar.invoice(customer["id"])
    message = ar.refused("POST", PAYMENTS, json=_charge(customer["id"], "cba02AAAAAAAAAAAAAAA", (invoice["id"], 10)))
    assert f"POST /v3/customers/{customer['id']}/bank-accounts" in message
    assert ar.ids(PAYMENTS) == []


def test_the_funding_account_is_an_active_bank_account_of_the_customer(ar: Ar) -> None:
    customer, account = ar.chargeable_customer()
    _, someone_elses = ar.chargeable_customer(name="Someone else")
    invoice = ar.invoice(customer["id"])
    foreign = _charge(customer["id"], someone_elses["id"], (invoice["id"], 10))
    assert ar.refused("POST", PAYMENTS, json=foreign).startswith("Invalid field,value: fundingAccount.id")
    card = {
        **_charge(customer["id"], account["id"], (invoice["id"], 10)),
        "fundingAccount": {"id": account["id"], "type": "CARD_ACCOUNT"},
    }
    assert "BANK_ACCOUNT" in ar.refused("POST", PAYMENTS, json=card)
    ar.ok("POST", f"/v3/customers/{customer['id']}/bank-accounts/{account['id']}/archive")
    assert "no bank account" in ar.refused(
        "POST", PAYMENTS, json=_charge(customer["id"], account["id"], (invoice["id"], 10))
    )


def test_charged_invoices_are_the_customers_own_and_owe_enough(ar: Ar) -> None:
    customer, account = ar.chargeable_customer()
    invoice = ar.invoice(customer["id"])
    stranger = ar.invoice(ar.customer("Other")["id"])
    message = ar.refused("POST", PAYMENTS, json=_charge(customer["id"], account["id"], (stranger["id"], 10)))
    assert "another customer" in message
    assert "still owes 79.98" in ar.refused(
        "POST", PAYMENTS, json=_charge(customer["id"], account["id"], (invoice["id"], 80))
    )
    unknown = _charge(customer["id"], account["id"], ("00e02AAAAAAAAAAAAAAA", 1))
    assert ar.refused("POST", PAYMENTS, json=unknown).startswith("Invalid field,value: invoicePayments.0.invoiceId")
    ar.refused("POST", PAYMENTS, json=_charge(customer["id"], account["id"]))
    assert ar.get_invoice(invoice["id"])["dueAmount"] == 79.98


def test_a_charge_is_not_drawn_in_the_past(ar: Ar, clock: MockClock) -> None:
    customer, account = ar.chargeable_customer()
    invoice = ar.invoice(customer["id"])
    ar.later(clock, 2)
    past = _charge(customer["id"], account["id"], (invoice["id"], 10), paymentDate="2026-01-02")
    assert ar.refused("POST", PAYMENTS, json=past).startswith("Invalid field,value: paymentDate, 2026-01-02")
    today = ar.ok("POST", PAYMENTS, 201, json={**past, "paymentDate": "2026-01-03"})
    assert today["paymentDate"] == "2026-01-03"
    later = ar.ok("POST", PAYMENTS, 201, json={**past, "paymentDate": "2026-02-01"})
    assert later["invoicePayments"][0]["paymentDate"] == "2026-02-01"


def test_an_archived_customer_is_not_charged(ar: Ar) -> None:
    customer, account = ar.chargeable_customer()
    invoice = ar.invoice(customer["id"])
    ar.ok("POST", f"/v3/customers/{customer['id']}/archive")
    assert "restore" in ar.refused("POST", PAYMENTS, json=_charge(customer["id"], account["id"], (invoice["id"], 1)))


def test_received_payments_belong_to_one_organization(bill: Bill, ar: Ar) -> None:
    other = other_organization(bill)
    invoice = other.invoice(other.customer()["id"])
    theirs = other.record_payment(10, (invoice["id"], 10))
    ar.refused("GET", f"{PAYMENTS}/{theirs['id']}", 404, "BDC_1205")
    assert ar.ids(PAYMENTS) == []
    assert other.ids(PAYMENTS) == [theirs["id"]]


def test_list_filters_and_sort(ar: Ar, clock: MockClock) -> None:
    customer, account = ar.chargeable_customer()
    other = ar.customer("Other")
    invoice = ar.invoice(customer["id"])
    charged = ar.ok("POST", PAYMENTS, 201, json=_charge(customer["id"], account["id"], (invoice["id"], 10)))
    clock.advance(60)
    recorded = ar.record_payment(5, (ar.invoice(other["id"])["id"], 5), paymentDate="2025-12-31")
    assert ar.ids(PAYMENTS) == [charged["id"], recorded["id"]]
    assert ar.ids(PAYMENTS, filters="onlinePayment:eq:true") == [charged["id"]]
    assert ar.ids(PAYMENTS, filters=f"customerId:eq:{other['id']}") == [recorded["id"]]
    assert ar.ids(PAYMENTS, filters="status:eq:PAID") == [charged["id"], recorded["id"]]
    assert ar.ids(PAYMENTS, sort="paymentDate:asc") == [recorded["id"], charged["id"]]
    assert ar.ids(PAYMENTS, filters='paymentDate:gte:"2026-01-01"') == [charged["id"]]
    assert ar.ids(PAYMENTS, sort="createdTime:desc") == [recorded["id"], charged["id"]]
    ar.refused("GET", PAYMENTS, code="BDC_1130", params={"filters": "amount:gt:1"})
