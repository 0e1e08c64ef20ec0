"""v2 AP payments over the payments v3 keeps: PayBills, RecordAPPayment, cancel and void, SentPay, BillPay,
BillCredit, ListPayments and the payables reports."""

from __future__ import annotations

from typing import Any

import pytest

from bill_mock import MockClock
from tests.mock.support import Bill, spec_body
from tests.mock.v2.support import V2, code, ok, refused
from tests.mock.v2.test_bills import bill_obj, credit_obj

# The mock clock starts on Thursday 2026-01-01: a payment without processDate goes out on Friday.
FRIDAY = "2026-01-02"
DAY = 86_400


def _headers(session: dict[str, str]) -> dict[str, str]:
    return {"devKey": session["devKey"], "sessionId": session["sessionId"]}


class Ap:
    """A trusted v2 session with a vendor and a verified bank account, and the calls these tests repeat."""

    def __init__(self, v2: V2, bill: Bill) -> None:
        self.v2 = v2
        self.bill = bill
        self.session = v2.trusted_session()
        self.vendor_id: str = v2.create_vendor(self.session)["id"]
        self.account_id = self.bank_account()

    def bank_account(self) -> str:
        sandbox = self.bill.sandbox["bankAccount"]
        body = {
            "nameOnAccount": "Sandbox Company",
            "routingNumber": sandbox["routingNumber"],
            "accountNumber": sandbox["accountNumber"],
            "type": "CHECKING",
            "ownerType": "BUSINESS",
            "bankName": "Sandbox Bank",
        }
        created = self.v3("POST", "/v3/funding-accounts/banks", json=body)
        assert created.status_code == 201, created.text
        account_id: str = created.json()["id"]
        verify = {"depositAmount": sandbox["depositAmount"]}
        assert self.v3("POST", f"/v3/funding-accounts/banks/{account_id}/verify", json=verify).status_code == 200
        return account_id

    def v3(self, method: str, path: str, **kwargs: Any) -> Any:
        return self.bill.call(method, path, _headers(self.session), **kwargs)

    def post(self, endpoint: str, data: Any, session: dict[str, str] | None = None) -> Any:
        return self.v2.post(endpoint, session or self.session, data)

    def ok(self, endpoint: str, data: Any) -> Any:
        return ok(self.post(endpoint, data))

    def new_bill(self, *amounts: float, vendor_id: str | None = None, **fields: Any) -> dict[str, Any]:
        created: dict[str, Any] = self.ok(
            "Crud/Create/Bill.json", {"obj": bill_obj(vendor_id or self.vendor_id, *amounts, **fields)}
        )
        return created

    def read_bill(self, bill_id: str) -> dict[str, Any]:
        found: dict[str, Any] = self.ok("Crud/Read/Bill.json", {"id": bill_id})
        return found

    def pay(self, *pays: tuple[str, float], **fields: Any) -> list[dict[str, Any]]:
        data = {"billPays": [{"billId": bill_id, "amount": amount} for bill_id, amount in pays], **fields}
        sent: list[dict[str, Any]] = self.ok("PayBills.json", data)["sentPays"]
        return sent

    def record(self, *pays: tuple[str, float], **fields: Any) -> dict[str, Any]:
        data = {
            "processDate": "2026-01-01",
            "toPrintCheck": False,
            "billPays": [{"billId": bill_id, "amount": amount} for bill_id, amount in pays],
            **fields,
        }
        recorded: dict[str, Any] = self.ok("RecordAPPayment.json", data)
        return recorded


@pytest.fixture
def ap(v2: V2, bill: Bill) -> Ap:
    return Ap(v2, bill)


# RecordAPPayment


