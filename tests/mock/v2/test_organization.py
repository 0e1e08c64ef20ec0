"""v2's organization area: the organization, users and profiles over v3's records, bank and card accounts,
balances, funds transfers, notes, metadata, links and vendor search."""

from __future__ import annotations

from typing import Any

import pytest

from bill_mock import MockClock
from tests.mock.pay_support import ADDRESS, DAY, Payer
from tests.mock.support import Bill
from tests.mock.v2.support import V2, code, ok, refused


@pytest.fixture
def session(v2: V2) -> dict[str, str]:
    return v2.session()


def _headers(session: dict[str, str]) -> dict[str, str]:
    """The same session's credentials as v3 headers."""
    return {"devKey": session["devKey"], "sessionId": session["sessionId"]}


def _profiles(v2: V2, session: dict[str, str]) -> dict[str, dict[str, Any]]:
    """The organization's profiles by type code."""
    return {each["type"]: each for each in ok(v2.post("List/Profile.json", session, {"start": 0, "max": 999}))}


def _admin_profile(v2: V2, session: dict[str, str]) -> str:
    profile_id: str = _profiles(v2, session)["2"]["id"]
    return profile_id


def _new_user(v2: V2, session: dict[str, str], email: str = "clerk@sandbox.example", **obj: Any) -> dict[str, Any]:
    fields = {"entity": "User", "profileId": _admin_profile(v2, session), "firstName": "Casey", "lastName": "Clerk"}
    data = {"obj": {**fields, "email": email, **obj}, "username": v2.creds["userName"]}
    created: dict[str, Any] = ok(v2.post("Crud/Create/User.json", session, data))
    return created


def _clerk_session(bill: Bill) -> tuple[dict[str, str], str]:
    """A v2 session of a CLERK in the partner's client organization, and that user's sign-in name."""
    partner = bill.partner_headers()
    roles = bill.call("GET", "/v3/partner/roles", partner, params={"max": 100}).json()["results"]
    role_id = next(role["id"] for role in roles if role["type"] == "CLERK")
    user = bill.create_user(partner, "clerk-one", roleId=role_id)
    return bill.login_as(partner, user["id"]), "clerk-one"


# the organization


def test_read_organization_answers_the_sandbox_company_in_v2s_shape(v2: V2, session: dict[str, str]) -> None:
    org = ok(v2.post("Crud/Read/Organization.json", session, {"id": v2.org_id}))
    assert org["entity"] == "Organization"
    assert (org["id"], org["isActive"], org["name"]) == (v2.org_id, "1", "Sandbox Company")
    assert (org["address1"], org["addressCity"], org["addressZip"], org["addressCountry"]) == (
        "1 Sandbox Way",
        "San Jose",
        "95002",
        "US",
    )
    assert org["createdTime"] == "2026-01-01T00:00:00.000+0000"


def test_read_organization_follows_v3_changes(v2: V2, bill: Bill, session: dict[str, str]) -> None:
    body = {"phone": "4155550100", "taxId": "12-3456789", "taxIdType": "EIN", "mailingAddress": {"city": "Austin"}}
    changed = bill.call("PATCH", f"/v3/organizations/{v2.org_id}", _headers(session), json=body)
    assert changed.status_code == 200, changed.text
    org = ok(v2.post("Crud/Read/Organization.json", session, {"id": v2.org_id}))
    assert (org["phone"], org["taxId"], org["taxIdType"], org["mailingAddressCity"]) == (
        "4155550100",
        "12-3456789",
        "1",
        "Austin",
    )


def test_another_organization_is_an_invalid_id(v2: V2, bill: Bill, session: dict[str, str]) -> None:
    for other in (bill.partner["organizationId"], "00802AAAAAAAAAAAAAAA"):
        error, message = refused(v2.post("Crud/Read/Organization.json", session, {"id": other}))
        assert (error, message) == ("BDC_1119", f"Invalid field,value: id, {other}.")


