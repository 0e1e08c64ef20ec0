"""v2 VendorBankAccount over v3's vendor bank accounts: one account per vendor, MFA to add or remove one, and
what either API changes the other sees."""

from __future__ import annotations

from typing import Any

import pytest

from bill_mock import MockClock
from tests.mock.support import Bill, Client, spec_body
from tests.mock.v2.support import V2, code, ok, refused

ACCOUNT = {"entity": "VendorBankAccount", "accountNumber": "111222333", "routingNumber": "074000010"}
V3_ADDRESS = {"line1": "2 Main St", "city": "Austin", "zipOrPostalCode": "78701", "country": "US"}


@pytest.fixture(autouse=True)
def _messages(client: Client) -> None:
    """Every sign-in and MFA challenge counts as a text; these tests send more than BILL's five a minute."""
    client.post("/_mock/limits", json={"messagesPerMinute": 1000})


@pytest.fixture
def trusted(v2: V2) -> dict[str, str]:
    return v2.trusted_session()


def _headers(session: dict[str, str]) -> dict[str, str]:
    return {"devKey": session["devKey"], "sessionId": session["sessionId"]}


def _add(v2: V2, session: dict[str, str], vendor_id: str, **fields: Any) -> dict[str, Any]:
    obj = {**ACCOUNT, "vendorId": vendor_id, **fields}
    account: dict[str, Any] = ok(v2.post("Crud/Create/VendorBankAccount.json", session, {"obj": obj}))
    return account


def _list(v2: V2, session: dict[str, str], **query: Any) -> list[dict[str, Any]]:
    listed: list[dict[str, Any]] = ok(
        v2.post("List/VendorBankAccount.json", session, {"start": 0, "max": 999, **query})
    )
    return listed


# Crud


def test_create_answers_the_account_in_v2s_shape(v2: V2, trusted: dict[str, str]) -> None:
    vendor = v2.create_vendor(trusted)
    account = _add(
        v2,
        trusted,
        vendor["id"],
        nameOnAcct="Acme Supplies Inc.",
        isSavings=True,
        paymentCurrency="usd",
        regulatory1="R1",
        vendorBankData="note",
    )
    assert account["id"].startswith("vba")
    assert len(account["id"]) == 20
    assert account == {
        "entity": "VendorBankAccount",
        "id": account["id"],
        "isActive": "1",
        "createdTime": "2026-01-01T00:00:00.000+0000",
        "updatedTime": "2026-01-01T00:00:00.000+0000",
        "vendorId": vendor["id"],
        "nameOnAcct": "Acme Supplies Inc.",
        "accountNumber": "****2333",
        "routingNumber": "074000010",
        "usersId": v2.user_id,
        "status": "1",
        "isSavings": True,
        "isPersonalAcct": False,
        "intlEPaymentAcct": False,
        "intlPaymentType": "0",
        "paymentCurrency": "USD",
        "bankCountry": "US",
        "bankAddSource": "2",
        "regulatory1": "R1",
        "vendorBankData": "note",
    }
    assert ok(v2.post("Crud/Read/VendorBankAccount.json", trusted, {"id": account["id"]})) == account
    assert _list(v2, trusted) == [account]
    assert ok(v2.post("Crud/Read/Vendor.json", trusted, {"id": vendor["id"]}))["payBy"] == "1"


def test_a_vendor_has_one_account_and_deleting_makes_room(v2: V2, trusted: dict[str, str], clock: MockClock) -> None:
    vendor = v2.create_vendor(trusted)
    first = _add(v2, trusted, vendor["id"])
    error_code, message = refused(
        v2.post("Crud/Create/VendorBankAccount.json", trusted, {"obj": {**ACCOUNT, "vendorId": vendor["id"]}})
    )
    assert error_code == "BDC_1119"
    assert message.startswith(f"Invalid field,value: vendorId, {vendor['id']}.")
    clock.advance(60)
    deleted = ok(v2.post("Crud/Delete/VendorBankAccount.json", trusted, {"id": first["id"]}))
    assert (deleted["isActive"], deleted["updatedTime"]) == ("2", "2026-01-01T00:01:00.000+0000")
    assert ok(v2.post("Crud/Delete/VendorBankAccount.json", trusted, {"id": first["id"]})) == deleted
    assert ok(v2.post("Crud/Read/Vendor.json", trusted, {"id": vendor["id"]}))["payBy"] == "0"
    second = _add(v2, trusted, vendor["id"], accountNumber="999888777")
    assert [account["id"] for account in _list(v2, trusted)] == [first["id"], second["id"]]
    active = _list(v2, trusted, filters=[{"field": "isActive", "op": "=", "value": "1"}])
    assert [account["accountNumber"] for account in active] == ["****8777"]


