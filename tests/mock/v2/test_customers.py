"""v2 Customer, CustomerContact and CustomerBankAccount: Crud, List and Bulk over the AR records v3 keeps."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from bill_mock import MockClock
from tests.mock.support import Bill
from tests.mock.v2.support import V2, code, ok, refused

BILL_ADDRESS = {
    "billAddress1": "987 Side Street",
    "billAddress2": "Unit 4",
    "billAddressCity": "San Jose",
    "billAddressState": "CA",
    "billAddressZip": "95002",
    "billAddressCountry": "US",
}
BANK_ACCOUNT = {
    "entity": "CustomerBankAccount",
    "nameOnAccount": "Check Mailworth",
    "routingNumber": "074000010",
    "accountNumber": "111222333",
}


@pytest.fixture
def session(v2: V2) -> dict[str, str]:
    return v2.session()


def _headers(session: dict[str, str]) -> dict[str, str]:
    """The same session's credentials as v3 headers."""
    return {"devKey": session["devKey"], "sessionId": session["sessionId"]}


def create_customer(v2: V2, session: dict[str, str], **fields: Any) -> dict[str, Any]:
    obj = {"entity": "Customer", "name": "Mailworth Music", **fields}
    created: dict[str, Any] = ok(v2.post("Crud/Create/Customer.json", session, {"obj": obj}))
    return created


def _contact(v2: V2, session: dict[str, str], customer_id: str, **fields: Any) -> dict[str, Any]:
    obj = {"entity": "CustomerContact", "customerId": customer_id, "firstName": "Ada", "email": "ada@x.example"}
    created: dict[str, Any] = ok(v2.post("Crud/Create/CustomerContact.json", session, {"obj": {**obj, **fields}}))
    return created


def _bank_account(customer_id: str, **fields: Any) -> dict[str, Any]:
    return {"obj": {**BANK_ACCOUNT, "customerId": customer_id, **fields}, "agreedWithTOS": True}


# Customer


def test_create_answers_the_customer_in_v2s_shape(v2: V2, session: dict[str, str]) -> None:
    customer = create_customer(
        v2,
        session,
        **BILL_ADDRESS,
        billAddress3="Floor 2",
        shipAddressCity="Oakland",
        email="ap@mailworth.example",
        companyName="Mailworth Music LLC",
        contactFirstName="Check",
        contactLastName="Mailworth",
        accNumber="C-7",
        phone="4085550100",
        accountType="1",
        shortName="Mailworth",
        printAs="Mailworth Music",
        isTaxLiable=True,
    )
    assert customer["id"].startswith("0cu")
    assert customer == {
        "entity": "Customer",
        "id": customer["id"],
        "isActive": "1",
        "name": "Mailworth Music",
        **BILL_ADDRESS,
        "billAddress3": "Floor 2",
        "shipAddressCity": "Oakland",
        "email": "ap@mailworth.example",
        "companyName": "Mailworth Music LLC",
        "contactFirstName": "Check",
        "contactLastName": "Mailworth",
        "accNumber": "C-7",
        "phone": "4085550100",
        "accountType": "1",
        "shortName": "Mailworth",
        "printAs": "Mailworth Music",
        "isTaxLiable": True,
        "balance": 0.0,
        "availCredit": 0.0,
        "hasAuthorizedToCharge": False,
        "hasBankAccount": False,
        "createdTime": "2026-01-01T00:00:00.000+0000",
        "updatedTime": "2026-01-01T00:00:00.000+0000",
    }
    assert ok(v2.post("Crud/Read/Customer.json", session, {"id": customer["id"]})) == customer


def test_update_changes_the_fields_sent(v2: V2, session: dict[str, str], clock: MockClock) -> None:
    customer = create_customer(v2, session, **BILL_ADDRESS, phone="1", altPhone="2")
    clock.advance(60)
    change = {
        "entity": "Customer",
        "id": customer["id"],
        "name": "Renamed",
        "billAddressCity": "Fresno",
        "altPhone": "3",
    }
    updated = ok(v2.post("Crud/Update/Customer.json", session, {"obj": change}))
    assert (updated["name"], updated["billAddressCity"], updated["altPhone"]) == ("Renamed", "Fresno", "3")
    assert (updated["billAddress1"], updated["phone"]) == ("987 Side Street", "1")
    assert updated["updatedTime"] == "2026-01-01T00:01:00.000+0000"
    missing = {"obj": {"entity": "Customer", "id": customer["id"]}}
    assert refused(v2.post("Crud/Update/Customer.json", session, missing)) == (
        "BDC_1117",
        "Missing required data for: obj.name.",
    )