def test_a_recorded_payment_makes_the_bill_paid(ap: Ap, bill: Bill) -> None:
    created = ap.new_bill(60, 40)
    partial = ap.record((created["id"], 30), syncReference="CHK-1", description="By check", chartOfAccountId="0ca1")
    assert partial["id"].startswith("stp")
    assert (partial["status"], partial["isOnline"], partial["paymentType"], partial["amount"]) == ("2", False, "4", 30)
    assert (partial["syncReference"], partial["description"], partial["chartOfAccountId"]) == (
        "CHK-1",
        "By check",
        "0ca1",
    )
    [part] = partial["billPays"]
    assert (part["billId"], part["amount"], part["paymentStatus"], part["sentPayId"]) == (
        created["id"],
        30,
        "2",
        partial["id"],
    )
    assert part["id"].startswith("blp")
    halfway = ap.read_bill(created["id"])
    assert (halfway["paidAmount"], halfway["dueAmount"], halfway["paymentStatus"]) == (30, 70, "2")

    ap.record((created["id"], 70))
    paid = ap.read_bill(created["id"])
    assert (paid["paidAmount"], paid["dueAmount"], paid["paymentStatus"]) == (100, 0, "0")
    v3 = spec_body(ap.v3("GET", f"/v3/bills/{created['id']}"))
    assert (v3["paymentStatus"], v3["dueAmount"]) == ("PAID", 0)
    recorded = spec_body(ap.v3("GET", f"/v3/payments/{partial['id']}"))
    assert (recorded["amount"], recorded["onlinePayment"], recorded["transactionNumber"]) == (30, False, "CHK-1")

    assert code(ap.post("RecordAPPayment.json", _record_data((created["id"], 1)))) == "BDC_1119"


def _record_data(*pays: tuple[str, float], **fields: Any) -> dict[str, Any]:
    return {
        "processDate": "2026-01-01",
        "toPrintCheck": True,
        "billPays": [{"billId": bill_id, "amount": amount} for bill_id, amount in pays],
        **fields,
    }


def test_a_recorded_payment_pays_open_bills_of_one_vendor(ap: Ap) -> None:
    first = ap.new_bill(50)
    other_vendor = ap.v2.create_vendor(ap.session, name="Other")["id"]
    theirs = ap.new_bill(50, vendor_id=other_vendor)
    error_code, message = refused(ap.post("RecordAPPayment.json", _record_data((first["id"], 10), (theirs["id"], 10))))
    assert error_code == "BDC_1119"
    assert message.startswith(f"Invalid field,value: billPays.1.billId, {theirs['id']}.")
    assert code(ap.post("RecordAPPayment.json", _record_data((first["id"], 50.01)))) == "BDC_1119"
    assert code(ap.post("RecordAPPayment.json", _record_data((first["id"], 10), (first["id"], 10)))) == "BDC_1119"
    assert code(ap.post("RecordAPPayment.json", _record_data(("00n02AAAAAAAAAAAAAAA", 10)))) == "BDC_1119"
    named = _record_data((first["id"], 10), vendorId=other_vendor)
    assert code(ap.post("RecordAPPayment.json", named)) == "BDC_1119"
    ok(ap.post("Crud/Delete/Bill.json", {"id": first["id"]}))
    error_code, message = refused(ap.post("RecordAPPayment.json", _record_data((first["id"], 10))))
    assert message.startswith(f"Invalid field,value: billPays.0.billId, {first['id']}.")
    assert ap.read_bill(first["id"])["paidAmount"] == 0


def test_a_token_session_may_record_but_not_pay(ap: Ap) -> None:
    created = ap.new_bill(20)
    token = ap.v2.token_session()
    assert ok(ap.post("RecordAPPayment.json", _record_data((created["id"], 5)), token))["amount"] == 5
    error_code, message = refused(
        ap.post("PayBills.json", {"billPays": [{"billId": created["id"], "amount": 5}]}, token)
    )
    assert error_code == "BDC_1145"
    assert "cannot pay bills" in message
    assert ap.read_bill(created["id"])["paidAmount"] == 5