def test_an_account_can_be_created_inactive(v2: V2, trusted: dict[str, str]) -> None:
    vendor = v2.create_vendor(trusted)
    assert _add(v2, trusted, vendor["id"], isActive="2")["isActive"] == "2"
    assert _add(v2, trusted, vendor["id"])["isActive"] == "1"


def test_creating_and_deleting_need_an_mfa_trusted_session(v2: V2, trusted: dict[str, str]) -> None:
    untrusted = v2.session()
    vendor = v2.create_vendor(untrusted)
    data = {"obj": {**ACCOUNT, "vendorId": vendor["id"]}}
    assert code(v2.post("Crud/Create/VendorBankAccount.json", untrusted, data)) == "BDC_1361"
    assert code(v2.post("Bulk/Crud/Create/VendorBankAccount.json", untrusted, {"bulk": [data]})) == "BDC_1361"
    account = _add(v2, trusted, vendor["id"])
    ident = {"id": account["id"]}
    assert code(v2.post("Crud/Delete/VendorBankAccount.json", untrusted, ident)) == "BDC_1361"
    assert code(v2.post("Bulk/Crud/Delete/VendorBankAccount.json", untrusted, {"bulk": [ident]})) == "BDC_1361"
    assert ok(v2.post("Crud/Read/VendorBankAccount.json", untrusted, ident))["isActive"] == "1"
    assert _list(v2, untrusted)[0]["id"] == account["id"]


def test_bad_values_are_bdc_1119_and_missing_ones_bdc_1117(v2: V2, bill: Bill, trusted: dict[str, str]) -> None:
    vendor = v2.create_vendor(trusted)

    def create(**fields: Any) -> tuple[str, str]:
        obj = {**ACCOUNT, "vendorId": vendor["id"], **fields}
        return refused(v2.post("Crud/Create/VendorBankAccount.json", trusted, {"obj": obj}))

    unknown = "00902AAAAAAAAAAAAAAA"
    assert create(vendorId=unknown) == ("BDC_1119", f"Invalid field,value: vendorId, {unknown}.")
    assert create(routingNumber="12345")[1].startswith("Invalid field,value: routingNumber, 12345.")
    assert create(accountNumber="12-34")[0] == "BDC_1119"
    assert "12-34" not in create(accountNumber="12-34")[1], "account numbers never show in messages"
    assert create(paymentCurrency="dollars")[0] == "BDC_1119"
    assert create(usersId="00602AAAAAAAAAAAAAAA")[0] == "BDC_1119"
    obj = {key: value for key, value in ACCOUNT.items() if key != "routingNumber"}
    missing = refused(
        v2.post("Crud/Create/VendorBankAccount.json", trusted, {"obj": {**obj, "vendorId": vendor["id"]}})
    )
    assert missing == ("BDC_1117", "Missing required data for: obj.routingNumber.")

    ok(v2.post("Crud/Delete/Vendor.json", trusted, {"id": vendor["id"]}))
    error_code, message = create()
    assert error_code == "BDC_1119"
    assert "archived" in message

    partner_user = bill.login_as(bill.partner_headers(), bill.partner["userId"])
    theirs = bill.call("POST", "/v3/vendors", partner_user, json={"name": "Theirs", "address": V3_ADDRESS}).json()
    assert create(vendorId=theirs["id"])[0] == "BDC_1119"
    for endpoint in ("Read", "Delete"):
        response = v2.post(f"Crud/{endpoint}/VendorBankAccount.json", trusted, {"id": "vba02AAAAAAAAAAAAAAA"})
        assert refused(response) == ("BDC_1119", "Invalid field,value: id, vba02AAAAAAAAAAAAAAA.")


def test_an_international_account_needs_no_aba_routing_number(v2: V2, trusted: dict[str, str]) -> None:
    vendor = v2.create_vendor(trusted)
    account = _add(
        v2, trusted, vendor["id"], routingNumber="DEUTDEFF", intlPaymentType="1", accountNumber="DE89370400440532013000"
    )
    assert (account["intlPaymentType"], account["intlEPaymentAcct"], account["accountNumber"]) == (
        "1",
        True,
        "****3000",
    )


def test_another_organizations_account_is_unknown(v2: V2, bill: Bill, trusted: dict[str, str]) -> None:
    account = _add(v2, trusted, v2.create_vendor(trusted)["id"])
    partner_user = bill.login_as(bill.partner_headers(), bill.partner["userId"])
    assert code(v2.post("Crud/Read/VendorBankAccount.json", partner_user, {"id": account["id"]})) == "BDC_1119"
    assert _list(v2, partner_user) == []


# Bulk