def test_delete_and_undelete_are_soft(v2: V2, session: dict[str, str]) -> None:
    customer = create_customer(v2, session)
    ident = {"id": customer["id"]}
    assert ok(v2.post("Crud/Delete/Customer.json", session, ident))["isActive"] == "2"
    change = {"obj": {"entity": "Customer", "id": customer["id"], "name": "x"}}
    assert code(v2.post("Crud/Update/Customer.json", session, change)) == "BDC_1119"
    assert ok(v2.post("Crud/Undelete/Customer.json", session, ident))["isActive"] == "1"
    assert ok(v2.post("Crud/Update/Customer.json", session, change))["name"] == "x"


def test_unknown_and_foreign_customers_are_bdc_1119(v2: V2, bill: Bill, session: dict[str, str]) -> None:
    assert refused(v2.post("Crud/Read/Customer.json", session, {"id": "0cu02AAAAAAAAAAAAAAA"})) == (
        "BDC_1119",
        "Invalid field,value: id, 0cu02AAAAAAAAAAAAAAA.",
    )
    partner_user = bill.login_as(bill.partner_headers(), bill.partner["userId"])
    theirs = bill.call("POST", "/v3/customers", partner_user, json={"name": "T", "email": "t@x.example"}).json()
    assert code(v2.post("Crud/Read/Customer.json", session, {"id": theirs["id"]})) == "BDC_1119"
    assert ok(v2.post("List/Customer.json", session, {"start": 0, "max": 10})) == []


def test_list_filters_sorts_and_pages(v2: V2, session: dict[str, str]) -> None:
    for name, city in (("Bolt", "Austin"), ("Anvil", "Boston"), ("Cog", "Austin")):
        create_customer(v2, session, name=name, billAddressCity=city)

    def names(**query: Any) -> list[str]:
        listed = ok(v2.post("List/Customer.json", session, {"start": 0, "max": 999, **query}))
        return [customer["name"] for customer in listed]

    assert names(filters=[{"field": "billAddressCity", "op": "=", "value": "Austin"}]) == ["Bolt", "Cog"]
    assert names(sort=[{"field": "name", "asc": "true"}]) == ["Anvil", "Bolt", "Cog"]
    assert names(start=1, max=1) == ["Anvil"]
    assert code(v2.post("List/Customer.json", session, {"start": 0, "max": 9, "filters": [
        {"field": "colour", "op": "=", "value": "red"}
    ]})) == "BDC_1130"  # fmt: skip


def test_bulk_customers(v2: V2, session: dict[str, str]) -> None:
    items = [{"obj": {"entity": "Customer", "name": "One"}}, {"obj": {"entity": "Customer"}}]
    answers = ok(v2.post("Bulk/Crud/Create/Customer.json", session, {"bulk": items}))["bulk"]
    assert [answer["response_status"] for answer in answers] == [0, 1]
    one = answers[0]["response_data"]["id"]
    change = [{"obj": {"entity": "Customer", "id": one, "name": "Uno"}}]
    assert (
        ok(v2.post("Bulk/Crud/Update/Customer.json", session, {"bulk": change}))["bulk"][0]["response_data"]["name"]
        == "Uno"
    )
    ids = {"bulk": [{"id": one}, {"id": "0cu02AAAAAAAAAAAAAAA"}]}
    deleted = ok(v2.post("Bulk/Crud/Delete/Customer.json", session, ids))["bulk"]
    assert deleted[0]["response_data"]["isActive"] == "2"
    assert deleted[1]["response_data"]["error_code"] == "BDC_1119"
    restored = ok(v2.post("Bulk/Crud/Undelete/Customer.json", session, {"bulk": [{"id": one}]}))["bulk"]
    assert restored[0]["response_data"]["isActive"] == "1"


# Customer across versions