# users


def test_a_user_created_in_v2_reads_in_v3(v2: V2, bill: Bill, session: dict[str, str]) -> None:
    profile_id = _admin_profile(v2, session)
    user = _new_user(v2, session, timezoneId="3")
    assert user["id"].startswith("00602")
    assert user["entity"] == "User"
    assert (user["isActive"], user["profileId"], user["firstName"], user["lastName"], user["timezoneId"]) == (
        "1",
        profile_id,
        "Casey",
        "Clerk",
        "3",
    )
    v3 = bill.call("GET", f"/v3/users/{user['id']}", _headers(session))
    assert v3.status_code == 200, v3.text
    assert (v3.json()["email"], v3.json()["role"]["id"], v3.json()["archived"]) == (
        "clerk@sandbox.example",
        profile_id,
        False,
    )
    assert ok(v2.post("Crud/Read/User.json", session, {"id": user["id"]})) == user


def test_a_user_created_in_v3_lists_in_v2(v2: V2, bill: Bill, session: dict[str, str]) -> None:
    body = {
        "firstName": "Vera",
        "lastName": "Three",
        "email": "vera@sandbox.example",
        "roleId": _profiles(v2, session)["9"]["id"],
        "acceptTermsOfService": True,
    }
    created = bill.call("POST", "/v3/users", _headers(session), json=body)
    assert created.status_code == 201, created.text
    query = {"start": 0, "max": 10, "filters": [{"field": "email", "op": "=", "value": "vera@sandbox.example"}]}
    [listed] = ok(v2.post("List/User.json", session, query))
    assert (listed["id"], listed["firstName"], listed["profileId"]) == (created.json()["id"], "Vera", body["roleId"])


def test_list_user_pages_and_sorts(v2: V2, session: dict[str, str]) -> None:
    for name in ("b", "a"):
        _new_user(v2, session, email=f"{name}@sandbox.example", firstName=name.upper())
    everyone = ok(v2.post("List/User.json", session, {"start": 0, "max": 999}))
    assert len(everyone) == 3
    page = ok(
        v2.post("List/User.json", session, {"start": 1, "max": 2, "sort": [{"field": "firstName", "asc": "true"}]})
    )
    assert [each["firstName"] for each in page] == ["B", "Sandbox"]


def test_the_sign_in_name_is_unique_across_bill_ignoring_case(v2: V2, session: dict[str, str]) -> None:
    fields = {"entity": "User", "profileId": _admin_profile(v2, session), "firstName": "A", "lastName": "B"}
    data: dict[str, Any] = {"obj": {**fields, "email": "ADMIN@Sandbox.Example"}, "username": v2.creds["userName"]}
    error, message = refused(v2.post("Crud/Create/User.json", session, data))
    assert error == "BDC_1119"
    assert message.startswith("Invalid field,value: email, ADMIN@Sandbox.Example.")
    _new_user(v2, session, email="twice@sandbox.example")
    data["obj"]["email"] = "Twice@sandbox.example"
    assert code(v2.post("Crud/Create/User.json", session, data)) == "BDC_1119"


def test_create_user_checks_the_callers_name_and_the_profile(v2: V2, bill: Bill, session: dict[str, str]) -> None:
    fields = {"entity": "User", "profileId": _admin_profile(v2, session), "firstName": "A", "lastName": "B"}
    data: dict[str, Any] = {"obj": {**fields, "email": "new@sandbox.example"}, "username": "someone-else"}
    assert refused(v2.post("Crud/Create/User.json", session, data))[1].startswith(
        "Invalid field,value: username, someone-else."
    )
    roles = bill.call("GET", "/v3/partner/roles", bill.partner_headers(), params={"max": 100}).json()["results"]
    foreign = roles[0]["id"]
    data = {"obj": {**fields, "email": "new@sandbox.example", "profileId": foreign}, "username": v2.creds["userName"]}
    assert refused(v2.post("Crud/Create/User.json", session, data))[1].startswith(
        f"Invalid field,value: profileId, {foreign}."
    )
    del data["obj"]["lastName"]
    assert code(v2.post("Crud/Create/User.json", session, data)) == "BDC_1117"