def test_vendor_credits_settle_part_of_a_recorded_payment(ap: Ap, bill: Bill) -> None:
    created = ap.new_bill(100)
    credit = ap.ok("Crud/Create/VendorCredit.json", {"obj": credit_obj(ap.vendor_id, 30)})
    data = _record_data(
        (created["id"], 100), billCredits=[{"billId": created["id"], "vendorCreditId": credit["id"], "amount": 30}]
    )
    sent = ok(ap.post("RecordAPPayment.json", data))
    assert sent["amount"] == 70
    [applied] = sent["billCredits"]
    assert applied["id"].startswith("bcr")
    assert (applied["billId"], applied["vendorCreditId"], applied["amount"], applied["sentPayId"]) == (
        created["id"],
        credit["id"],
        30,
        sent["id"],
    )
    assert ap.ok("Crud/Read/BillCredit.json", {"id": applied["id"]}) == applied
    assert ap.ok("List/BillCredit.json", {"start": 0, "max": 10}) == [applied]
    assert ap.read_bill(created["id"])["paymentStatus"] == "0"
    used = ap.ok("Crud/Read/VendorCredit.json", {"id": credit["id"]})
    assert (used["appliedAmount"], used["creditStatus"]) == (30, "0")
    v3_credit = spec_body(ap.v3("GET", f"/v3/vendor-credits/{credit['id']}"))
    assert (v3_credit["appliedAmount"], v3_credit["status"]) == (30, "FULLY_APPLIED")
    assert code(ap.post("Crud/Read/BillCredit.json", {"id": "bcr02AAAAAAAAAAAAAAA"})) == "BDC_1119"


def test_credits_are_checked_before_anything_is_paid(ap: Ap) -> None:
    created = ap.new_bill(100)
    other = ap.new_bill(100)
    credit = ap.ok("Crud/Create/VendorCredit.json", {"obj": credit_obj(ap.vendor_id, 10)})

    def refused_with(*credits: dict[str, Any], amount: float = 50) -> str:
        error_code, message = refused(
            ap.post("RecordAPPayment.json", _record_data((created["id"], amount), billCredits=list(credits)))
        )
        assert error_code == "BDC_1119"
        return message

    assert "billCredits.0.amount" in refused_with(
        {"billId": created["id"], "vendorCreditId": credit["id"], "amount": 11}
    )
    assert "billCredits.0.billId" in refused_with({"billId": other["id"], "vendorCreditId": credit["id"], "amount": 5})
    assert "billCredits.0.vendorCreditId" in refused_with(
        {"billId": created["id"], "vendorCreditId": "vcr02AAAAAAAAAAAAAAA", "amount": 5}
    )
    assert "billPays.0.amount" in refused_with({"billId": created["id"], "amount": 10}, amount=10)
    assert ap.read_bill(created["id"])["paidAmount"] == 0
    # without a vendorCreditId the vendor's credits are used oldest first
    newer = ap.ok("Crud/Create/VendorCredit.json", {"obj": credit_obj(ap.vendor_id, 10)})
    sent = ap.record((created["id"], 50), billCredits=[{"billId": created["id"], "amount": 15}])
    assert [(part["vendorCreditId"], part["amount"]) for part in sent["billCredits"]] == [
        (credit["id"], 10),
        (newer["id"], 5),
    ]
    assert ap.read_bill(created["id"])["dueAmount"] == 50


# PayBills


def test_paying_bills_needs_an_mfa_trusted_session(ap: Ap) -> None:
    created = ap.new_bill(20)
    untrusted = ap.v2.session()
    error_code, message = refused(
        ap.post("PayBills.json", {"billPays": [{"billId": created["id"], "amount": 5}]}, untrusted)
    )
    assert error_code == "BDC_1361"
    assert "MFAChallenge.json" in message
    assert ap.read_bill(created["id"])["paidAmount"] == 0