def test_bulk_create_and_delete_answer_each_item(v2: V2, trusted: dict[str, str]) -> None:
    one, two = v2.create_vendor(trusted, name="One"), v2.create_vendor(trusted, name="Two")
    items = [
        {"obj": {**ACCOUNT, "vendorId": one["id"]}},
        {"obj": {**ACCOUNT, "vendorId": one["id"]}},
        {"obj": {"entity": "VendorBankAccount", "vendorId": two["id"]}},
        {"obj": {**ACCOUNT, "vendorId": two["id"], "isPersonalAcct": True}},
    ]
    answers = ok(v2.post("Bulk/Crud/Create/VendorBankAccount.json", trusted, {"bulk": items}))["bulk"]
    assert [answer["response_status"] for answer in answers] == [0, 1, 1, 0]
    assert answers[1]["response_data"]["error_code"] == "BDC_1119"
    assert answers[2]["response_data"]["error_code"] == "BDC_1117"
    assert answers[3]["response_data"]["isPersonalAcct"] is True

    ids = [{"id": answers[0]["response_data"]["id"]}, {"id": "vba02AAAAAAAAAAAAAAA"}]
    deleted = ok(v2.post("Bulk/Crud/Delete/VendorBankAccount.json", trusted, {"bulk": ids}))["bulk"]
    assert deleted[0]["response_data"]["isActive"] == "2"
    assert deleted[1]["response_data"]["error_code"] == "BDC_1119"
    too_many = {"bulk": [{"id": "vba02AAAAAAAAAAAAAAA"}] * 101}
    assert code(v2.post("Bulk/Crud/Delete/VendorBankAccount.json", trusted, too_many)) == "BDC_1119"


# across versions


def test_an_account_added_in_v2_is_the_v3_vendors(v2: V2, bill: Bill, trusted: dict[str, str]) -> None:
    vendor = v2.create_vendor(trusted)
    _add(v2, trusted, vendor["id"], nameOnAcct="Acme", isPersonalAcct=True)
    v3 = spec_body(bill.call("GET", f"/v3/vendors/{vendor['id']}", _headers(trusted)))
    assert v3["paymentInformation"]["payByType"] == "ACH"
    assert v3["paymentInformation"]["bankAccount"] == {
        "accountNumber": "111222333",
        "routingNumber": "074000010",
        "nameOnAccount": "Acme",
        "type": "CHECKING",
        "ownerType": "PERSON",
    }
    assert (
        spec_body(bill.call("GET", f"/v3/vendors/{vendor['id']}/bank-account", _headers(trusted)))
        == (v3["paymentInformation"]["bankAccount"])
    )
    trail = spec_body(bill.call("GET", f"/v3/reports/audit-trail/vendor/{vendor['id']}", _headers(trusted)))
    assert trail[-1]["field"] == {"name": "bankAccount", "value": {"current": "****2333"}}


def test_v3s_changes_show_in_v2(v2: V2, bill: Bill, trusted: dict[str, str], clock: MockClock) -> None:
    body = {
        "name": "Made in v3",
        "address": V3_ADDRESS,
        "paymentInformation": {"bankAccount": {"accountNumber": "5556667778", "routingNumber": "074000010"}},
    }
    created = bill.call("POST", "/v3/vendors", _headers(trusted), json=body)
    assert created.status_code == 201, created.text
    vendor_id = created.json()["id"]
    [adopted] = _list(v2, trusted)
    assert (adopted["vendorId"], adopted["accountNumber"], adopted["isActive"]) == (vendor_id, "****7778", "1")
    assert adopted["bankAddSource"] == "1"
    assert _list(v2, trusted) == [adopted], "the same id every time"

    clock.advance(60)
    assert bill.call("DELETE", f"/v3/vendors/{vendor_id}/bank-account", _headers(trusted)).status_code == 204
    gone = ok(v2.post("Crud/Read/VendorBankAccount.json", trusted, {"id": adopted["id"]}))
    assert (gone["isActive"], gone["updatedTime"]) == ("2", "2026-01-01T00:01:00.000+0000")

    added = bill.call(
        "POST", f"/v3/vendors/{vendor_id}/bank-account", _headers(trusted), json={"accountNumber": "1234"}
    )
    assert added.status_code == 200, added.text
    listed = _list(v2, trusted)
    assert [(account["isActive"], account["accountNumber"]) for account in listed] == [
        ("2", "****7778"),
        ("1", "****1234"),
    ]
    assert code(
        v2.post("Crud/Create/VendorBankAccount.json", trusted, {"obj": {**ACCOUNT, "vendorId": vendor_id}})
    ) == ("BDC_1119")
    ok(v2.post("Crud/Delete/VendorBankAccount.json", trusted, {"id": listed[1]["id"]}))
    assert bill.call("GET", f"/v3/vendors/{vendor_id}/bank-account", _headers(trusted)).status_code == 404