def test_only_an_administrator_adds_users(v2: V2, bill: Bill) -> None:
    clerk, username = _clerk_session(bill)
    profiles = _profiles(v2, clerk)
    obj = {
        "entity": "User",
        "profileId": profiles["3"]["id"],
        "firstName": "N",
        "lastName": "O",
        "email": "no@x.example",
    }
    error, message = refused(v2.post("Crud/Create/User.json", clerk, {"obj": obj, "username": username}))
    assert error == "BDC_1145"
    assert "ADMINISTRATOR" in message
    assert len(ok(v2.post("List/User.json", clerk, {"start": 0, "max": 999}))) == 2


def test_update_changes_the_user_and_v3_sees_it(v2: V2, bill: Bill, session: dict[str, str], clock: MockClock) -> None:
    user = _new_user(v2, session)
    auditor = _profiles(v2, session)["9"]["id"]
    clock.advance(60)
    obj = {
        "entity": "User",
        "id": user["id"],
        "profileId": auditor,
        "firstName": "Cass",
        "lastName": "Auditor",
        "email": "cass@sandbox.example",
    }
    updated = ok(v2.post("Crud/Update/User.json", session, {"obj": obj}))
    assert (updated["firstName"], updated["profileId"], updated["updatedTime"]) == (
        "Cass",
        auditor,
        "2026-01-01T00:01:00.000+0000",
    )
    v3 = bill.call("GET", f"/v3/users/{user['id']}", _headers(session)).json()
    assert (v3["firstName"], v3["lastName"], v3["role"]["type"]) == ("Cass", "Auditor", "AUDITOR")
    obj["profileId"] = "0po02AAAAAAAAAAAAAAA"
    assert code(v2.post("Crud/Update/User.json", session, {"obj": obj})) == "BDC_1119"


def test_delete_and_undelete_archive_and_restore(v2: V2, bill: Bill, session: dict[str, str]) -> None:
    user = _new_user(v2, session)
    assert ok(v2.post("Crud/Delete/User.json", session, {"id": user["id"]}))["isActive"] == "2"
    assert bill.call("GET", f"/v3/users/{user['id']}", _headers(session)).json()["archived"] is True
    assert ok(v2.post("Crud/Undelete/User.json", session, {"id": user["id"]}))["isActive"] == "1"
    assert bill.call("POST", f"/v3/users/{user['id']}/archive", _headers(session)).status_code == 200
    assert ok(v2.post("Crud/Read/User.json", session, {"id": user["id"]}))["isActive"] == "2"
    assert code(v2.post("Crud/Delete/User.json", session, {"id": "00602AAAAAAAAAAAAAAA"})) == "BDC_1119"


def test_another_organizations_user_is_unknown(v2: V2, bill: Bill, session: dict[str, str]) -> None:
    theirs = bill.partner["userId"]
    assert refused(v2.post("Crud/Read/User.json", session, {"id": theirs})) == (
        "BDC_1119",
        f"Invalid field,value: id, {theirs}.",
    )