def test_pay_bills_takes_at_most_200_bills(ap: Ap) -> None:
    created = ap.new_bill(1000)
    pays = [{"billId": created["id"], "amount": 1} for _ in range(201)]
    assert code(ap.post("PayBills.json", {"billPays": pays})) == "BDC_1119"
    assert code(ap.post("PayBills.json", {"billPays": []})) == "BDC_1119"
    assert ap.read_bill(created["id"])["paidAmount"] == 0


def test_pay_bills_schedules_one_payment_per_vendor(ap: Ap, bill: Bill) -> None:
    first, second = ap.new_bill(100), ap.new_bill(50)
    other_vendor = ap.v2.create_vendor(ap.session, name="Other")["id"]
    theirs = ap.new_bill(80, vendor_id=other_vendor)
    sent = ap.pay((first["id"], 100), (second["id"], 20), (theirs["id"], 80), description="January")
    assert [(payment["vendorId"], payment["amount"]) for payment in sent] == [(ap.vendor_id, 120), (other_vendor, 80)]
    payment = sent[0]
    assert (payment["status"], payment["processDate"], payment["isOnline"], payment["bankAccountId"]) == (
        "1",
        FRIDAY,
        True,
        ap.account_id,
    )
    assert [(part["billId"], part["amount"], part["paymentStatus"]) for part in payment["billPays"]] == [
        (first["id"], 100, "1"),
        (second["id"], 20, "1"),
    ]
    scheduled = ap.read_bill(first["id"])
    assert (scheduled["paymentStatus"], scheduled["scheduledAmount"], scheduled["dueAmount"]) == ("4", 100, 0)
    assert ap.read_bill(second["id"])["dueAmount"] == 30

    v3 = spec_body(ap.v3("GET", f"/v3/payments/{payment['id']}"))
    assert (v3["status"], v3["amount"], v3["vendorId"], v3["description"]) == (
        "SCHEDULED",
        120,
        ap.vendor_id,
        "January",
    )
    assert [part["billId"] for part in v3["billPayments"]] == [first["id"], second["id"]]
    assert v3["fundingAccount"] == {"type": "BANK_ACCOUNT", "id": ap.account_id}

    assert ap.ok("Crud/Read/SentPay.json", {"id": payment["id"]}) == payment
    listed = ap.ok("List/SentPay.json", {"start": 0, "max": 10})
    assert [row["id"] for row in listed] == [row["id"] for row in sent]
    assert "billPays" not in listed[0]
    nested = ap.ok(
        "List/SentPay.json",
        {"start": 0, "max": 10, "nested": True, "filters": [{"field": "vendorId", "op": "=", "value": other_vendor}]},
    )
    assert [row["billPays"][0]["billId"] for row in nested] == [theirs["id"]]
    bill_pay = payment["billPays"][1]
    assert ap.ok("Crud/Read/BillPay.json", {"id": bill_pay["id"]}) == bill_pay
    assert len(ap.ok("List/BillPay.json", {"start": 0, "max": 10})) == 3
    assert code(ap.post("Crud/Read/BillPay.json", {"id": "blp02AAAAAAAAAAAAAAA"})) == "BDC_1119"
    assert code(ap.post("Crud/Read/SentPay.json", {"id": "stp02AAAAAAAAAAAAAAA"})) == "BDC_1119"


def test_pay_bills_checks_every_bill_before_paying_any(ap: Ap) -> None:
    created, other = ap.new_bill(100), ap.new_bill(100)

    def refusal(*pays: tuple[str, float], **fields: Any) -> tuple[str, str]:
        data = {"billPays": [{"billId": bill_id, "amount": amount} for bill_id, amount in pays], **fields}
        return refused(ap.post("PayBills.json", data))

    assert refusal((created["id"], 10), (other["id"], 100.01))[1].startswith("Invalid field,value: billPays.1.amount")
    assert refusal((created["id"], 10), (created["id"], 10))[0] == "BDC_1119"
    assert refusal((created["id"], 10), ("00n02AAAAAAAAAAAAAAA", 1))[0] == "BDC_1119"
    assert refusal((created["id"], 10), processDate="2025-12-31")[1].startswith("Invalid field,value: processDate")
    assert refusal((created["id"], 10), bankAccountId="bac02AAAAAAAAAAAAAAA")[0] == "BDC_1119"
    assert refusal((created["id"], 10), vendorId="00902AAAAAAAAAAAAAAA")[0] == "BDC_1119"
    ok(ap.post("Crud/Delete/Vendor.json", {"id": ap.vendor_id}))
    assert refusal((created["id"], 10))[0] == "BDC_1119"
    assert ap.read_bill(created["id"])["paidAmount"] == 0
    assert ap.read_bill(other["id"])["paidAmount"] == 0