def test_a_customer_created_in_v2_reads_in_v3(v2: V2, bill: Bill, session: dict[str, str]) -> None:
    customer = create_customer(
        v2, session, **BILL_ADDRESS, email="ap@x.example", accountType="2", contactFirstName="Ada", accNumber="7"
    )
    response = bill.call("GET", f"/v3/customers/{customer['id']}", _headers(session))
    assert response.status_code == 200, response.text
    v3 = response.json()
    assert (v3["name"], v3["email"], v3["accountType"], v3["accountNumber"]) == (
        "Mailworth Music",
        "ap@x.example",
        "PERSON",
        "7",
    )
    assert v3["contact"] == {"firstName": "Ada"}
    assert v3["billingAddress"] == {
        "line1": "987 Side Street",
        "line2": "Unit 4",
        "city": "San Jose",
        "stateOrProvince": "CA",
        "zipOrPostalCode": "95002",
        "country": "US",
    }
    assert v3["archived"] is False


def test_a_customer_created_in_v3_reads_in_v2(v2: V2, bill: Bill, session: dict[str, str]) -> None:
    body = {
        "name": "Made in v3",
        "email": "v3@x.example",
        "accountType": "BUSINESS",
        "contact": {"firstName": "Grace", "lastName": "Hopper"},
        "shippingAddress": {"line1": "1 Dock", "city": "Oakland", "zipOrPostalCode": "94607", "country": "US"},
    }
    created = bill.call("POST", "/v3/customers", _headers(session), json=body)
    assert created.status_code == 201, created.text
    [listed] = ok(v2.post("List/Customer.json", session, {"start": 0, "max": 10}))
    assert listed["id"] == created.json()["id"]
    assert (listed["name"], listed["email"], listed["accountType"]) == ("Made in v3", "v3@x.example", "1")
    assert (listed["contactFirstName"], listed["contactLastName"]) == ("Grace", "Hopper")
    assert (listed["shipAddress1"], listed["shipAddressCity"], listed["shipAddressZip"]) == (
        "1 Dock",
        "Oakland",
        "94607",
    )


def test_archived_in_v3_is_inactive_in_v2_and_the_reverse(v2: V2, bill: Bill, session: dict[str, str]) -> None:
    customer = create_customer(v2, session)
    path = f"/v3/customers/{customer['id']}"
    assert bill.call("POST", f"{path}/archive", _headers(session)).status_code == 200
    assert ok(v2.post("Crud/Read/Customer.json", session, {"id": customer["id"]}))["isActive"] == "2"
    ok(v2.post("Crud/Undelete/Customer.json", session, {"id": customer["id"]}))
    assert bill.call("GET", path, _headers(session)).json()["archived"] is False
    ok(v2.post("Crud/Delete/Customer.json", session, {"id": customer["id"]}))
    assert bill.call("GET", path, _headers(session)).json()["archived"] is True


def test_a_v2_update_shows_in_v3(v2: V2, bill: Bill, session: dict[str, str]) -> None:
    created = bill.call("POST", "/v3/customers", _headers(session), json={"name": "N", "email": "n@x.example"})
    customer_id = created.json()["id"]
    change = {"obj": {"entity": "Customer", "id": customer_id, "name": "N2", "billAddressCity": "Reno"}}
    ok(v2.post("Crud/Update/Customer.json", session, change))
    v3 = bill.call("GET", f"/v3/customers/{customer_id}", _headers(session)).json()
    assert (v3["name"], v3["email"], v3["billingAddress"]) == ("N2", "n@x.example", {"city": "Reno"})


# CustomerContact