def test_bulk_user_operations_answer_each_item(v2: V2, session: dict[str, str]) -> None:
    profile_id = _admin_profile(v2, session)
    fields = {"entity": "User", "profileId": profile_id, "firstName": "B", "lastName": "Ulk"}
    username = v2.creds["userName"]
    bulk = [
        {"obj": {**fields, "email": "bulk1@sandbox.example"}, "username": username},
        {"obj": {**fields, "email": "admin@sandbox.example"}, "username": username},
        {"obj": {**fields}, "username": username},
    ]
    answers = ok(v2.post("Bulk/Crud/Create/User.json", session, {"bulk": bulk}))["bulk"]
    assert [each["response_status"] for each in answers] == [0, 1, 1]
    assert [each["response_data"].get("error_code") for each in answers[1:]] == ["BDC_1119", "BDC_1117"]
    user_id = answers[0]["response_data"]["id"]
    update = {"obj": {**fields, "id": user_id, "email": "bulk1@sandbox.example", "firstName": "Renamed"}}
    updated = ok(v2.post("Bulk/Crud/Update/User.json", session, {"bulk": [update]}))["bulk"]
    assert updated[0]["response_data"]["firstName"] == "Renamed"
    deleted = ok(v2.post("Bulk/Crud/Delete/User.json", session, {"bulk": [{"id": user_id}]}))["bulk"]
    assert deleted[0]["response_data"]["isActive"] == "2"
    restored = ok(v2.post("Bulk/Crud/Undelete/User.json", session, {"bulk": [{"id": user_id}]}))["bulk"]
    assert restored[0]["response_data"]["isActive"] == "1"


def test_a_token_session_reads_users_but_cannot_create_them(v2: V2, session: dict[str, str]) -> None:
    token = v2.token_session()
    users = ok(v2.post("List/User.json", token, {"start": 0, "max": 10}))
    assert [user["id"] for user in users] == [v2.user_id]
    obj = {
        "entity": "User",
        "profileId": _admin_profile(v2, session),
        "firstName": "T",
        "lastName": "K",
        "email": "token@sandbox.example",
    }
    error, message = refused(v2.post("Crud/Create/User.json", token, {"obj": obj, "username": v2.token["name"]}))
    assert error == "BDC_1145"
    assert "cannot create users" in message


# profiles


def test_profiles_are_the_organizations_roles(v2: V2, bill: Bill, session: dict[str, str]) -> None:
    profiles = _profiles(v2, session)
    assert sorted(profiles) == ["2", "3", "4", "5", "7", "9"]
    admin = profiles["2"]
    assert admin["id"].startswith("0po")
    assert (admin["entity"], admin["name"]) == ("Profile", "Administrator")
    assert ok(v2.post("Crud/Read/Profile.json", session, {"id": admin["id"]})) == admin
    v3_roles = bill.call("GET", "/v3/roles", _headers(session), params={"max": 100}).json()["results"]
    assert {role["id"] for role in v3_roles} == {each["id"] for each in profiles.values()}
    foreign = bill.call("GET", "/v3/partner/roles", bill.partner_headers(), params={"max": 100}).json()["results"]
    assert code(v2.post("Crud/Read/Profile.json", session, {"id": foreign[0]["id"]})) == "BDC_1119"


def test_profile_permissions_follow_the_role(v2: V2, session: dict[str, str]) -> None:
    profiles = _profiles(v2, session)
    admin = ok(v2.post("GetProfilePermissions.json", session, {"id": profiles["2"]["id"]}))
    assert len(admin) > 50
    assert all(admin.values())
    auditor = ok(v2.post("GetProfilePermissions.json", session, {"id": profiles["9"]["id"]}))
    assert (auditor["viewBill"], auditor["viewReport"]) == (True, True)
    assert not any(value for name, value in auditor.items() if not name.startswith("view"))
    payer = ok(v2.post("GetProfilePermissions.json", session, {"id": profiles["7"]["id"]}))
    assert (payer["editPayment"], payer["editBill"], payer["canApprove"]) == (True, False, False)
    approver = ok(v2.post("GetProfilePermissions.json", session, {"id": profiles["4"]["id"]}))
    assert (approver["canApprove"], approver["editPayment"]) == (True, False)
    assert code(v2.post("GetProfilePermissions.json", session, {"id": "0po02AAAAAAAAAAAAAAA"})) == "BDC_1119"


# bank and card accounts, balances


