"""Payments: who may pay, which bills and amounts, funding accounts, the process date, cancel and void,
bulk payments (all or nothing, per-bill errors), offline payments in the list, options, exchange rate and
check images."""

from __future__ import annotations

from typing import Any

import pytest

from bill_mock import MockClock
from tests.mock.pay_support import DAY, Payer
from tests.mock.support import Bill

# The mock clock starts on Thursday 2026-01-01.
FRIDAY, MONDAY = "2026-01-02", "2026-01-05"


class Ap:
    """A trusted payer with a vendor, a verified bank account and helpers to pay from it."""

    def __init__(self, payer: Payer) -> None:
        self.payer = payer
        self.vendor = payer.vendor()
        self.account = payer.bank_account()

    @property
    def funding(self) -> dict[str, str]:
        return {"type": "BANK_ACCOUNT", "id": self.account["id"]}

    def body(self, bill_id: str, amount: float, **fields: Any) -> dict[str, Any]:
        return {
            "billId": bill_id,
            "amount": amount,
            "fundingAccount": self.funding,
            "processingOptions": {"requestPayFaster": False, "createBill": False},
            **fields,
        }

    def pay(self, bill_id: str, amount: float, **fields: Any) -> dict[str, Any]:
        paid: dict[str, Any] = self.payer.ok("POST", "/v3/payments", 201, json=self.body(bill_id, amount, **fields))
        return paid

    def refused(self, bill_id: str, amount: float, status: int = 400, code: str = "BDC_1119", **fields: Any) -> str:
        return self.payer.refused("POST", "/v3/payments", status, code, json=self.body(bill_id, amount, **fields))


@pytest.fixture
def ap(bill: Bill) -> Ap:
    return Ap(Payer(bill))


def test_a_payment_is_scheduled_for_the_next_business_day_and_lowers_the_open_balance(ap: Ap) -> None:
    bill = ap.payer.new_bill(ap.vendor["id"], 149, 79.99)
    payment = ap.pay(bill["id"], 100, description="January", transactionNumber="T-1")
    assert payment["id"].startswith("stp02")
    assert (payment["status"], payment["singleStatus"], payment["processDate"]) == ("SCHEDULED", "SCHEDULED", FRIDAY)
    assert (payment["amount"], payment["vendorId"], payment["vendorName"]) == (100, ap.vendor["id"], ap.vendor["name"])
    assert payment["billId"] == bill["id"]
    assert [(part["billId"], part["amount"]) for part in payment["billPayments"]] == [(bill["id"], 100)]
    assert payment["fundingAccount"] == ap.funding
    assert (payment["description"], payment["transactionNumber"]) == ("January", "T-1")
    assert payment["cancelRequestSubmitted"] is False
    after = ap.payer.get_bill(bill["id"])
    assert (after["dueAmount"], after["scheduledAmount"]) == (128.99, 100)
    assert ap.payer.ok("GET", f"/v3/payments/{payment['id']}") == payment


def test_the_next_business_day_skips_the_weekend(ap: Ap, clock: MockClock) -> None:
    ap.payer.later(clock, DAY)  # Friday
    bill = ap.payer.new_bill(ap.vendor["id"], 50)
    assert ap.pay(bill["id"], 50)["processDate"] == MONDAY


def test_paying_needs_an_mfa_trusted_session(bill: Bill, ap: Ap) -> None:
    untrusted = Payer(bill, trusted=False)
    created = ap.payer.new_bill(ap.vendor["id"], 20)
    response = untrusted.call("POST", "/v3/payments", json=ap.body(created["id"], 10))
    assert response.status_code == 403
    assert response.json()[0]["code"] == "BDC_1361"
    assert ap.payer.get_bill(created["id"])["dueAmount"] == 20