def test_pay_bills_needs_a_bank_account_or_a_card(v2: V2, bill: Bill) -> None:
    session = v2.trusted_session()
    vendor_id = v2.create_vendor(session)["id"]
    created = ok(v2.post("Crud/Create/Bill.json", session, {"obj": bill_obj(vendor_id, 10)}))
    data: dict[str, Any] = {"billPays": [{"billId": created["id"], "amount": 10}]}
    assert code(v2.post("PayBills.json", session, data)) == "BDC_1150"
    verified = {"cardUserStatus": "VERIFIED"}
    cards = spec_body(bill.call("GET", "/v3/funding-accounts/cards", _headers(session), params=verified))["cards"]
    data["cardAccountId"] = cards[0]["id"]
    assert refused(v2.post("PayBills.json", session, data)) == (
        "BDC_1117",
        "Missing required data for: cardFundingPurpose.",
    )
    data["cardFundingPurpose"] = "Supplies"
    [payment] = ok(v2.post("PayBills.json", session, data))["sentPays"]
    assert payment["cardAccountId"] == cards[0]["id"]


def test_cancel_gives_the_bills_and_credits_back(ap: Ap) -> None:
    created = ap.new_bill(100)
    credit = ap.ok("Crud/Create/VendorCredit.json", {"obj": credit_obj(ap.vendor_id, 25)})
    credits = [{"billId": created["id"], "vendorCreditId": credit["id"], "amount": 25}]
    [payment] = ap.pay((created["id"], 100), billCredits=credits)
    assert payment["amount"] == 75
    assert ap.read_bill(created["id"])["dueAmount"] == 0
    cancelled = ap.ok("CancelAPPayment.json", {"sentPayId": payment["id"]})
    assert cancelled["status"] == "3"
    assert cancelled["billPays"][0]["paymentStatus"] == "3"
    assert cancelled["billCredits"][0]["isActive"] == "2"
    restored = ap.read_bill(created["id"])
    assert (restored["paymentStatus"], restored["dueAmount"], restored["scheduledAmount"]) == ("1", 100, 0)
    assert ap.ok("Crud/Read/VendorCredit.json", {"id": credit["id"]})["appliedAmount"] == 0
    assert spec_body(ap.v3("GET", f"/v3/payments/{payment['id']}"))["status"] == "CANCELLED"
    assert code(ap.post("CancelAPPayment.json", {"sentPayId": payment["id"]})) == "BDC_1119"
    assert code(ap.post("CancelAPPayment.json", {"sentPayId": "stp02AAAAAAAAAAAAAAA"})) == "BDC_1119"
    assert code(ap.post("CancelAPPayment.json", {"sentPayId": payment["id"]}, ap.v2.token_session())) == "BDC_1145"


