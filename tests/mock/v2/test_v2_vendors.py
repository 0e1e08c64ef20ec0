"""v2 Vendor: Crud, List and Bulk over the records v3 keeps, so what one version writes the other reads."""

from __future__ import annotations

from typing import Any

import pytest

from bill_mock import MockClock
from tests.mock.support import Bill
from tests.mock.v2.support import V2, code, ok, refused

ADDRESS = {
    "address1": "1 Market St",
    "address2": "Suite 200",
    "addressCity": "San Francisco",
    "addressState": "CA",
    "addressZip": "94105",
    "addressCountry": "US",
}


@pytest.fixture
def session(v2: V2) -> dict[str, str]:
    return v2.session()


def _headers(session: dict[str, str]) -> dict[str, str]:
    """The same session's credentials as v3 headers."""
    return {"devKey": session["devKey"], "sessionId": session["sessionId"]}


# Crud


def test_create_answers_the_vendor_in_v2s_shape(v2: V2, session: dict[str, str]) -> None:
    vendor = v2.create_vendor(
        session,
        **ADDRESS,
        shortName="Acme",
        nameOnCheck="Acme Supplies Inc.",
        companyName="Acme Supplies Incorporated",
        accNumber="A-42",
        email="ap@acme.example",
        phone="4155550100",
        paymentEmail="pay@acme.example",
        accountType="1",
        taxIdType="1",
        track1099=True,
        payDaysBefore=3,
        fax="4155550101",
        description="Office supplies",
        address3="Floor 2",
    )
    assert vendor["id"].startswith("00902")
    assert len(vendor["id"]) == 20
    expected = {
        "entity": "Vendor",
        "isActive": "1",
        "name": "Acme Supplies",
        **ADDRESS,
        "shortName": "Acme",
        "nameOnCheck": "Acme Supplies Inc.",
        "companyName": "Acme Supplies Incorporated",
        "accNumber": "A-42",
        "email": "ap@acme.example",
        "phone": "4155550100",
        "paymentEmail": "pay@acme.example",
        "accountType": "1",
        "taxIdType": "1",
        "track1099": True,
        "payDaysBefore": 3,
        "fax": "4155550101",
        "description": "Office supplies",
        "address3": "Floor 2",
        "payBy": "0",
        "vendorBankAccountStatus": "-1",
        "balance": 0.0,
        "createdTime": "2026-01-01T00:00:00.000+0000",
        "updatedTime": "2026-01-01T00:00:00.000+0000",
    }
    assert vendor == {"id": vendor["id"], **expected}
    assert ok(v2.post("Crud/Read/Vendor.json", session, {"id": vendor["id"]})) == vendor


def test_update_changes_the_fields_sent(v2: V2, session: dict[str, str], clock: MockClock) -> None:
    vendor = v2.create_vendor(session, phone="1", description="old", shortName="A")
    clock.advance(60)
    change = {"entity": "Vendor", "id": vendor["id"], "name": "Acme Renamed", "phone": "2", "description": "new"}
    updated = ok(v2.post("Crud/Update/Vendor.json", session, {"obj": change}))
    assert (updated["name"], updated["phone"], updated["description"], updated["shortName"]) == (
        "Acme Renamed",
        "2",
        "new",
        "A",
    )
    assert updated["updatedTime"] == "2026-01-01T00:01:00.000+0000"
    assert updated["createdTime"] == "2026-01-01T00:00:00.000+0000"


def test_delete_and_undelete_are_soft(v2: V2, session: dict[str, str]) -> None:
    vendor = v2.create_vendor(session)
    ident = {"id": vendor["id"]}
    assert ok(v2.post("Crud/Delete/Vendor.json", session, ident))["isActive"] == "2"
    assert ok(v2.post("Crud/Read/Vendor.json", session, ident))["isActive"] == "2"
    change = {"obj": {"entity": "Vendor", "id": vendor["id"], "name": "x"}}
    error_code, message = refused(v2.post("Crud/Update/Vendor.json", session, change))
    assert error_code == "BDC_1119"
    assert message.startswith(f"Invalid field,value: id, {vendor['id']}.")
    assert ok(v2.post("Crud/Undelete/Vendor.json", session, ident))["isActive"] == "1"
    assert ok(v2.post("Crud/Update/Vendor.json", session, change))["name"] == "x"