def test_bank_accounts_are_v3s_funding_accounts(v2: V2, bill: Bill, session: dict[str, str]) -> None:
    payer = Payer(bill)
    account = payer.bank_account()
    payer.ok("PATCH", f"/v3/funding-accounts/banks/{account['id']}", json={"default": {"payables": True}})
    pending = payer.bank_account(verified=False, type="SAVINGS", ownerType="PERSONAL")
    listed = ok(v2.post("List/BankAccount.json", session, {"start": 0, "max": 10}))
    assert [each["id"] for each in listed] == [account["id"], pending["id"]]
    first = ok(v2.post("Crud/Read/BankAccount.json", session, {"id": account["id"]}))
    assert (first["entity"], first["isActive"], first["status"], first["primaryAP"], first["primaryAR"]) == (
        "BankAccount",
        "1",
        "1",
        True,
        False,
    )
    assert (first["accountNumber"], first["bankName"], first["usersId"]) == ("xxxxx2333", "Sandbox Bank", v2.user_id)
    second = listed[1]
    assert (second["status"], second["isSavings"], second["isPersonalAcct"]) == ("2", True, True)
    query = {"start": 0, "max": 10, "filters": [{"field": "status", "op": "=", "value": "2"}]}
    assert [each["id"] for each in ok(v2.post("List/BankAccount.json", session, query))] == [pending["id"]]
    assert code(v2.post("Crud/Read/BankAccount.json", session, {"id": "bac02AAAAAAAAAAAAAAA"})) == "BDC_1119"


def test_set_bank_balance_needs_a_bank_account(v2: V2, bill: Bill, session: dict[str, str]) -> None:
    assert ok(v2.post("GetBankBalance.json", session)) == {"bankBalance": 0.0}
    data = {"bankBalance": 1200.5, "bankBalanceDate": "2026-01-01"}
    error, message = refused(v2.post("SetBankBalance.json", session, data))
    assert error == "BDC_1119"
    assert "no active bank account" in message
    account = Payer(bill).bank_account()
    assert ok(v2.post("SetBankBalance.json", session, data)) == {}
    assert ok(v2.post("GetBankBalance.json", session)) == {"bankBalance": 1200.5, "bankBalanceDate": "2026-01-01"}
    assert ok(v2.post("Crud/Read/BankAccount.json", session, {"id": account["id"]}))["bankBalance"] == 1200.5


def test_set_bank_balance_checks_the_date_and_charts_of_accounts(v2: V2, bill: Bill, session: dict[str, str]) -> None:
    payer = Payer(bill)
    payer.bank_account()
    future = {"bankBalance": 1, "bankBalanceDate": "2026-01-02"}
    assert refused(v2.post("SetBankBalance.json", session, future))[1].startswith(
        "Invalid field,value: bankBalanceDate, 2026-01-02."
    )
    for bad in (
        {"bankBalance": 1, "bankBalanceDate": "2025-02-30"},
        {"bankBalance": 1e308, "bankBalanceDate": "2025-01-01"},
    ):
        assert code(v2.post("SetBankBalance.json", session, bad)) == "BDC_1119"
    chart = payer.ok("POST", "/v3/classifications/chart-of-accounts", 201, json={"name": "Operating"})
    data: dict[str, Any] = {
        "bankBalance": 10,
        "bankBalanceDate": "2025-12-31",
        "bankBalances": [{"chartOfAccountId": chart["id"], "chartOfAccountBalance": 10}],
    }
    assert ok(v2.post("SetBankBalance.json", session, data)) == {}
    data["bankBalances"] = [{"chartOfAccountId": "0ca02AAAAAAAAAAAAAAA", "chartOfAccountBalance": 10}]
    assert code(v2.post("SetBankBalance.json", session, data)) == "BDC_1119"
    data["bankBalances"] = [{"chartOfAccountId": chart["id"]}]
    assert code(v2.post("SetBankBalance.json", session, data)) == "BDC_1117"
    assert code(v2.post("SetBankBalance.json", v2.token_session(), future)) == "BDC_1145"