def test_a_paid_payment_is_voided_not_cancelled(ap: Ap, clock: MockClock) -> None:
    created = ap.new_bill(100)
    [payment] = ap.pay((created["id"], 100))
    void = {"sentPayId": payment["id"], "voidRequestType": "2", "reason": "Lost check"}
    assert code(ap.post("VoidAPPayment.json", void)) == "BDC_1119"
    clock.advance(DAY)
    session = ap.v2.trusted_session()  # the first went idle
    paid = ok(ap.post("Crud/Read/SentPay.json", {"id": payment["id"]}, session))
    assert paid["status"] == "2"
    assert ok(ap.post("Crud/Read/Bill.json", {"id": created["id"]}, session))["paymentStatus"] == "0"
    assert code(ap.post("CancelAPPayment.json", {"sentPayId": payment["id"]}, session)) == "BDC_1119"
    voided = ok(ap.post("VoidAPPayment.json", void, session))
    [request] = voided["voidRequests"]
    assert (request["type"], request["status"], request["reason"]) == ("2", "0", "Lost check")
    assert code(ap.post("VoidAPPayment.json", void, session)) == "BDC_1119"
    v3 = spec_body(ap.bill.call("GET", f"/v3/payments/{payment['id']}", _headers(session)))
    assert v3["voidInfo"][0]["type"] == "VOID_ONLY"


def test_list_payments_by_disbursement_status(ap: Ap, clock: MockClock) -> None:
    first, second = ap.new_bill(10), ap.new_bill(20)
    [early] = ap.pay((first["id"], 10), processDate="2026-01-01")
    [later] = ap.pay((second["id"], 20))
    ap.record((ap.new_bill(5)["id"], 5))

    def listed(status: str, **query: Any) -> list[str]:
        answer = ap.ok("ListPayments.json", {"start": 0, "max": 10, "disbursementStatus": status, **query})
        return [row["id"] for row in answer["payments"]]

    assert listed("3") == [early["id"]]
    assert listed("0") == [later["id"]]
    assert listed("5") == []
    row = ap.ok("ListPayments.json", {"start": 0, "max": 10, "disbursementStatus": "0", "nested": True})["payments"][0]
    assert row["extraData"] == {"disbursementStatus": "0", "disbursementStatusDescription": "Scheduled"}
    assert row["billPays"][0]["billId"] == second["id"]


def test_check_images_and_disbursement_data(ap: Ap) -> None:
    created = ap.new_bill(10)
    [scheduled] = ap.pay((created["id"], 4))
    [paid] = ap.pay((created["id"], 6), processDate="2026-01-01")
    assert code(ap.post("GetCheckImageData.json", {"sentPayId": scheduled["id"]})) == "BDC_1119"
    images = ap.ok("GetCheckImageData.json", {"sentPayId": paid["id"]})["checkImageData"]
    assert [image["url"].rsplit("/", 1)[1] for image in images] == ["front.png", "back.png"]
    data = ap.ok("GetDisbursementData.json", {"sentPayId": paid["id"]})
    assert (data["paymentType"], data["disbursementStatus"], data["vendorName"], data["isVoidable"]) == (
        "0",
        "3",
        "Acme Supplies",
        True,
    )
    assert data["checkData"]["amount"] == 6
    assert ap.ok("GetDisbursementData.json", {"sentPayId": scheduled["id"]})["disbursementStatus"] == "0"
    recorded = ap.record((ap.new_bill(5)["id"], 5))
    assert code(ap.post("GetDisbursementData.json", {"sentPayId": recorded["id"]})) == "BDC_1119"
    assert code(ap.post("GetCheckImageData.json", {"sentPayId": "stp02AAAAAAAAAAAAAAA"})) == "BDC_1119"


def test_ap_summary_buckets_open_bills_by_due_date(ap: Ap) -> None:
    ap.new_bill(10, dueDate="2025-12-20")
    ap.new_bill(20, dueDate="2026-01-01")
    ap.new_bill(30, dueDate="2026-01-05")
    ap.new_bill(40, dueDate="2026-03-01")
    paid = ap.new_bill(50, dueDate="2025-12-01")
    ap.record((paid["id"], 50))
    summary = ap.ok("GetAPSummary.json", None)
    assert summary["bills"] == {
        "overdueCount": 1,
        "overdueTotal": 10,
        "dueTodayCount": 1,
        "dueTodayTotal": 20,
        "due7DaysCount": 1,
        "due7DaysTotal": 30,
        "due7PlusDaysCount": 1,
        "due7PlusDaysTotal": 40,
        "allCount": 4,
        "allTotal": 100,
    }
    assert summary["approvals"]["allCount"] == 0