def test_an_update_may_reactivate_or_deactivate(v2: V2, session: dict[str, str]) -> None:
    vendor = v2.create_vendor(session, isActive="2")
    assert vendor["isActive"] == "2"
    change = {"entity": "Vendor", "id": vendor["id"], "name": "Back", "isActive": "1"}
    assert ok(v2.post("Crud/Update/Vendor.json", session, {"obj": change}))["isActive"] == "1"
    change["isActive"] = "2"
    assert ok(v2.post("Crud/Update/Vendor.json", session, {"obj": change}))["isActive"] == "2"


@pytest.mark.parametrize("endpoint", ["Read", "Delete", "Undelete"])
def test_an_unknown_id_is_bdc_1119(v2: V2, session: dict[str, str], endpoint: str) -> None:
    response = v2.post(f"Crud/{endpoint}/Vendor.json", session, {"id": "00902AAAAAAAAAAAAAAA"})
    assert refused(response) == ("BDC_1119", "Invalid field,value: id, 00902AAAAAAAAAAAAAAA.")


def test_another_organizations_vendor_is_unknown(v2: V2, bill: Bill, session: dict[str, str]) -> None:
    partner_user = bill.login_as(bill.partner_headers(), bill.partner["userId"])
    theirs = bill.call("POST", "/v3/vendors", partner_user, json={"name": "Theirs", "address": _v3_address()}).json()
    assert code(v2.post("Crud/Read/Vendor.json", session, {"id": theirs["id"]})) == "BDC_1119"
    assert ok(v2.post("List/Vendor.json", session, {"start": 0, "max": 999})) == []
    assert ok(v2.post("List/Vendor.json", partner_user, {"start": 0, "max": 999}))[0]["id"] == theirs["id"]


# List


def _names(v2: V2, session: dict[str, str], **query: Any) -> list[str]:
    listed = ok(v2.post("List/Vendor.json", session, {"start": 0, "max": 999, **query}))
    return [vendor["name"] for vendor in listed]


def test_list_pages_with_start_and_max(v2: V2, session: dict[str, str]) -> None:
    for name in ("A", "B", "C", "D", "E"):
        v2.create_vendor(session, name=name)
    assert _names(v2, session, start=0, max=2) == ["A", "B"]
    assert _names(v2, session, start=2, max=2) == ["C", "D"]
    assert _names(v2, session, start=4, max=2) == ["E"]
    assert _names(v2, session, start=5, max=2) == []


def test_list_filters_and_sorts_over_v2_fields(v2: V2, session: dict[str, str], clock: MockClock) -> None:
    for name, city in (("Bolt", "Austin"), ("Anvil", "Boston"), ("Cog", "Austin")):
        v2.create_vendor(session, name=name, addressCity=city)
        clock.advance(60)
    cog = ok(v2.post("List/Vendor.json", session, {"start": 0, "max": 9}))[2]
    ok(v2.post("Crud/Delete/Vendor.json", session, {"id": cog["id"]}))

    def where(*filters: tuple[str, str, Any], **query: Any) -> list[str]:
        wanted = [{"field": field, "op": op, "value": value} for field, op, value in filters]
        return _names(v2, session, filters=wanted, **query)

    assert where(("addressCity", "=", "Austin")) == ["Bolt", "Cog"]
    assert where(("isActive", "=", "1")) == ["Bolt", "Anvil"]
    assert where(("isActive", "!=", "1")) == ["Cog"]
    assert where(("name", "in", ["Cog", "Anvil"])) == ["Anvil", "Cog"]
    assert where(("name", "nin", ["Cog", "Anvil"])) == ["Bolt"]
    assert where(("createdTime", ">", "2026-01-01T00:00:00.000+0000")) == ["Anvil", "Cog"]
    assert where(("createdTime", "<=", "2026-01-01T00:01:00.000+0000")) == ["Bolt", "Anvil"]
    assert where(("balance", ">=", 0), ("addressCity", "=", "Austin")) == ["Bolt", "Cog"]
    assert where(sort=[{"field": "name", "asc": "true"}]) == ["Anvil", "Bolt", "Cog"]
    assert where(sort=[{"field": "addressCity", "asc": True}, {"field": "name", "asc": "false"}]) == [
        "Cog",
        "Bolt",
        "Anvil",
    ]


