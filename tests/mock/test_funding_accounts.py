"""Funding accounts: bank accounts (MFA and administrator, verification and locking, changes, archive),
their users, and the read-only cards, AP cards and permissions."""

from __future__ import annotations

from typing import Any

import pytest

from bill_mock import MockClock, create_app
from tests.mock.pay_support import Payer
from tests.mock.support import Bill, Client

BANKS = "/v3/funding-accounts/banks"


@pytest.fixture
def payer(bill: Bill) -> Payer:
    return Payer(bill)


def _verify(payer: Payer, account_id: str, amount: float) -> Any:
    return payer.ok("POST", f"{BANKS}/{account_id}/verify", json={"depositAmount": amount})


def test_the_sandbox_publishes_a_test_bank_account(bill: Bill) -> None:
    assert bill.sandbox["bankAccount"] == {
        "routingNumber": "074000010",
        "accountNumber": "111222333",
        "depositAmount": 0.5,
    }


def test_a_new_bank_account_is_pending_and_no_default(payer: Payer) -> None:
    account = payer.bank_account(verified=False, accessToAdmins=True)
    assert account["id"].startswith("bac02")
    assert len(account["id"]) == 20
    assert account["status"] == "PENDING"
    assert account["default"] == {"payables": False, "receivables": False}
    assert account["accountNumber"] == "xxxxx2333"  # never echoed in full
    assert account["createdBy"] == payer.user_id
    assert account["accessToAdmins"] is True
    assert payer.ok("GET", f"{BANKS}/{account['id']}") == account


def test_adding_a_bank_account_needs_an_mfa_trusted_session(bill: Bill) -> None:
    untrusted = Payer(bill, trusted=False)
    body = {
        "nameOnAccount": "X",
        "routingNumber": "074000010",
        "accountNumber": "1234",
        "type": "SAVINGS",
        "ownerType": "PERSONAL",
        "bankName": "Y",
    }
    message = untrusted.refused("POST", BANKS, 403, "BDC_1361", json=body)
    assert "MFA-trusted" in message
    assert "/v3/mfa/challenge" in message
    untrusted.trust()
    assert untrusted.ok("POST", BANKS, 201, json=body)["status"] == "PENDING"


def test_adding_a_bank_account_needs_an_administrator(bill: Bill) -> None:
    accountant = Payer.partner_user(bill, "ACCOUNTANT", "acct1")
    message = accountant.refused(
        "POST",
        BANKS,
        403,
        "BDC_1145",
        json={
            "nameOnAccount": "X",
            "routingNumber": "074000010",
            "accountNumber": "1234",
            "type": "CHECKING",
            "ownerType": "BUSINESS",
            "bankName": "Y",
        },
    )
    assert "ADMINISTRATOR" in message


def test_a_routing_number_with_a_wrong_check_digit_is_refused(payer: Payer) -> None:
    response = payer.call(
        "POST",
        BANKS,
        json={
            "nameOnAccount": "X",
            "routingNumber": "074000011",
            "accountNumber": "1234",
            "type": "CHECKING",
            "ownerType": "BUSINESS",
            "bankName": "Y",
        },
    )
    assert response.status_code == 400
    assert "routingNumber" in response.json()[0]["message"]


def test_the_sandbox_deposit_verifies_the_account_and_verifying_again_changes_nothing(
    payer: Payer, clock: MockClock
) -> None:
    account = payer.bank_account(verified=False)
    clock.advance(60)
    assert _verify(payer, account["id"], 0.5) == {"verified": True}
    verified = payer.ok("GET", f"{BANKS}/{account['id']}")
    assert verified["status"] == "VERIFIED"
    assert verified["updatedTime"] != account["updatedTime"]
    clock.advance(60)
    assert _verify(payer, account["id"], 0.49) == {"verified": True}
    assert payer.ok("GET", f"{BANKS}/{account['id']}") == verified


def test_three_wrong_deposits_lock_the_account_for_good(payer: Payer) -> None:
    account = payer.bank_account(verified=False)
    for attempt in (0.11, 0.12, 0.13):
        assert _verify(payer, account["id"], attempt) == {"verified": False}
    assert payer.ok("GET", f"{BANKS}/{account['id']}")["status"] == "LOCKED"
    path = f"{BANKS}/{account['id']}/verify"
    message = payer.refused("POST", path, json={"depositAmount": 0.5})
    assert "locked" in message
    assert "new bank account" in message