def test_paying_needs_a_role_that_pays(bill: Bill) -> None:
    clerk = Payer.partner_user(bill, "CLERK", "clerk9")
    vendor = clerk.vendor()
    created = clerk.new_bill(vendor["id"], 20)
    body = {
        "billId": created["id"],
        "amount": 10,
        "fundingAccount": {"type": "WALLET"},
        "processDate": FRIDAY,
        "processingOptions": {},
    }
    message = clerk.refused("POST", "/v3/payments", 403, "BDC_1150", json=body)
    assert "cannot make online payments" in message


@pytest.mark.parametrize(("amount", "advice"), [(228.99 + 0.01, "pay no more than that")])
def test_no_more_than_the_open_balance(ap: Ap, amount: float, advice: str) -> None:
    bill = ap.payer.new_bill(ap.vendor["id"], 149, 79.99)
    assert advice in ap.refused(bill["id"], amount)
    ap.pay(bill["id"], 200)
    assert "28.99 open" in ap.refused(bill["id"], 29)
    ap.pay(bill["id"], 28.99)
    assert ap.payer.get_bill(bill["id"])["dueAmount"] == 0
    assert "paid in full" in ap.refused(bill["id"], 1)


@pytest.mark.parametrize("amount", [0, -5, 0.001])
def test_the_amount_is_more_than_zero(ap: Ap, amount: float) -> None:
    bill = ap.payer.new_bill(ap.vendor["id"], 10)
    ap.refused(bill["id"], amount)


def test_the_bill_must_be_an_active_bill_of_the_organization(bill: Bill, ap: Ap) -> None:
    assert "No such bill" in ap.refused("00n02AAAAAAAAAAAAAAA", 1)
    archived = ap.payer.new_bill(ap.vendor["id"], 10)
    ap.payer.ok("POST", f"/v3/bills/{archived['id']}/archive")
    assert "archived" in ap.refused(archived["id"], 1)
    other = Payer.partner_user(bill)
    foreign = other.new_bill(other.vendor()["id"], 10)
    assert "No such bill" in ap.refused(foreign["id"], 1)


def test_the_vendor_named_must_be_the_bills(ap: Ap) -> None:
    other_vendor = ap.payer.vendor("Other Vendor")
    bill = ap.payer.new_bill(ap.vendor["id"], 10)
    assert "another vendor" in ap.refused(bill["id"], 5, vendorId=other_vendor["id"])
    assert ap.pay(bill["id"], 5, vendorId=ap.vendor["id"])["vendorId"] == ap.vendor["id"]


def test_a_bill_of_an_archived_vendor_cannot_be_paid(ap: Ap) -> None:
    bill = ap.payer.new_bill(ap.vendor["id"], 10)
    ap.payer.ok("POST", f"/v3/vendors/{ap.vendor['id']}/archive")
    assert "restore" in ap.refused(bill["id"], 5)


def test_a_bill_id_is_needed_and_create_bill_is_not_offered(ap: Ap) -> None:
    body = ap.body("x", 5)
    del body["billId"]
    ap.payer.refused("POST", "/v3/payments", 400, "BDC_1117", json=body)
    body["processingOptions"] = {"createBill": True}
    message = ap.payer.refused("POST", "/v3/payments", json=body)
    assert "POST /v3/bills" in message


def test_a_bank_account_must_be_verified_and_the_payer_a_verified_user(bill: Bill, ap: Ap) -> None:
    created = ap.payer.new_bill(ap.vendor["id"], 10)
    pending = ap.payer.bank_account(verified=False)
    message = ap.refused(created["id"], 5, fundingAccount={"type": "BANK_ACCOUNT", "id": pending["id"]})
    assert "verify it" in message
    ap.refused(created["id"], 5, 404, "BDC_1205", fundingAccount={"type": "BANK_ACCOUNT", "id": "bac02AAAAAAAAAAAAAAA"})
    ap.payer.refused(
        "POST", "/v3/payments", 400, "BDC_1117", json=ap.body(created["id"], 5, fundingAccount={"type": "BANK_ACCOUNT"})
    )