def test_card_accounts_are_v3s_cards(v2: V2, bill: Bill, session: dict[str, str]) -> None:
    cards = ok(v2.post("List/CardAccount.json", session, {"start": 0, "max": 10}))
    assert [(card["cardType"], card["last4"], card["status"], card["primaryAP"]) for card in cards] == [
        ("1", "4242", "1", True),
        ("2", "5454", "2", False),
    ]
    v3 = bill.call("GET", "/v3/funding-accounts/cards", _headers(session), params={"cardUserStatus": "VERIFIED"})
    assert [card["id"] for card in v3.json()["cards"]] == [cards[0]["id"]]
    assert cards[0]["id"].startswith("cat")
    query = {"start": 0, "max": 10, "filters": [{"field": "cardType", "op": "=", "value": "2"}]}
    assert [card["last4"] for card in ok(v2.post("List/CardAccount.json", session, query))] == ["5454"]


def test_money_movements_follow_bank_funded_payments(
    v2: V2, bill: Bill, session: dict[str, str], clock: MockClock
) -> None:
    assert ok(v2.post("List/MoneyMovement.json", session, {"start": 0, "max": 10})) == []
    payer = Payer(bill)
    vendor = payer.vendor()
    account = payer.bank_account()
    created = payer.new_bill(vendor["id"], 250)
    body = {
        "billId": created["id"],
        "amount": 100,
        "fundingAccount": {"type": "BANK_ACCOUNT", "id": account["id"]},
        "processingOptions": {"requestPayFaster": False, "createBill": False},
        "description": "January",
    }
    payer.ok("POST", "/v3/payments", 201, json=body)
    [movement] = ok(v2.post("List/MoneyMovement.json", session, {"start": 0, "max": 10}))
    assert movement["id"].startswith("mmt02")
    assert (movement["type"], movement["amount"], movement["status"], movement["processDate"]) == (
        "1",
        -100.0,
        "0",
        "2026-01-02",
    )
    assert (movement["bankAccountId"], movement["description"]) == (account["id"], "January")
    assert "moneyMovementItems" not in movement
    nested = ok(v2.post("List/MoneyMovement.json", session, {"start": 0, "max": 10, "nested": True}))
    [item] = nested[0]["moneyMovementItems"]
    assert (item["moneyMovementId"], item["amount"], item["name"]) == (movement["id"], -100.0, vendor["name"])
    clock.advance(2 * DAY)
    session = v2.session()  # the old one idled out
    read = ok(v2.post("Crud/Read/MoneyMovement.json", session, {"id": movement["id"]}))
    assert (read["id"], read["status"]) == (movement["id"], "1")
    assert code(v2.post("Crud/Read/MoneyMovement.json", session, {"id": "mmt02AAAAAAAAAAAAAAA"})) == "BDC_1119"


# notes


def test_notes_go_on_an_object_of_the_organization(v2: V2, session: dict[str, str], clock: MockClock) -> None:
    vendor = v2.create_vendor(session)
    note = ok(v2.post("SendMessage.json", session, {"objectId": vendor["id"], "message": f"Ask [~{v2.user_id}]"}))
    assert note["id"].startswith("act02")
    assert (note["entity"], note["objectId"], note["isPublic"], note["usersId"]) == (
        "Message",
        vendor["id"],
        False,
        v2.user_id,
    )
    assert note["from"] == {"usersOrgName": "Sandbox Company", "usersFirstName": "Sandbox", "usersLastName": "Admin"}
    clock.advance(60)
    ok(v2.post("SendMessage.json", session, {"objectId": vendor["id"], "message": "Second", "isPublic": True}))
    listed = ok(v2.post("ListMessage.json", session, {"objectId": vendor["id"], "start": 0, "max": 10}))
    assert [each["message"] for each in listed] == [note["message"], "Second"]
    assert ok(v2.post("ListMessage.json", session, {"objectId": vendor["id"], "start": 1, "max": 1}))[0]["isPublic"]
    assert ok(v2.post("ListMessage.json", session, {"objectId": v2.org_id, "start": 0, "max": 10})) == []