def test_a_right_deposit_after_two_wrong_ones_still_verifies(payer: Payer) -> None:
    account = payer.bank_account(verified=False)
    assert _verify(payer, account["id"], 0.01) == {"verified": False}
    assert _verify(payer, account["id"], 0.99) == {"verified": False}
    assert _verify(payer, account["id"], 0.50) == {"verified": True}


@pytest.mark.parametrize("amount", [0, 1, 0.001])
def test_the_deposit_is_between_one_and_99_cents(payer: Payer, amount: float) -> None:
    account = payer.bank_account(verified=False)
    payer.refused("POST", f"{BANKS}/{account['id']}/verify", json={"depositAmount": amount})


def test_only_a_verified_account_can_change(payer: Payer, clock: MockClock) -> None:
    pending = payer.bank_account(verified=False)
    message = payer.refused("PATCH", f"{BANKS}/{pending['id']}", json={"bankName": "Renamed"})
    assert "PENDING" in message
    assert f"{BANKS}/{pending['id']}/verify" in message
    account = payer.bank_account()
    clock.advance(1)
    changed = payer.ok("PATCH", f"{BANKS}/{account['id']}", json={"bankName": "Renamed", "ownerType": "PERSONAL"})
    assert (changed["bankName"], changed["ownerType"], changed["nameOnAccount"]) == (
        "Renamed",
        "PERSONAL",
        "Sandbox Company",
    )
    assert changed["updatedTime"] > account["updatedTime"]


@pytest.mark.parametrize("field", ["routingNumber", "accountNumber", "type"])
def test_numbers_and_type_cannot_change(payer: Payer, field: str) -> None:
    account = payer.bank_account()
    payer.refused("PATCH", f"{BANKS}/{account['id']}", json={field: "CHECKING"})


def test_one_default_account_for_payables(payer: Payer) -> None:
    first, second = payer.bank_account(), payer.bank_account()
    payer.ok("PATCH", f"{BANKS}/{first['id']}", json={"default": {"payables": True, "receivables": True}})
    payer.ok("PATCH", f"{BANKS}/{second['id']}", json={"default": {"payables": True}})
    assert payer.ok("GET", f"{BANKS}/{first['id']}")["default"] == {"payables": False, "receivables": True}
    assert payer.ok("GET", f"{BANKS}/{second['id']}")["default"] == {"payables": True, "receivables": False}


def test_archive_needs_a_verified_account_and_is_idempotent(payer: Payer, clock: MockClock) -> None:
    pending = payer.bank_account(verified=False)
    payer.refused("POST", f"{BANKS}/{pending['id']}/archive")
    account = payer.bank_account()
    payer.ok("PATCH", f"{BANKS}/{account['id']}", json={"default": {"payables": True}})
    archived = payer.ok("POST", f"{BANKS}/{account['id']}/archive")
    assert archived["archived"] is True
    assert archived["default"] == {"payables": False, "receivables": False}
    clock.advance(5)
    assert payer.ok("POST", f"{BANKS}/{account['id']}/archive") == archived
    message = payer.refused("PATCH", f"{BANKS}/{account['id']}", json={"bankName": "Z"})
    assert "archived" in message


def test_only_a_verified_user_of_the_account_may_archive_it(bill: Bill) -> None:
    owner = Payer.partner_user(bill)
    other_admin = Payer.partner_user(bill, "ADMINISTRATOR", "admin2")
    account = owner.bank_account()
    message = other_admin.refused("POST", f"{BANKS}/{account['id']}/archive")
    assert "verified user" in message
    assert owner.ok("POST", f"{BANKS}/{account['id']}/archive")["archived"] is True


