"""Vendors: create (one and bulk), read, update, archive and restore, the one bank account, the
international payment configuration and the vendor audit trail, all through the ASGI app."""

from __future__ import annotations

from typing import Any

import pytest

from bill_mock import MockClock
from tests.mock.support import Bill, error_code, error_message, spec_body

ADDRESS = {
    "line1": "123 Main Street",
    "city": "San Jose",
    "stateOrProvince": "CA",
    "zipOrPostalCode": "95002",
    "country": "US",
}
BANK = {
    "nameOnAccount": "Bill Vendorson",
    "accountNumber": "111222333",
    "routingNumber": "074000010",
    "type": "CHECKING",
}


def new_vendor(bill: Bill, headers: dict[str, str], **fields: Any) -> dict[str, Any]:
    """A vendor created through the API, its reply checked against the spec."""
    response = bill.call(
        "POST", "/v3/vendors", headers, json={"name": "Happy Music Supplies", "address": ADDRESS, **fields}
    )
    assert response.status_code == 201, response.text
    vendor: dict[str, Any] = spec_body(response)
    return vendor


def other_organization(bill: Bill) -> dict[str, str]:
    """An organization session in the partner's organization, which is not the sandbox organization."""
    partner = bill.partner_headers()
    user = bill.create_user(partner, "otherorgadmin")
    return bill.login_as(partner, user["id"])


@pytest.fixture
def org(bill: Bill) -> dict[str, str]:
    return bill.org_headers()


# create


def test_create_vendor(bill: Bill, org: dict[str, str]) -> None:
    vendor = new_vendor(
        bill,
        org,
        accountType="BUSINESS",
        email="info@example.org",
        phone="9876543210",
        billCurrency="USD",
        paymentInformation={"payeeName": "Happy Music"},
    )
    assert vendor["id"].startswith("00902")
    assert len(vendor["id"]) == 20
    assert vendor["archived"] is False
    assert vendor["name"] == "Happy Music Supplies"
    assert vendor["accountType"] == "BUSINESS"
    assert vendor["billCurrency"] == "USD"
    assert vendor["address"] == ADDRESS
    assert vendor["networkStatus"] == "NOT_CONNECTED"
    assert vendor["paymentInformation"] == {"payeeName": "Happy Music", "payByType": "CHECK"}
    assert vendor["createdTime"] == vendor["updatedTime"] == "2026-01-01T00:00:00.000+00:00"


@pytest.mark.parametrize("missing", ["name", "address"])
def test_name_and_address_are_required(bill: Bill, org: dict[str, str], missing: str) -> None:
    body = {"name": "A", "address": ADDRESS}
    del body[missing]
    response = bill.call("POST", "/v3/vendors", org, json=body)
    assert response.status_code == 400
    assert error_code(response) == "BDC_1117"
    assert error_message(response) == f"Missing required data for: {missing}"


@pytest.mark.parametrize(
    ("field", "value"), [("accountType", "COMPANY"), ("billCurrency", "usd"), ("billCurrency", "DOLLARS"), ("name", "")]
)
def test_account_type_and_currency_take_bills_values(bill: Bill, org: dict[str, str], field: str, value: str) -> None:
    response = bill.call("POST", "/v3/vendors", org, json={"name": "A", "address": ADDRESS, field: value})
    assert response.status_code == 400
    assert error_code(response) == "BDC_1119"


def test_a_bank_account_sent_at_creation_is_the_vendors_bank_account(bill: Bill, org: dict[str, str]) -> None:
    vendor = new_vendor(bill, org, paymentInformation={"payeeName": "Happy", "bankAccount": BANK})
    assert vendor["paymentInformation"]["bankAccount"] == BANK
    assert vendor["paymentInformation"]["payByType"] == "ACH"
    account = bill.call("GET", f"/v3/vendors/{vendor['id']}/bank-account", org)
    assert spec_body(account) == BANK


def test_bulk_create_up_to_20_in_order(bill: Bill, org: dict[str, str]) -> None:
    body = [{"name": f"Vendor {number:02d}", "address": ADDRESS} for number in range(20)]
    response = bill.call("POST", "/v3/vendors/bulk", org, json=body)
    assert response.status_code == 201
    created = spec_body(response)["vendors"]
    assert [vendor["name"] for vendor in created] == [item["name"] for item in body]
    assert len({vendor["id"] for vendor in created}) == 20


