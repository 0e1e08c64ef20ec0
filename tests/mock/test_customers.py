"""Customers: create, read, update, archive and restore; their bank accounts; charge authorization; lists."""

from __future__ import annotations

import pytest

from bill_mock import MockClock
from tests.mock.ar_support import ADDRESS, BANK_ACCOUNT, Ar, other_organization
from tests.mock.support import Bill

START = "2026-01-01T00:00:00.000+00:00"


@pytest.fixture
def ar(bill: Bill) -> Ar:
    return Ar(bill)


def test_create_customer(ar: Ar) -> None:
    contact = {"firstName": "Check", "lastName": "Mailworth"}
    customer = ar.customer(
        companyName="Paperless Band LLC", contact=contact, accountType="BUSINESS", phone="9998887654"
    )
    assert customer["id"].startswith("0cu02")
    assert len(customer["id"]) == 20
    assert customer["archived"] is False
    assert customer["name"] == "Paperless Band"
    assert customer["email"] == "contact@paperlessband.example"
    assert customer["contact"] == contact
    assert customer["accountType"] == "BUSINESS"
    assert customer["balance"] == {"amount": 0.0}
    assert customer["authorizedToCharge"] is False
    assert customer["createdTime"] == customer["updatedTime"] == START
    assert "billingAddress" not in customer, "BILL leaves out fields that have no value"


@pytest.mark.parametrize("missing", ["name", "email"])
def test_name_and_email_are_required(ar: Ar, missing: str) -> None:
    body = {"name": "A", "email": "a@example.com"}
    del body[missing]
    message = ar.refused("POST", "/v3/customers", code="BDC_1117", json=body)
    assert message == f"Missing required data for: {missing}"


def test_update_changes_only_the_fields_sent(ar: Ar, clock: MockClock) -> None:
    customer = ar.customer(companyName="Old LLC", billingAddress=ADDRESS)
    clock.advance(60)
    updated = ar.ok("PATCH", f"/v3/customers/{customer['id']}", json={"name": "Renamed", "accountType": "PERSON"})
    assert updated["name"] == "Renamed"
    assert updated["accountType"] == "PERSON"
    assert updated["companyName"] == "Old LLC"
    assert updated["billingAddress"] == ADDRESS
    assert updated["email"] == customer["email"]
    assert updated["updatedTime"] == "2026-01-01T00:01:00.000+00:00"
    assert ar.ok("GET", f"/v3/customers/{customer['id']}") == updated


def test_update_needs_a_field(ar: Ar) -> None:
    customer = ar.customer()
    ar.refused("PATCH", f"/v3/customers/{customer['id']}", json={})


def test_archive_and_restore_are_idempotent(ar: Ar, clock: MockClock) -> None:
    customer = ar.customer()
    clock.advance(60)
    archived = ar.ok("POST", f"/v3/customers/{customer['id']}/archive")
    assert archived["archived"] is True
    clock.advance(60)
    assert ar.ok("POST", f"/v3/customers/{customer['id']}/archive") == archived
    restored = ar.ok("POST", f"/v3/customers/{customer['id']}/restore")
    assert restored["archived"] is False
    assert restored["updatedTime"] == "2026-01-01T00:02:00.000+00:00"
    assert ar.ok("POST", f"/v3/customers/{customer['id']}/restore") == restored


def test_customers_belong_to_one_organization(bill: Bill, ar: Ar) -> None:
    theirs = other_organization(bill).customer()
    for method, suffix, body in (
        ("GET", "", None),
        ("PATCH", "", {"name": "X"}),
        ("POST", "/archive", None),
        ("POST", "/restore", None),
        ("POST", "/charge-authorization", {"authorizedToCharge": True}),
        ("GET", "/bank-accounts", None),
        ("POST", "/bank-accounts", BANK_ACCOUNT),
    ):
        message = ar.refused(method, f"/v3/customers/{theirs['id']}{suffix}", 404, "BDC_1205", json=body)
        assert theirs["id"] in message
    assert ar.ids("/v3/customers") == []


def test_list_filters_and_sort(ar: Ar, clock: MockClock) -> None:
    zeta = ar.customer("Zeta Drums", accountType="BUSINESS")
    clock.advance(60)
    alpha = ar.customer("Alpha Guitars", accountType="PERSON", invoiceCurrency="CAD")
    clock.advance(60)
    alpine = ar.customer("Alpine Bass", accountType="BUSINESS")
    ar.ok("POST", f"/v3/customers/{alpine['id']}/archive")
    assert ar.ids("/v3/customers") == [zeta["id"], alpha["id"], alpine["id"]]
    assert ar.ids("/v3/customers", filters="name:sw:alp", sort="name:asc") == [alpha["id"], alpine["id"]]
    assert ar.ids("/v3/customers", filters="name:eq:Zeta Drums") == [zeta["id"]]
    assert ar.ids("/v3/customers", filters="accountType:eq:BUSINESS,archived:eq:false") == [zeta["id"]]
    assert ar.ids("/v3/customers", filters='accountType:in:"PERSON,NONE"') == [alpha["id"]]
    assert ar.ids("/v3/customers", filters="invoiceCurrency:eq:CAD") == [alpha["id"]]
    assert ar.ids("/v3/customers", filters="createdTime:gte:2026-01-01T00:01:00.000Z") == [alpha["id"], alpine["id"]]
    assert ar.ids("/v3/customers", sort="createdTime:desc") == [alpine["id"], alpha["id"], zeta["id"]]
    ar.refused("GET", "/v3/customers", code="BDC_1130", params={"filters": "phone:eq:1"})
    ar.refused("GET", "/v3/customers", code="BDC_1131", params={"filters": "name:ne:Zeta Drums"})