def test_a_bank_account_of_another_organization_is_not_found(bill: Bill, payer: Payer) -> None:
    account = payer.bank_account()
    stranger = Payer.partner_user(bill)
    for method, path in (("GET", ""), ("POST", "/archive"), ("PATCH", "")):
        body = {"bankName": "Z"} if method == "PATCH" else None
        stranger.refused(method, f"{BANKS}/{account['id']}{path}", 404, "BDC_1205", json=body)
    stranger.refused("POST", f"{BANKS}/{account['id']}/verify", 404, "BDC_1205", json={"depositAmount": 0.5})
    assert stranger.ok("GET", BANKS)["results"] == []


def test_list_filters_sorts_and_pages(payer: Payer, clock: MockClock) -> None:
    pending = payer.bank_account(verified=False, bankName="Bank A")
    clock.advance(1)
    verified = payer.bank_account(bankName="Bank B")

    def ids(**params: Any) -> list[str]:
        return [account["id"] for account in payer.ok("GET", BANKS, params=params)["results"]]

    assert ids() == [pending["id"], verified["id"]]
    assert ids(filters="status:eq:VERIFIED") == [verified["id"]]
    assert ids(filters=f"bankAccountId:eq:{pending['id']}") == [pending["id"]]
    assert ids(sort="createdTime:desc") == [verified["id"], pending["id"]]
    first = payer.ok("GET", BANKS, params={"max": 1})
    assert [a["id"] for a in first["results"]] == [pending["id"]]
    second = payer.ok("GET", BANKS, params={"max": 1, "page": first["nextPage"]})
    assert [a["id"] for a in second["results"]] == [verified["id"]]
    assert "nextPage" not in second


# bank account users


def test_the_one_who_adds_an_account_is_its_verified_user(payer: Payer) -> None:
    account = payer.bank_account(verified=False)
    users = payer.ok("GET", f"{BANKS}/users")["results"]
    assert [(u["bankAccountId"], u["userId"], u["verificationStatus"], u["archived"]) for u in users] == [
        (account["id"], payer.user_id, "VERIFIED", False)
    ]


def test_nominate_needs_a_verified_account_and_is_idempotent(bill: Bill) -> None:
    owner = Payer.partner_user(bill)
    clerk = Payer.partner_user(bill, "PAYER", "payer1", trusted=False)
    pending = owner.bank_account(verified=False)
    nomination = {"bankAccountId": pending["id"], "userId": clerk.user_id}
    assert "verify" in owner.refused("POST", f"{BANKS}/users/nominate", json=nomination)
    account = owner.bank_account()
    nomination["bankAccountId"] = account["id"]
    assert owner.ok("POST", f"{BANKS}/users/nominate", json=nomination) == {"status": "SUCCESS"}
    assert owner.ok("POST", f"{BANKS}/users/nominate", json=nomination) == {"status": "SUCCESS"}
    nominated = owner.ok("GET", f"{BANKS}/users", params={"filters": "verificationStatus:eq:NOMINATED"})["results"]
    assert [(u["bankAccountId"], u["userId"]) for u in nominated] == [(account["id"], clerk.user_id)]
    mine = clerk.ok("GET", f"{BANKS}/users", params={"currentUser": "true"})["results"]
    assert [u["id"] for u in mine] == [nominated[0]["id"]]


def test_nominate_refuses_unknown_users_and_accounts(bill: Bill, payer: Payer) -> None:
    account = payer.bank_account()
    stranger = Payer.partner_user(bill)
    nomination = {"bankAccountId": account["id"], "userId": stranger.user_id}
    assert "user" in payer.refused("POST", f"{BANKS}/users/nominate", 404, "BDC_1205", json=nomination)
    assert "bank account" in stranger.refused("POST", f"{BANKS}/users/nominate", 404, "BDC_1205", json=nomination)


def test_archiving_a_user_unverifies_them_and_repeating_changes_nothing(payer: Payer, clock: MockClock) -> None:
    payer.bank_account()
    (record,) = payer.ok("GET", f"{BANKS}/users")["results"]
    clock.advance(1)
    archived = payer.ok("POST", f"{BANKS}/users/{record['id']}/archive")
    assert (archived["archived"], archived["verificationStatus"]) == (True, "UNVERIFIED")
    clock.advance(1)
    assert payer.ok("POST", f"{BANKS}/users/{record['id']}/archive") == archived
    payer.refused("POST", f"{BANKS}/users/0bu02AAAAAAAAAAAAAAA/archive", 404, "BDC_1205")