def test_a_nominated_user_cannot_pay_from_the_account_yet(bill: Bill) -> None:
    owner = Payer.partner_user(bill)
    payer = Payer.partner_user(bill, "PAYER", "payer7")
    account = owner.bank_account()
    owner.ok(
        "POST",
        "/v3/funding-accounts/banks/users/nominate",
        json={"bankAccountId": account["id"], "userId": payer.user_id},
    )
    vendor = payer.vendor()
    created = payer.new_bill(vendor["id"], 10)
    body = {
        "billId": created["id"],
        "amount": 5,
        "fundingAccount": {"type": "BANK_ACCOUNT", "id": account["id"]},
        "processingOptions": {},
    }
    assert "not a verified user" in payer.refused("POST", "/v3/payments", json=body)
    assert owner.ok("POST", "/v3/payments", 201, json=body)["status"] == "SCHEDULED"


def test_wallet_and_ap_card_payments_need_a_process_date(ap: Ap) -> None:
    created = ap.payer.new_bill(ap.vendor["id"], 10)
    ap.refused(created["id"], 5, 400, "BDC_1117", fundingAccount={"type": "WALLET"})
    paid = ap.pay(created["id"], 5, fundingAccount={"type": "WALLET"}, processDate="2026-01-09")
    assert (paid["fundingAccount"], paid["processDate"]) == ({"type": "WALLET"}, "2026-01-09")
    (active, inactive) = ap.payer.ok("GET", "/v3/funding-accounts/ap-cards")
    ap.refused(created["id"], 1, 400, "BDC_1117", fundingAccount={"type": "AP_CARD", "id": active["id"]})
    message = ap.refused(created["id"], 1, fundingAccount={"type": "AP_CARD", "id": inactive["id"]}, processDate=FRIDAY)
    assert "INACTIVE" in message
    ap.pay(created["id"], 1, fundingAccount={"type": "AP_CARD", "id": active["id"]}, processDate=FRIDAY)


def test_a_card_payment_needs_a_card_the_user_is_verified_on(ap: Ap) -> None:
    created = ap.payer.new_bill(ap.vendor["id"], 10)
    (visa,) = ap.payer.ok("GET", "/v3/funding-accounts/cards", params={"cardUserStatus": "VERIFIED"})["cards"]
    (mastercard,) = ap.payer.ok("GET", "/v3/funding-accounts/cards", params={"cardUserStatus": "NOMINATED"})["cards"]
    assert "not a verified user" in ap.refused(
        created["id"], 5, fundingAccount={"type": "CARD_ACCOUNT", "id": mastercard["id"]}
    )
    paid = ap.pay(
        created["id"], 5, fundingAccount={"type": "CARD_ACCOUNT", "id": visa["id"]}, cardFundingPurpose="Software"
    )
    assert paid["cardFundingPurpose"] == "Software"


def test_the_process_date_cannot_be_in_the_past(ap: Ap) -> None:
    created = ap.payer.new_bill(ap.vendor["id"], 10)
    assert "past" in ap.refused(created["id"], 5, processDate="2025-12-31")
    today = ap.pay(created["id"], 5, processDate="2026-01-01")
    assert (today["processDate"], today["status"]) == ("2026-01-01", "PAID")
    after = ap.payer.get_bill(created["id"])
    assert (after["dueAmount"], after["scheduledAmount"]) == (5, 0)


# cancel, process, void


def test_cancel_gives_the_bill_its_balance_back_and_works_once(ap: Ap, clock: MockClock) -> None:
    created = ap.payer.new_bill(ap.vendor["id"], 100)
    payment = ap.pay(created["id"], 60)
    clock.advance(10)
    cancelled = ap.payer.ok("POST", f"/v3/payments/{payment['id']}/cancel")
    assert (cancelled["status"], cancelled["singleStatus"], cancelled["cancelRequestSubmitted"]) == (
        "CANCELLED",
        "CANCELLED",
        True,
    )
    assert cancelled["updatedTime"] > payment["updatedTime"]
    after = ap.payer.get_bill(created["id"])
    assert (after["dueAmount"], after["scheduledAmount"], after["paymentStatus"]) == (100, 0, "UNPAID")
    message = ap.payer.refused("POST", f"/v3/payments/{payment['id']}/cancel")
    assert "cancelled already" in message
    ap.pay(created["id"], 100)