def test_list_refuses_unknown_fields_operators_and_bad_pages(v2: V2, session: dict[str, str]) -> None:
    def listing(**query: Any) -> tuple[str, str]:
        return refused(v2.post("List/Vendor.json", session, {"start": 0, "max": 10, **query}))

    assert listing(filters=[{"field": "colour", "op": "=", "value": "red"}]) == (
        "BDC_1130",
        "Invalid list filter field: colour.",
    )
    assert listing(filters=[{"field": "name", "op": "like", "value": "A"}]) == (
        "BDC_1131",
        "Invalid list filter operator: like.",
    )
    assert listing(sort=[{"field": "colour", "asc": True}])[0] == "BDC_1119"
    assert listing(max=1000)[0] == "BDC_1119"
    assert listing(max=0)[0] == "BDC_1119"
    assert listing(start=-1)[0] == "BDC_1119"
    assert code(v2.post("List/Vendor.json", session, {"max": 10})) == "BDC_1117"


# Bulk


def test_bulk_answers_each_item_with_its_own_envelope(v2: V2, session: dict[str, str]) -> None:
    items = [
        {"obj": {"entity": "Vendor", "name": "One"}},
        {"obj": {"entity": "Vendor"}},
        {"obj": {"entity": "Bill", "name": "Three"}},
        {"obj": {"entity": "Vendor", "name": "Four"}},
    ]
    answers = ok(v2.post("Bulk/Crud/Create/Vendor.json", session, {"bulk": items}))["bulk"]
    assert [answer["response_status"] for answer in answers] == [0, 1, 1, 0]
    assert answers[0]["response_data"]["name"] == "One"
    assert answers[1]["response_data"] == {
        "error_code": "BDC_1117",
        "error_message": "Missing required data for: obj.name.",
    }
    assert answers[2]["response_data"]["error_code"] == "BDC_1118"
    assert answers[3]["response_message"] == "Success"
    assert _names(v2, session) == ["One", "Four"]

    ids = [{"id": answers[0]["response_data"]["id"]}, {"id": "00902AAAAAAAAAAAAAAA"}]
    deleted = ok(v2.post("Bulk/Crud/Delete/Vendor.json", session, {"bulk": ids}))["bulk"]
    assert deleted[0]["response_data"]["isActive"] == "2"
    assert deleted[1]["response_data"]["error_code"] == "BDC_1119"


def test_bulk_takes_at_most_100_items(v2: V2, session: dict[str, str]) -> None:
    items = [{"obj": {"entity": "Vendor", "name": f"V{index}"}} for index in range(101)]
    error_code, message = refused(v2.post("Bulk/Crud/Create/Vendor.json", session, {"bulk": items}))
    assert error_code == "BDC_1119"
    assert "bulk" in message
    assert "at most 100" in message
    assert _names(v2, session) == []
    assert code(v2.post("Bulk/Crud/Create/Vendor.json", session, {"bulk": []})) == "BDC_1119"
    assert code(v2.post("Bulk/Crud/Create/Vendor.json", session, {})) == "BDC_1117"
    assert len(ok(v2.post("Bulk/Crud/Create/Vendor.json", session, {"bulk": items[:100]}))["bulk"]) == 100


# across versions


def _v3_address() -> dict[str, str]:
    return {"line1": "2 Main St", "city": "Austin", "zipOrPostalCode": "78701", "country": "US"}


def test_a_vendor_created_in_v2_reads_in_v3(v2: V2, bill: Bill, session: dict[str, str]) -> None:
    vendor = v2.create_vendor(
        session, **ADDRESS, nameOnCheck="Acme Inc.", accountType="2", taxIdType="2", email="ap@acme.example"
    )
    response = bill.call("GET", f"/v3/vendors/{vendor['id']}", _headers(session))
    assert response.status_code == 200, response.text
    v3 = response.json()
    assert v3["name"] == "Acme Supplies"
    assert v3["archived"] is False
    assert v3["accountType"] == "PERSON"
    assert v3["email"] == "ap@acme.example"
    assert v3["address"] == {
        "line1": "1 Market St",
        "line2": "Suite 200",
        "city": "San Francisco",
        "stateOrProvince": "CA",
        "zipOrPostalCode": "94105",
        "country": "US",
    }
    assert v3["additionalInfo"] == {"taxIdType": "SSN"}
    assert v3["paymentInformation"]["payeeName"] == "Acme Inc."