def test_users_is_not_read_as_a_bank_account_id(payer: Payer) -> None:
    assert payer.ok("GET", f"{BANKS}/users")["results"] == []
    payer.refused("GET", f"{BANKS}/bac02AAAAAAAAAAAAAAA", 404, "BDC_1205")


# cards, AP cards, permissions


def test_cards_by_the_users_status(payer: Payer) -> None:
    verified = payer.ok("GET", "/v3/funding-accounts/cards", params={"cardUserStatus": "VERIFIED"})
    nominated = payer.ok("GET", "/v3/funding-accounts/cards", params={"cardUserStatus": "NOMINATED"})
    (visa,) = verified["cards"]
    (mastercard,) = nominated["cards"]
    assert (visa["brand"], visa["type"], visa["last4"]) == ("visa", "CREDIT_CARD", "4242")
    assert mastercard["brand"] == "mastercard"
    assert verified["rates"]["defaultCardAccountId"] == visa["id"]
    assert visa["id"].startswith("cat02")
    assert payer.ok("GET", f"/v3/funding-accounts/cards/{visa['id']}") == visa
    payer.refused("GET", "/v3/funding-accounts/cards", 400, "BDC_1108")


def test_cards_are_the_same_for_every_fresh_mock(payer: Payer) -> None:
    mine = payer.ok("GET", "/v3/funding-accounts/cards", params={"cardUserStatus": "VERIFIED"})
    fresh = Payer(Bill(Client(create_app())))
    assert fresh.ok("GET", "/v3/funding-accounts/cards", params={"cardUserStatus": "VERIFIED"}) == mine


def test_cards_of_another_organization_are_not_found(bill: Bill, payer: Payer) -> None:
    (visa,) = payer.ok("GET", "/v3/funding-accounts/cards", params={"cardUserStatus": "VERIFIED"})["cards"]
    Payer.partner_user(bill).refused("GET", f"/v3/funding-accounts/cards/{visa['id']}", 404, "BDC_1205")


def test_card_users_are_the_administrators(bill: Bill) -> None:
    admin = Payer.partner_user(bill)
    clerk = Payer.partner_user(bill, "CLERK", "clerk1", trusted=False)
    users = admin.ok("GET", "/v3/funding-accounts/cards/users")["results"]
    assert {(u["userId"], u["verificationStatus"]) for u in users} == {
        (admin.user_id, "VERIFIED"),
        (admin.user_id, "NOMINATED"),
    }
    assert clerk.ok("GET", "/v3/funding-accounts/cards/users", params={"currentUser": "true"})["results"] == []
    assert clerk.ok("GET", "/v3/funding-accounts/cards", params={"cardUserStatus": "VERIFIED"})["cards"] == []


def test_ap_cards(payer: Payer) -> None:
    cards = payer.ok("GET", "/v3/funding-accounts/ap-cards")
    assert [(card["status"], card["limit"]) for card in cards] == [("ACTIVE", 25000.0), ("INACTIVE", 5000.0)]
    assert cards[0]["nameOnAccount"] == "Sandbox Company"


def test_permissions_follow_the_users_role(bill: Bill, payer: Payer) -> None:
    permissions = payer.ok("GET", "/v3/funding-accounts/permissions")
    assert permissions["user"] == {"payOnline": True}
    assert permissions["organization"]["wallet"] == {"fundingEnabled": True}
    accountant = Payer.partner_user(bill, "ACCOUNTANT", "acct2", trusted=False)
    assert accountant.ok("GET", "/v3/funding-accounts/permissions")["user"] == {"payOnline": False}


def test_card_funding_purposes_need_a_vendor_of_the_organization(payer: Payer) -> None:
    vendor = payer.vendor()
    path = "/v3/funding-accounts/cards/funding-purposes"
    purposes = payer.ok("GET", path, params={"vendorId": vendor["id"], "brand": "visa"})
    assert [p["category"] for p in purposes["results"]] == ["Inventory", "Services", "Operations"]
    message = payer.refused("GET", path, params={"vendorId": "00902AAAAAAAAAAAAAAA", "brand": "visa"})
    assert "vendor" in message