def test_on_its_process_date_a_payment_is_paid_and_can_only_be_voided(ap: Ap, clock: MockClock) -> None:
    created = ap.payer.new_bill(ap.vendor["id"], 100)
    payment = ap.pay(created["id"], 100)
    path = f"/v3/payments/{payment['id']}"
    assert "cancel it instead" in ap.payer.refused("POST", f"{path}/void", json={"type": "VOID_ONLY", "reason": "x"})
    ap.payer.later(clock, DAY)
    paid = ap.payer.ok("GET", path)
    assert (paid["status"], paid["singleStatus"]) == ("PAID", "CLEARED")
    assert ap.payer.get_bill(created["id"])["scheduledAmount"] == 0
    assert "void it instead" in ap.payer.refused("POST", f"{path}/cancel")
    voided = ap.payer.ok("POST", f"{path}/void", json={"type": "VOID_AND_CREDIT", "reason": "Sent twice"})
    (request,) = voided["voidInfo"]
    assert (request["type"], request["status"], request["reason"], request["requestedBy"]) == (
        "VOID_AND_CREDIT",
        "TO_BE_PROCESSED",
        "Sent twice",
        ap.payer.user_id,
    )
    assert "already has a void request" in ap.payer.refused(
        "POST", f"{path}/void", json={"type": "VOID_ONLY", "reason": "y"}
    )


def test_void_needs_a_type_and_a_reason(ap: Ap) -> None:
    created = ap.payer.new_bill(ap.vendor["id"], 10)
    payment = ap.pay(created["id"], 10)
    for body in ({"type": "VOID_ONLY"}, {"reason": "x"}, {"type": "SOMETIMES", "reason": "x"}):
        response = ap.payer.call("POST", f"/v3/payments/{payment['id']}/void", json=body)
        assert response.status_code == 400


def test_a_cancelled_payment_has_nothing_to_void(ap: Ap) -> None:
    created = ap.payer.new_bill(ap.vendor["id"], 10)
    payment = ap.pay(created["id"], 10)
    ap.payer.ok("POST", f"/v3/payments/{payment['id']}/cancel")
    assert "nothing to void" in ap.payer.refused(
        "POST", f"/v3/payments/{payment['id']}/void", json={"type": "VOID_ONLY", "reason": "x"}
    )


def test_check_images_exist_once_paid(ap: Ap, clock: MockClock) -> None:
    created = ap.payer.new_bill(ap.vendor["id"], 10)
    payment = ap.pay(created["id"], 10)
    assert "SCHEDULED" in ap.payer.refused("GET", f"/v3/payments/{payment['id']}/check-image")
    ap.payer.later(clock, DAY)
    images = ap.payer.ok("GET", f"/v3/payments/{payment['id']}/check-image")["results"]
    assert [image["downloadLink"].rsplit("/", 1)[-1] for image in images] == ["front.png", "back.png"]


def test_a_payment_of_another_organization_is_not_found(bill: Bill, ap: Ap) -> None:
    created = ap.payer.new_bill(ap.vendor["id"], 10)
    payment = ap.pay(created["id"], 10)
    other = Payer.partner_user(bill)
    for method, suffix in (("GET", ""), ("POST", "/cancel"), ("GET", "/check-image")):
        other.refused(method, f"/v3/payments/{payment['id']}{suffix}", 404, "BDC_1205")
    other.refused(
        "POST", f"/v3/payments/{payment['id']}/void", 404, "BDC_1205", json={"type": "VOID_ONLY", "reason": "x"}
    )
    assert other.ok("GET", "/v3/payments")["results"] == []


# bulk


def _bulk(ap: Ap, *items: tuple[str, float], **fields: Any) -> dict[str, Any]:
    return {"fundingAccount": ap.funding, "payments": [{"billId": b, "amount": a} for b, a in items], **fields}