def test_charge_authorization_is_set_and_withdrawn(ar: Ar, clock: MockClock) -> None:
    customer = ar.customer()
    clock.advance(60)
    path = f"/v3/customers/{customer['id']}/charge-authorization"
    authorized = ar.ok("POST", path, json={"authorizedToCharge": True})
    assert authorized["authorizedToCharge"] is True
    assert authorized["updatedTime"] == "2026-01-01T00:01:00.000+00:00"
    assert ar.ok("GET", f"/v3/customers/{customer['id']}")["authorizedToCharge"] is True
    assert ar.ok("POST", path, json={"authorizedToCharge": False})["authorizedToCharge"] is False
    ar.refused("POST", path, code="BDC_1117", json={})


def test_a_bank_account_needs_a_billing_address_first(ar: Ar) -> None:
    customer = ar.customer()
    path = f"/v3/customers/{customer['id']}/bank-accounts"
    message = ar.refused("POST", path, code="BDC_1117", json=BANK_ACCOUNT)
    assert "billingAddress" in message
    assert f"PATCH /v3/customers/{customer['id']}" in message
    assert ar.ids(path) == []
    ar.ok("PATCH", f"/v3/customers/{customer['id']}", json={"billingAddress": ADDRESS})
    account = ar.ok("POST", path, 201, json=BANK_ACCOUNT)
    assert account["customerId"] == customer["id"]
    assert ar.ids(path) == [account["id"]]


def test_a_new_bank_account_is_pending_for_two_business_days(ar: Ar, clock: MockClock) -> None:
    customer = ar.customer(billingAddress=ADDRESS)
    account = ar.ok(
        "POST", f"/v3/customers/{customer['id']}/bank-accounts", 201, json={**BANK_ACCOUNT, "nickname": "Ops"}
    )
    assert len(account["id"]) == 20
    assert account["status"] == "PENDING"
    assert account["accountNumber"] == "*****2333", "only the last four digits are shown"
    assert account["routingNumber"] == BANK_ACCOUNT["routingNumber"]
    assert account["nickname"] == "Ops"
    path = f"/v3/customers/{customer['id']}/bank-accounts/{account['id']}"
    ar.later(clock, 1)  # Friday 2 January 2026: one business day
    assert ar.ok("GET", path)["status"] == "PENDING"
    ar.later(clock, 2)  # Sunday: still one
    assert ar.ok("GET", path)["status"] == "PENDING"
    ar.later(clock, 1)  # Monday: two
    assert ar.ok("GET", path)["status"] == "VERIFIED"
    listing = f"/v3/customers/{customer['id']}/bank-accounts"
    assert ar.ids(listing, filters="status:eq:VERIFIED") == [account["id"]]
    assert ar.ids(listing, filters="status:eq:PENDING") == []


def test_bank_account_update_and_archive(ar: Ar, clock: MockClock) -> None:
    customer = ar.customer(billingAddress=ADDRESS)
    account = ar.ok("POST", f"/v3/customers/{customer['id']}/bank-accounts", 201, json=BANK_ACCOUNT)
    path = f"/v3/customers/{customer['id']}/bank-accounts/{account['id']}"
    updated = ar.ok("PATCH", path, json={"nickname": "Savings", "type": "SAVINGS"})
    assert (updated["nickname"], updated["type"], updated["ownerType"]) == ("Savings", "SAVINGS", "BUSINESS")
    ar.refused("PATCH", path, json={"accountNumber": "999"})
    clock.advance(60)
    archived = ar.ok("POST", f"{path}/archive")
    assert archived["archived"] is True
    assert ar.ok("POST", f"{path}/archive") == archived
    listing = f"/v3/customers/{customer['id']}/bank-accounts"
    assert ar.ids(listing, filters="archived:eq:true") == [account["id"]]


def test_a_bank_account_belongs_to_one_customer(ar: Ar) -> None:
    owner = ar.customer(billingAddress=ADDRESS)
    other = ar.customer("Other", billingAddress=ADDRESS)
    account = ar.ok("POST", f"/v3/customers/{owner['id']}/bank-accounts", 201, json=BANK_ACCOUNT)
    path = f"/v3/customers/{other['id']}/bank-accounts/{account['id']}"
    ar.refused("GET", path, 404, "BDC_1205")
    ar.refused("POST", f"{path}/archive", 404, "BDC_1205")
    assert ar.ids(f"/v3/customers/{other['id']}/bank-accounts") == []


def test_bank_account_fields_are_checked(ar: Ar) -> None:
    customer = ar.customer(billingAddress=ADDRESS)
    path = f"/v3/customers/{customer['id']}/bank-accounts"
    ar.refused("POST", path, json={**BANK_ACCOUNT, "routingNumber": "12345"})
    too_long = "123456789012345678"
    assert too_long not in ar.refused("POST", path, json={**BANK_ACCOUNT, "accountNumber": too_long})
    ar.refused("POST", path, json={**BANK_ACCOUNT, "type": "BROKERAGE"})
    ar.refused("POST", path, code="BDC_1117", json={key: v for key, v in BANK_ACCOUNT.items() if key != "ownerType"})


def test_an_archived_customer_gets_no_bank_account(ar: Ar) -> None:
    customer = ar.customer(billingAddress=ADDRESS)
    ar.ok("POST", f"/v3/customers/{customer['id']}/archive")
    message = ar.refused("POST", f"/v3/customers/{customer['id']}/bank-accounts", json=BANK_ACCOUNT)
    assert "restore" in message