def test_a_vendor_created_in_v3_lists_in_v2(v2: V2, bill: Bill, session: dict[str, str]) -> None:
    body = {
        "name": "Made in v3",
        "address": _v3_address(),
        "accountType": "BUSINESS",
        "additionalInfo": {"companyName": "V3 Co", "track1099": True, "combinePayments": True},
        "paymentInformation": {"payeeName": "V3 Payee"},
    }
    created = bill.call("POST", "/v3/vendors", _headers(session), json=body)
    assert created.status_code == 201, created.text
    [listed] = ok(v2.post("List/Vendor.json", session, {"start": 0, "max": 10}))
    assert listed["id"] == created.json()["id"]
    assert (listed["name"], listed["accountType"], listed["companyName"]) == ("Made in v3", "1", "V3 Co")
    assert (listed["track1099"], listed["enabledCombinePayments"], listed["nameOnCheck"]) == (True, True, "V3 Payee")
    assert (listed["address1"], listed["addressCity"], listed["addressZip"]) == ("2 Main St", "Austin", "78701")


def test_archived_in_v3_is_inactive_in_v2(v2: V2, bill: Bill, session: dict[str, str]) -> None:
    vendor = v2.create_vendor(session)
    assert bill.call("POST", f"/v3/vendors/{vendor['id']}/archive", _headers(session)).status_code == 200
    assert ok(v2.post("Crud/Read/Vendor.json", session, {"id": vendor["id"]}))["isActive"] == "2"
    assert bill.call("POST", f"/v3/vendors/{vendor['id']}/restore", _headers(session)).status_code == 200
    assert ok(v2.post("Crud/Read/Vendor.json", session, {"id": vendor["id"]}))["isActive"] == "1"


def test_deleted_in_v2_is_archived_in_v3(v2: V2, bill: Bill, session: dict[str, str]) -> None:
    vendor = v2.create_vendor(session)
    ok(v2.post("Crud/Delete/Vendor.json", session, {"id": vendor["id"]}))
    assert bill.call("GET", f"/v3/vendors/{vendor['id']}", _headers(session)).json()["archived"] is True
    ok(v2.post("Crud/Undelete/Vendor.json", session, {"id": vendor["id"]}))
    assert bill.call("GET", f"/v3/vendors/{vendor['id']}", _headers(session)).json()["archived"] is False


def test_a_v2_update_shows_in_v3_and_its_audit_trail(v2: V2, bill: Bill, session: dict[str, str]) -> None:
    vendor = v2.create_vendor(session, phone="1")
    change = {"obj": {"entity": "Vendor", "id": vendor["id"], "name": "Renamed", "phone": "2"}}
    ok(v2.post("Crud/Update/Vendor.json", session, change))
    v3 = bill.call("GET", f"/v3/vendors/{vendor['id']}", _headers(session)).json()
    assert (v3["name"], v3["phone"]) == ("Renamed", "2")
    trail = bill.call("GET", f"/v3/reports/audit-trail/vendor/{vendor['id']}", _headers(session)).json()
    assert [entry["type"] for entry in trail] == ["Create", "Edit", "Edit"]


def test_an_address_change_merges_with_v3s_address_and_needs_mfa(v2: V2, bill: Bill) -> None:
    session = v2.trusted_session()
    created = bill.call("POST", "/v3/vendors", _headers(session), json={"name": "N", "address": _v3_address()})
    vendor_id = created.json()["id"]
    untrusted = v2.session()
    change = {"obj": {"entity": "Vendor", "id": vendor_id, "name": "N", "addressCity": "Dallas"}}
    assert code(v2.post("Crud/Update/Vendor.json", untrusted, change)) == "BDC_1361"
    unchanged = {"obj": {"entity": "Vendor", "id": vendor_id, "name": "N", "addressCity": "Austin"}}
    assert ok(v2.post("Crud/Update/Vendor.json", untrusted, unchanged))["addressCity"] == "Austin"
    ok(v2.post("Crud/Update/Vendor.json", session, change))
    address = bill.call("GET", f"/v3/vendors/{vendor_id}", _headers(session)).json()["address"]
    assert address == {**_v3_address(), "city": "Dallas"}