def test_bulk_pays_every_bill_in_order(ap: Ap) -> None:
    other_vendor = ap.payer.vendor("Second Vendor")
    first = ap.payer.new_bill(ap.vendor["id"], 100)
    second = ap.payer.new_bill(other_vendor["id"], 50)
    result = ap.payer.ok("POST", "/v3/payments/bulk", 201, json=_bulk(ap, (first["id"], 100), (second["id"], 20)))
    payments = result["payments"]
    assert [(p["billId"], p["vendorId"], p["amount"], p["status"]) for p in payments] == [
        (first["id"], ap.vendor["id"], 100, "SCHEDULED"),
        (second["id"], other_vendor["id"], 20, "SCHEDULED"),
    ]
    assert ap.payer.get_bill(first["id"])["dueAmount"] == 0
    assert ap.payer.get_bill(second["id"])["dueAmount"] == 30


def test_bulk_is_all_or_nothing_with_every_bills_outcome(ap: Ap) -> None:
    good = ap.payer.new_bill(ap.vendor["id"], 100)
    small = ap.payer.new_bill(ap.vendor["id"], 5)
    unknown = "00n02AAAAAAAAAAAAAAA"
    response = ap.payer.call(
        "POST", "/v3/payments/bulk", json=_bulk(ap, (good["id"], 100), (small["id"], 6), (unknown, 1))
    )
    assert response.status_code == 400
    errors = response.json()
    assert [entry["code"] for entry in errors] == ["BDC_1119", "BDC_1119", "BDC_1246"]
    assert "payments.1.amount" in errors[0]["message"]
    assert "payments.2.billId" in errors[1]["message"]
    assert good["id"] in errors[2]["message"]
    assert "payments.0" in errors[2]["message"]
    assert all(set(entry) == {"timestamp", "code", "severity", "category", "message"} for entry in errors)
    assert ap.payer.get_bill(good["id"])["dueAmount"] == 100
    assert ap.payer.ok("GET", "/v3/payments")["results"] == []


def test_bulk_takes_each_bill_once_and_at_most_50(ap: Ap) -> None:
    created = ap.payer.new_bill(ap.vendor["id"], 100)
    response = ap.payer.call("POST", "/v3/payments/bulk", json=_bulk(ap, (created["id"], 10), (created["id"], 10)))
    assert response.status_code == 400
    assert "appear once" in response.json()[0]["message"]
    too_many = _bulk(ap, *[(created["id"], 1)] * 51)
    ap.payer.refused("POST", "/v3/payments/bulk", json=too_many)


def test_bulk_with_a_vendor_pays_only_that_vendors_bills(ap: Ap) -> None:
    other_vendor = ap.payer.vendor("Second Vendor")
    mine = ap.payer.new_bill(ap.vendor["id"], 10)
    theirs = ap.payer.new_bill(other_vendor["id"], 10)
    body = _bulk(ap, (mine["id"], 10), (theirs["id"], 10), vendorId=ap.vendor["id"])
    response = ap.payer.call("POST", "/v3/payments/bulk", json=body)
    assert response.status_code == 400
    assert [entry["code"] for entry in response.json()] == ["BDC_1119", "BDC_1246"]


def test_bulk_needs_trust_and_a_usable_account_before_any_bill(bill: Bill, ap: Ap) -> None:
    created = ap.payer.new_bill(ap.vendor["id"], 10)
    untrusted = Payer(bill, trusted=False)
    untrusted.refused("POST", "/v3/payments/bulk", 403, "BDC_1361", json=_bulk(ap, (created["id"], 10)))
    pending = ap.payer.bank_account(verified=False)
    body = {**_bulk(ap, (created["id"], 10)), "fundingAccount": {"type": "BANK_ACCOUNT", "id": pending["id"]}}
    assert "verify" in ap.payer.refused("POST", "/v3/payments/bulk", json=body)