def test_bulk_create_refuses_21_and_creates_nothing(bill: Bill, org: dict[str, str]) -> None:
    body = [{"name": f"Vendor {number}", "address": ADDRESS} for number in range(21)]
    response = bill.call("POST", "/v3/vendors/bulk", org, json=body)
    assert response.status_code == 400
    assert error_code(response) == "BDC_1119"
    assert bill.call("GET", "/v3/vendors", org).json()["results"] == []


def test_bulk_create_is_all_or_nothing(bill: Bill, org: dict[str, str]) -> None:
    body = [{"name": "Good", "address": ADDRESS}, {"name": "Bad", "address": ADDRESS, "accountType": "COMPANY"}]
    response = bill.call("POST", "/v3/vendors/bulk", org, json=body)
    assert response.status_code == 400
    assert error_message(response) == "Invalid field,value: 1.accountType, COMPANY"
    assert bill.call("GET", "/v3/vendors", org).json()["results"] == []


# read, update, archive


def test_a_vendor_of_another_organization_is_not_found(bill: Bill, org: dict[str, str]) -> None:
    vendor = new_vendor(bill, org)
    other = other_organization(bill)
    for method, path in [
        ("GET", ""),
        ("PATCH", ""),
        ("POST", "/archive"),
        ("POST", "/restore"),
        ("GET", "/bank-account"),
        ("GET", "/configuration"),
    ]:
        kwargs = {"json": {"name": "Stolen"}} if method == "PATCH" else {}
        response = bill.call(method, f"/v3/vendors/{vendor['id']}{path}", other, **kwargs)
        assert response.status_code == 404, (method, path)
        assert error_code(response) == "BDC_1205"
    assert bill.call("GET", "/v3/vendors", other).json()["results"] == []
    assert spec_body(bill.call("GET", f"/v3/vendors/{vendor['id']}", org))["name"] == "Happy Music Supplies"


def test_update_changes_only_the_fields_sent(bill: Bill, org: dict[str, str], clock: MockClock) -> None:
    vendor = new_vendor(bill, org, email="old@example.org", accountType="BUSINESS")
    clock.advance(60)
    body = {"name": "Happy Music Supplies (Updated)", "accountType": "PERSON"}
    updated = spec_body(bill.call("PATCH", f"/v3/vendors/{vendor['id']}", org, json=body))
    assert updated["name"] == "Happy Music Supplies (Updated)"
    assert updated["accountType"] == "PERSON"
    assert updated["email"] == "old@example.org"
    assert updated["address"] == ADDRESS
    assert updated["createdTime"] == "2026-01-01T00:00:00.000+00:00"
    assert updated["updatedTime"] == "2026-01-01T00:01:00.000+00:00"


def test_update_cannot_change_bank_details_and_does_not_echo_them(bill: Bill, org: dict[str, str]) -> None:
    vendor = new_vendor(bill, org)
    body = {"paymentInformation": {"bankAccount": {"accountNumber": "987654321"}}}
    response = bill.call("PATCH", f"/v3/vendors/{vendor['id']}", org, json=body)
    assert response.status_code == 400
    assert error_code(response) == "BDC_1119"
    assert "paymentInformation.bankAccount" in error_message(response)
    assert "987654321" not in response.text
    assert "bankAccount" not in spec_body(bill.call("GET", f"/v3/vendors/{vendor['id']}", org))["paymentInformation"]


def test_update_needs_a_field(bill: Bill, org: dict[str, str]) -> None:
    vendor = new_vendor(bill, org)
    assert bill.call("PATCH", f"/v3/vendors/{vendor['id']}", org, json={}).status_code == 400


def test_archive_and_restore_are_idempotent(bill: Bill, org: dict[str, str], clock: MockClock) -> None:
    vendor = new_vendor(bill, org)
    clock.advance(60)
    archived = spec_body(bill.call("POST", f"/v3/vendors/{vendor['id']}/archive", org))
    assert archived["archived"] is True
    assert archived["updatedTime"] == "2026-01-01T00:01:00.000+00:00"
    clock.advance(60)
    again = spec_body(bill.call("POST", f"/v3/vendors/{vendor['id']}/archive", org))
    assert again == archived
    restored = spec_body(bill.call("POST", f"/v3/vendors/{vendor['id']}/restore", org))
    assert restored["archived"] is False
    assert restored["updatedTime"] == "2026-01-01T00:02:00.000+00:00"
    assert spec_body(bill.call("POST", f"/v3/vendors/{vendor['id']}/restore", org)) == restored