def test_contacts_crud_and_list(v2: V2, session: dict[str, str], clock: MockClock) -> None:
    customer = create_customer(v2, session)
    contact = _contact(v2, session, customer["id"], lastName="Lovelace", timezoneId="3", phone="1")
    assert contact["id"].startswith("cpu")
    assert contact == {
        "entity": "CustomerContact",
        "id": contact["id"],
        "isActive": "1",
        "createdTime": "2026-01-01T00:00:00.000+0000",
        "updatedTime": "2026-01-01T00:00:00.000+0000",
        "customerId": customer["id"],
        "firstName": "Ada",
        "email": "ada@x.example",
        "lastName": "Lovelace",
        "timezoneId": "3",
        "phone": "1",
    }
    assert ok(v2.post("Crud/Read/CustomerContact.json", session, {"id": contact["id"]})) == contact
    clock.advance(60)
    change = {
        "entity": "CustomerContact",
        "id": contact["id"],
        "customerId": customer["id"],
        "firstName": "Augusta",
        "email": "augusta@x.example",
        "phone": "2",
    }
    updated = ok(v2.post("Crud/Update/CustomerContact.json", session, {"obj": change}))
    assert (updated["firstName"], updated["phone"], updated["lastName"]) == ("Augusta", "2", "Lovelace")
    assert updated["updatedTime"] == "2026-01-01T00:01:00.000+0000"
    assert ok(v2.post("Crud/Delete/CustomerContact.json", session, {"id": contact["id"]}))["isActive"] == "2"
    assert ok(v2.post("Crud/Undelete/CustomerContact.json", session, {"id": contact["id"]}))["isActive"] == "1"
    other = create_customer(v2, session, name="Other")
    _contact(v2, session, other["id"], firstName="Bob")
    query = {"start": 0, "max": 10, "filters": [{"field": "customerId", "op": "=", "value": customer["id"]}]}
    assert [c["firstName"] for c in ok(v2.post("List/CustomerContact.json", session, query))] == ["Augusta"]


def test_a_contact_needs_an_active_customer_of_the_organization(v2: V2, session: dict[str, str]) -> None:
    customer = create_customer(v2, session)
    obj = {"entity": "CustomerContact", "customerId": "0cu02AAAAAAAAAAAAAAA", "firstName": "A", "email": "a@x"}
    assert refused(v2.post("Crud/Create/CustomerContact.json", session, {"obj": obj})) == (
        "BDC_1119",
        "Invalid field,value: customerId, 0cu02AAAAAAAAAAAAAAA.",
    )
    ok(v2.post("Crud/Delete/Customer.json", session, {"id": customer["id"]}))
    error_code, message = refused(
        v2.post("Crud/Create/CustomerContact.json", session, {"obj": {**obj, "customerId": customer["id"]}})
    )
    assert error_code == "BDC_1119"
    assert "inactive" in message
    assert code(v2.post("Crud/Create/CustomerContact.json", session, {"obj": {**obj, "email": ""}})) == "BDC_1119"
    missing = {key: value for key, value in obj.items() if key != "firstName"}
    assert code(v2.post("Crud/Create/CustomerContact.json", session, {"obj": missing})) == "BDC_1117"


def test_bulk_contacts(v2: V2, session: dict[str, str]) -> None:
    customer = create_customer(v2, session)
    base = {"entity": "CustomerContact", "customerId": customer["id"], "email": "a@x.example"}
    items = [
        {"obj": {**base, "firstName": "A"}},
        {"obj": {**base, "firstName": "B", "customerId": "0cu02AAAAAAAAAAAAAAA"}},
    ]
    answers = ok(v2.post("Bulk/Crud/Create/CustomerContact.json", session, {"bulk": items}))["bulk"]
    assert [answer["response_status"] for answer in answers] == [0, 1]
    contact_id = answers[0]["response_data"]["id"]
    change = [{"obj": {**base, "id": contact_id, "firstName": "Z"}}]
    updated = ok(v2.post("Bulk/Crud/Update/CustomerContact.json", session, {"bulk": change}))["bulk"]
    assert updated[0]["response_data"]["firstName"] == "Z"
    ids = {"bulk": [{"id": contact_id}]}
    assert (
        ok(v2.post("Bulk/Crud/Delete/CustomerContact.json", session, ids))["bulk"][0]["response_data"]["isActive"]
        == "2"
    )
    assert (
        ok(v2.post("Bulk/Crud/Undelete/CustomerContact.json", session, ids))["bulk"][0]["response_data"]["isActive"]
        == "1"
    )


# CustomerBankAccount


def test_a_bank_account_needs_a_billing_address(v2: V2, session: dict[str, str]) -> None:
    customer = create_customer(v2, session)
    error_code, message = refused(
        v2.post("Crud/Create/CustomerBankAccount.json", session, _bank_account(customer["id"]))
    )
    assert error_code == "BDC_1117"
    assert message.startswith("Missing required data for: billAddress1.")
    change = {"obj": {"entity": "Customer", "id": customer["id"], "name": customer["name"], **BILL_ADDRESS}}
    ok(v2.post("Crud/Update/Customer.json", session, change))
    account = ok(v2.post("Crud/Create/CustomerBankAccount.json", session, _bank_account(customer["id"])))
    assert account["id"].startswith("cba")