def test_notes_refuse_unknown_objects_and_strangers(v2: V2, bill: Bill, session: dict[str, str]) -> None:
    unknown = {"objectId": "00902AAAAAAAAAAAAAAA", "message": "Hello"}
    assert refused(v2.post("SendMessage.json", session, unknown)) == (
        "BDC_1119",
        "Invalid field,value: objectId, 00902AAAAAAAAAAAAAAA.",
    )
    listing = {"objectId": "00902AAAAAAAAAAAAAAA", "start": 0, "max": 10}
    assert code(v2.post("ListMessage.json", session, listing)) == "BDC_1119"
    vendor = v2.create_vendor(session)
    stranger = {"objectId": vendor["id"], "message": f"Hi [~{bill.partner['userId']}]"}
    assert code(v2.post("SendMessage.json", session, stranger)) == "BDC_1119"
    assert code(v2.post("SendMessage.json", v2.token_session(), unknown)) == "BDC_1145"


# metadata, links, search


def test_entity_metadata_comes_from_the_spec(v2: V2, session: dict[str, str]) -> None:
    answer = ok(v2.post("GetEntityMetadata.json", session, {"entity": ["Vendor", "User"]}))
    assert sorted(answer) == ["User", "Vendor"]
    vendor = answer["Vendor"]["fields"]
    assert vendor["name"]["required"] is True
    assert (vendor["isActive"]["type"], vendor["isActive"]["values"]) == ("string", ["1", "2"])
    assert (vendor["createdTime"]["type"], vendor["createdTime"]["createable"]) == ("timestamp", False)
    user = answer["User"]["fields"]
    assert (user["profileId"]["required"], user["profileId"]["updateable"], user["id"]["type"]) == (True, True, "id")
    error, message = refused(v2.post("GetEntityMetadata.json", session, {"entity": ["Vendor", "Gadget"]}))
    assert (error, message) == ("BDC_1114", "Invalid entity type: Gadget.")


def test_object_urls_are_stable_links_to_objects_of_the_organization(v2: V2, session: dict[str, str]) -> None:
    vendor = v2.create_vendor(session)
    url = ok(v2.post("GetObjectUrl.json", session, {"objectId": vendor["id"]}))["url"]
    assert url.endswith("/" + vendor["id"])
    assert url.startswith("https://")
    assert ok(v2.post("GetObjectUrl.json", session, {"objectId": vendor["id"]}))["url"] == url
    assert ok(v2.post("GetObjectUrl.json", session, {"objectId": v2.user_id}))["url"].endswith(v2.user_id)
    assert code(v2.post("GetObjectUrl.json", session, {"objectId": "00n02AAAAAAAAAAAAAAA"})) == "BDC_1119"


def test_search_entity_finds_active_vendors_by_name(v2: V2, bill: Bill, session: dict[str, str]) -> None:
    tools = v2.create_vendor(session, name="ACME Tools")
    supplies = v2.create_vendor(session, name="Acme Supplies")
    gone = v2.create_vendor(session, name="Acme Gone")
    v2.create_vendor(session, name="Other Company")
    ok(v2.post("Crud/Delete/Vendor.json", session, {"id": gone["id"]}))
    found = ok(v2.post("SearchEntity.json", session, {"term": "acme", "entity": "Vendor"}))
    assert [each["id"] for each in found] == [supplies["id"], tools["id"]]
    assert found[0]["entity"] == "Vendor"
    v3 = bill.call("POST", "/v3/vendors", _headers(session), json={"name": "acme from v3", "address": ADDRESS})
    assert v3.status_code == 201, v3.text
    assert len(ok(v2.post("SearchEntity.json", session, {"term": "ACME", "entity": "Vendor"}))) == 3
    assert code(v2.post("SearchEntity.json", session, {"term": "acme", "entity": "Customer"})) == "BDC_1119"