def test_an_archived_vendor_must_be_restored_before_it_changes(bill: Bill, org: dict[str, str]) -> None:
    vendor = new_vendor(bill, org)
    bill.call("POST", f"/v3/vendors/{vendor['id']}/archive", org)
    for method, path, kwargs in [
        ("PATCH", "", {"json": {"name": "New"}}),
        ("POST", "/bank-account", {"json": BANK}),
    ]:
        response = bill.call(method, f"/v3/vendors/{vendor['id']}{path}", org, **kwargs)
        assert response.status_code == 400
        assert error_code(response) == "BDC_1119"
        assert "restore it" in error_message(response)
    bill.call("POST", f"/v3/vendors/{vendor['id']}/restore", org)
    assert bill.call("PATCH", f"/v3/vendors/{vendor['id']}", org, json={"name": "New"}).status_code == 200


# bank account


def test_one_bank_account_per_vendor_changed_by_delete_then_create(bill: Bill, org: dict[str, str]) -> None:
    vendor = new_vendor(bill, org)
    path = f"/v3/vendors/{vendor['id']}/bank-account"
    missing = bill.call("GET", path, org)
    assert missing.status_code == 404
    assert error_code(missing) == "BDC_1205"
    created = bill.call("POST", path, org, json=BANK)
    assert created.status_code == 200
    assert spec_body(created) == BANK
    second = bill.call("POST", path, org, json={**BANK, "accountNumber": "999888777"})
    assert second.status_code == 400
    assert "delete it" in error_message(second)
    assert "999888777" not in second.text
    deleted = bill.call("DELETE", path, org)
    assert deleted.status_code == 204
    assert deleted.content == b""
    assert bill.call("GET", path, org).status_code == 404
    assert bill.call("DELETE", path, org).status_code == 404
    replaced = bill.call("POST", path, org, json={**BANK, "accountNumber": "999888777"})
    assert spec_body(replaced)["accountNumber"] == "999888777"
    shown = spec_body(bill.call("GET", f"/v3/vendors/{vendor['id']}", org))
    assert shown["paymentInformation"]["bankAccount"]["accountNumber"] == "999888777"


def test_a_bank_account_needs_an_account_number(bill: Bill, org: dict[str, str]) -> None:
    vendor = new_vendor(bill, org)
    response = bill.call("POST", f"/v3/vendors/{vendor['id']}/bank-account", org, json={"nameOnAccount": "X"})
    assert response.status_code == 400
    assert error_message(response) == "Missing required data for: accountNumber"


# lists


def test_list_filters_and_sorts_on_bills_fields(bill: Bill, org: dict[str, str], clock: MockClock) -> None:
    for name, account_type in [("Beta", "PERSON"), ("alpha", "BUSINESS"), ("Alpine", "NONE"), ("Gamma", "BUSINESS")]:
        clock.advance(60)
        new_vendor(bill, org, name=name, accountType=account_type)
    clock.advance(60)
    archived = new_vendor(bill, org, name="Archived")
    bill.call("POST", f"/v3/vendors/{archived['id']}/archive", org)

    def names(**params: str) -> list[str]:
        return [vendor["name"] for vendor in spec_body(bill.call("GET", "/v3/vendors", org, params=params))["results"]]

    assert names(filters="name:sw:al", sort="name:asc") == ["alpha", "Alpine"]
    assert names(filters='accountType:in:"BUSINESS,NONE"', sort="name:desc") == ["Gamma", "Alpine", "alpha"]
    assert names(filters="archived:eq:true") == ["Archived"]
    assert names(filters='createdTime:gte:"2026-01-01T00:03:00.000Z",archived:eq:false') == ["Alpine", "Gamma"]
    assert names(sort="createdTime:desc")[:2] == ["Archived", "Gamma"]
    assert error_code(bill.call("GET", "/v3/vendors", org, params={"filters": "email:eq:x"})) == "BDC_1130"
    assert error_code(bill.call("GET", "/v3/vendors", org, params={"filters": "name:gt:x"})) == "BDC_1131"


def test_list_pages(bill: Bill, org: dict[str, str]) -> None:
    bill.call("POST", "/v3/vendors/bulk", org, json=[{"name": f"V{number}", "address": ADDRESS} for number in range(5)])
    first = spec_body(bill.call("GET", "/v3/vendors", org, params={"max": 3}))
    assert len(first["results"]) == 3
    second = spec_body(bill.call("GET", "/v3/vendors", org, params={"max": 3, "page": first["nextPage"]}))
    assert len(second["results"]) == 2
    assert "nextPage" not in second


# configuration