def test_bank_account_crud_and_list(v2: V2, session: dict[str, str], clock: MockClock) -> None:
    customer = create_customer(v2, session, **BILL_ADDRESS)
    data = _bank_account(customer["id"], isSavings="true", nickname="Main", isWrittenAuth=True)
    account = ok(v2.post("Crud/Create/CustomerBankAccount.json", session, data))
    assert account == {
        "entity": "CustomerBankAccount",
        "id": account["id"],
        "isActive": "1",
        "createdTime": "2026-01-01T00:00:00.000+0000",
        "updatedTime": "2026-01-01T00:00:00.000+0000",
        "customerId": customer["id"],
        "nameOnAccount": "Check Mailworth",
        "nickname": "Main",
        "routingNumber": "074000010",
        "accountNumber": "*****2333",
        "isWrittenAuth": True,
        "isSavings": True,
        "isPersonalAcct": False,
        "status": "2",
    }
    assert ok(v2.post("Crud/Read/Customer.json", session, {"id": customer["id"]}))["hasBankAccount"] is True
    clock.advance(7 * 86_400)
    session = v2.session()
    assert ok(v2.post("Crud/Read/CustomerBankAccount.json", session, {"id": account["id"]}))["status"] == "1"
    [listed] = ok(v2.post("List/CustomerBankAccount.json", session, {"start": 0, "max": 10}))
    assert listed["id"] == account["id"]
    assert ok(v2.post("Crud/Delete/CustomerBankAccount.json", session, {"id": account["id"]}))["isActive"] == "2"
    assert ok(v2.post("Crud/Read/Customer.json", session, {"id": customer["id"]}))["hasBankAccount"] is False


def test_bank_account_refusals(v2: V2, session: dict[str, str]) -> None:
    customer = create_customer(v2, session, **BILL_ADDRESS)

    def post(data: dict[str, Any]) -> httpx.Response:
        return v2.post("Crud/Create/CustomerBankAccount.json", session, data)

    assert refused(post({**_bank_account(customer["id"]), "agreedWithTOS": False}))[0] == "BDC_1119"
    assert code(post({"obj": _bank_account(customer["id"])["obj"]})) == "BDC_1117"
    assert code(post(_bank_account(customer["id"], routingNumber="12345"))) == "BDC_1119"
    assert code(post(_bank_account(customer["id"], accountNumber="12-34"))) == "BDC_1119"
    assert code(post(_bank_account("0cu02AAAAAAAAAAAAAAA"))) == "BDC_1119"
    assert code(post(_bank_account(customer["id"], status="1"))) == "BDC_1119"
    assert code(v2.post("Crud/Read/CustomerBankAccount.json", session, {"id": "cba02AAAAAAAAAAAAAAA"})) == "BDC_1119"


def test_a_bank_account_added_in_v3_reads_in_v2_and_the_reverse(v2: V2, bill: Bill, session: dict[str, str]) -> None:
    customer = create_customer(v2, session, **BILL_ADDRESS)
    path = f"/v3/customers/{customer['id']}/bank-accounts"
    v3_body = {
        "nameOnAccount": "Made in v3",
        "routingNumber": "074000010",
        "accountNumber": "999888777",
        "type": "SAVINGS",
        "ownerType": "PERSONAL",
    }
    made = bill.call("POST", path, _headers(session), json=v3_body)
    assert made.status_code == 201, made.text
    read = ok(v2.post("Crud/Read/CustomerBankAccount.json", session, {"id": made.json()["id"]}))
    assert (read["nameOnAccount"], read["isSavings"], read["isPersonalAcct"]) == ("Made in v3", True, True)
    account = ok(v2.post("Crud/Create/CustomerBankAccount.json", session, _bank_account(customer["id"])))
    v3 = bill.call("GET", f"{path}/{account['id']}", _headers(session)).json()
    assert (v3["nameOnAccount"], v3["type"], v3["ownerType"], v3["status"]) == (
        "Check Mailworth",
        "CHECKING",
        "BUSINESS",
        "PENDING",
    )
    ok(v2.post("Crud/Delete/CustomerBankAccount.json", session, {"id": account["id"]}))
    assert bill.call("GET", f"{path}/{account['id']}", _headers(session)).json()["archived"] is True