# lists and reads


def test_the_list_has_online_and_offline_payments(ap: Ap, clock: MockClock) -> None:
    first = ap.payer.new_bill(ap.vendor["id"], 100)
    second = ap.payer.new_bill(ap.vendor["id"], 100)
    online = ap.pay(first["id"], 40)
    clock.advance(1)
    recorded = ap.payer.ok(
        "POST",
        "/v3/bills/record-payment",
        json={
            "vendorId": ap.vendor["id"],
            "processDate": "2026-01-01",
            "payments": [{"billId": second["id"], "amount": 10}],
        },
    )
    listed = ap.payer.ok("GET", "/v3/payments")["results"]
    assert [(p["id"], p["status"]) for p in listed] == [(online["id"], "SCHEDULED"), (recorded["id"], "PAID")]
    assert ap.payer.ok("GET", "/v3/payments", params={"filters": "status:eq:PAID"})["results"] == [listed[1]]
    assert [p["id"] for p in ap.payer.ok("GET", "/v3/payments", params={"sort": "createdTime:desc"})["results"]] == [
        recorded["id"],
        online["id"],
    ]
    offline = ap.payer.ok("GET", f"/v3/payments/{recorded['id']}")
    assert (offline["onlinePayment"], offline["vendorName"]) == (False, ap.vendor["name"])
    assert "void it instead" in ap.payer.refused("POST", f"/v3/payments/{recorded['id']}/cancel")
    voided = ap.payer.ok("POST", f"/v3/payments/{recorded['id']}/void", json={"type": "VOID_ONLY", "reason": "Wrong"})
    assert voided["voidInfo"][0]["status"] == "TO_BE_PROCESSED"


def test_options_show_which_accounts_the_user_can_pay_from(ap: Ap) -> None:
    pending = ap.payer.bank_account(verified=False, bankName="Pending Bank")
    options = ap.payer.ok("GET", "/v3/payments/options", params={"vendorId": ap.vendor["id"], "amount": 100})
    assert (options["amount"], options["vendorId"]) == (100, ap.vendor["id"])
    banks = {bank["id"]: bank for bank in options["fundingOptions"]["banks"]}
    assert banks[ap.account["id"]]["available"] is True
    assert (banks[ap.account["id"]]["processDate"], banks[ap.account["id"]]["deliveryDate"]) == (FRIDAY, "2026-01-07")
    assert banks[pending["id"]]["available"] is False
    assert "PENDING" in banks[pending["id"]]["reason"]
    cards = options["fundingOptions"]["cards"]
    assert [(card["brand"], card["available"]) for card in cards] == [("visa", True), ("mastercard", False)]
    assert cards[0]["feeInfo"] == {"amount": 2.9, "rate": 2.9}
    message = ap.payer.refused("GET", "/v3/payments/options", params={"vendorId": "00902AAAAAAAAAAAAAAA", "amount": 1})
    assert "vendor" in message


def test_exchange_rate_follows_the_vendors_currency(ap: Ap) -> None:
    euro = ap.payer.vendor("Euro Vendor", billCurrency="EUR")
    rate = ap.payer.ok("GET", "/v3/payments/exchange-rate", params={"vendorId": euro["id"], "amount": 1000})
    assert (rate["paymentCurrency"], rate["baseCurrency"], rate["exchangeRate"]) == ("EUR", "USD", 0.9214)
    assert rate["expirationTime"] == "2026-01-01T00:30:00.000+00:00"
    dollars = ap.payer.ok("GET", "/v3/payments/exchange-rate", params={"vendorId": ap.vendor["id"], "amount": 5})
    assert dollars["exchangeRate"] == 1.0


def test_fixed_paths_are_not_read_as_payment_ids(ap: Ap) -> None:
    ap.payer.refused("GET", "/v3/payments/options", 400, "BDC_1108")
    response = ap.payer.call("GET", "/v3/payments/bulk")
    assert response.status_code == 405
    assert response.headers["Allow"] == "POST"