def test_international_payments_configuration(bill: Bill, org: dict[str, str]) -> None:
    path = "/v3/vendors/configuration/international-payments"
    domestic = spec_body(
        bill.call("GET", path, org, params={"country": "US", "billCurrency": "USD", "accountType": "BUSINESS"})
    )
    assert domestic["validations"]["fields"] == []
    abroad = spec_body(
        bill.call("GET", path, org, params={"country": "DK", "billCurrency": "EUR", "accountType": "PERSON"})
    )
    assert {field["name"] for field in abroad["validations"]["fields"]} == {"accountNumber", "nameOnAccount"}
    assert abroad["paymentPurpose"]["required"] is False
    missing = bill.call("GET", path, org, params={"country": "DK", "billCurrency": "EUR"})
    assert missing.status_code == 400
    assert error_code(missing) == "BDC_1108"
    wrong = bill.call("GET", path, org, params={"country": "DK", "billCurrency": "EUR", "accountType": "COMPANY"})
    assert error_code(wrong) == "BDC_1129"


def test_vendor_configuration_follows_the_vendors_country_and_currency(bill: Bill, org: dict[str, str]) -> None:
    domestic = new_vendor(bill, org)
    abroad = new_vendor(bill, org, address={**ADDRESS, "country": "DK"}, billCurrency="DKK", accountType="BUSINESS")
    mine = spec_body(bill.call("GET", f"/v3/vendors/{domestic['id']}/configuration", org))
    assert mine["internationalPayments"]["validations"]["fields"] == []
    theirs = spec_body(bill.call("GET", f"/v3/vendors/{abroad['id']}/configuration", org))
    assert theirs["internationalPayments"]["validations"]["fields"]


# audit trail


def test_the_audit_trail_records_every_change(bill: Bill, org: dict[str, str], clock: MockClock) -> None:
    vendor = new_vendor(bill, org, email="old@example.org")
    path = f"/v3/vendors/{vendor['id']}"
    clock.advance(60)
    bill.call("PATCH", path, org, json={"email": "new@example.org", "address": {**ADDRESS, "city": "Oakland"}})
    bill.call("POST", f"{path}/bank-account", org, json=BANK)
    bill.call("DELETE", f"{path}/bank-account", org)
    bill.call("POST", f"{path}/archive", org)
    bill.call("POST", f"{path}/archive", org)  # no change, no entry
    bill.call("POST", f"{path}/restore", org)
    trail = spec_body(bill.call("GET", f"/v3/reports/audit-trail/vendor/{vendor['id']}", org))
    assert [(entry["type"], entry["field"].get("name"), entry["field"].get("value")) for entry in trail] == [
        ("Create", None, None),
        ("Edit", "address.city", {"previous": "San Jose", "current": "Oakland"}),
        ("Edit", "email", {"previous": "old@example.org", "current": "new@example.org"}),
        ("Edit", "bankAccount", {"current": "****2333"}),
        ("Edit", "bankAccount", {"previous": "****2333"}),
        ("Edit", "archived", {"previous": "false", "current": "true"}),
        ("Edit", "archived", {"previous": "true", "current": "false"}),
    ]
    assert trail[0]["field"] == {}
    assert trail[0]["createdTime"] == "2026-01-01T00:00:00.000+00:00"
    assert trail[1]["createdTime"] == "2026-01-01T00:01:00.000+00:00"
    assert {entry["source"] for entry in trail} == {"API"}
    assert {entry["user"]["id"] for entry in trail} == {bill.org["userId"]}
    assert trail[0]["user"]["name"] == "Sandbox Admin"
    assert "111222333" not in str(trail)


def test_the_audit_trail_pages_with_start_and_max(bill: Bill, org: dict[str, str]) -> None:
    vendor = new_vendor(bill, org)
    for number in range(4):
        bill.call("PATCH", f"/v3/vendors/{vendor['id']}", org, json={"name": f"Name {number}"})
    path = f"/v3/reports/audit-trail/vendor/{vendor['id']}"
    trail = spec_body(bill.call("GET", path, org, params={"includeArchived": "true"}))
    assert len(trail) == 5
    window = spec_body(bill.call("GET", path, org, params={"start": 2, "max": 2}))
    assert window == trail[2:4]
    assert spec_body(bill.call("GET", path, org, params={"start": 9})) == []


def test_the_audit_trail_of_another_organizations_vendor_is_not_found(bill: Bill, org: dict[str, str]) -> None:
    vendor = new_vendor(bill, org)
    response = bill.call("GET", f"/v3/reports/audit-trail/vendor/{vendor['id']}", other_organization(bill))
    assert response.status_code == 404
    assert error_code(response) == "BDC_1205"