def test_vendors_abroad_need_an_exchange_rate_quote(ap: Ap, clock: MockClock) -> None:
    abroad = ap.v2.create_vendor(ap.session, name="Euro GmbH", billCurrency="EUR")["id"]
    created = ap.new_bill(100, vendor_id=abroad)
    pays = [{"billId": created["id"], "amount": 100}]
    assert refused(ap.post("PayBills.json", {"billPays": pays})) == ("BDC_1117", "Missing required data for: batchId.")
    quote = ap.ok(
        "GetDynamicExchangeRateQuote.json", {"vendorData": [{"vendorId": abroad, "totalAmount": 100, "type": "POC3"}]}
    )
    [rate] = quote["exchangeRates"]
    assert (rate["paymentCurrency"], rate["billCurrency"], rate["exchangeRate"], rate["vendorId"]) == (
        "EUR",
        "EUR",
        0.9214,
        abroad,
    )
    assert (quote["orgId"], quote["orgBaseCurrency"]) == (ap.v2.org_id, "USD")
    other = ap.ok("GetDynamicExchangeRateQuote.json", {"vendorData": [{"vendorId": ap.vendor_id}]})
    assert other["batchId"] != quote["batchId"]
    assert code(ap.post("PayBills.json", {"billPays": pays, "batchId": other["batchId"]})) == "BDC_1119"
    assert code(ap.post("PayBills.json", {"billPays": pays, "batchId": 1})) == "BDC_1119"
    [payment] = ok(ap.post("PayBills.json", {"billPays": pays, "batchId": quote["batchId"]}))["sentPays"]
    assert payment["amount"] == 100
    assert code(ap.post("GetDynamicExchangeRateQuote.json", {"vendorData": [{"totalAmount": 1}]})) == "BDC_1117"
    assert (
        code(ap.post("GetDynamicExchangeRateQuote.json", {"vendorData": [{"vendorId": "00902AAAAAAAAAAAAAAA"}]}))
        == "BDC_1119"
    )


# across versions


def test_payments_made_in_v3_read_in_v2(ap: Ap) -> None:
    created, other = ap.new_bill(100), ap.new_bill(30)
    body = {
        "billId": created["id"],
        "amount": 40,
        "fundingAccount": {"type": "BANK_ACCOUNT", "id": ap.account_id},
        "processingOptions": {"requestPayFaster": False, "createBill": False},
    }
    response = ap.v3("POST", "/v3/payments", json=body)
    assert response.status_code == 201, response.text
    online = response.json()
    record = {
        "vendorId": ap.vendor_id,
        "processDate": "2026-01-01",
        "payments": [{"billId": other["id"], "amount": 10}],
    }
    response = ap.v3("POST", "/v3/bills/record-payment", json=record)
    assert response.status_code == 200, response.text
    offline = response.json()
    listed = ap.ok("List/SentPay.json", {"start": 0, "max": 10, "nested": True})
    assert [(row["id"], row["isOnline"], row["status"], row["amount"]) for row in listed] == [
        (online["id"], True, "1", 40),
        (offline["id"], False, "2", 10),
    ]
    assert listed[0]["billPays"][0]["id"] == "blp" + online["billPayments"][0]["id"][3:]
    assert (ap.read_bill(created["id"])["dueAmount"], ap.read_bill(other["id"])["dueAmount"]) == (60, 20)
    ap.ok("CancelAPPayment.json", {"sentPayId": online["id"]})
    assert spec_body(ap.v3("GET", f"/v3/payments/{online['id']}"))["status"] == "CANCELLED"
    assert ap.read_bill(created["id"])["dueAmount"] == 100
