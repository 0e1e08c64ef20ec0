"""v2 AR transactions over v3's records: send and mail invoices, record and charge payments, charge
authorization, received payments, invoice credits, convenience fees and the AR summary."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from bill_mock import MockClock
from bill_mock.areas.ar import ar_tables
from bill_mock.mock import Mock
from bill_mock.v2.areas.ar_payments import ArPaymentTables, add_convenience_fee
from tests.mock.ar_support import ADDRESS, BANK_ACCOUNT, Ar, other_organization
from tests.mock.support import Bill
from tests.mock.v2.support import V2, code, ok, refused

LIST = {"start": 0, "max": 100}


@pytest.fixture
def session(v2: V2) -> dict[str, str]:
    return v2.session()


@pytest.fixture
def ar(bill: Bill, session: dict[str, str]) -> Ar:
    """v3 calls made with the v2 session itself: one session, both APIs."""
    return Ar(bill, {"devKey": session["devKey"], "sessionId": session["sessionId"]})


def _pays(*parts: tuple[str, float]) -> list[dict[str, Any]]:
    return [{"invoiceId": invoice_id, "amount": amount} for invoice_id, amount in parts]


def _record(v2: V2, session: dict[str, str], customer_id: str, *parts: tuple[str, float], **fields: Any) -> Any:
    data = {"customerId": customer_id, "paymentDate": "2026-01-01", "paymentType": "1", "invoicePays": _pays(*parts)}
    return v2.post("RecordARPayment.json", session, {**data, **fields})


def _charge(
    v2: V2, session: dict[str, str], customer_id: str, account_id: str, *parts: tuple[str, float], **fields: Any
) -> Any:
    data = {"customerId": customer_id, "paymentType": "3", "paymentAccountId": account_id, **fields}
    if parts:
        data["invoicePays"] = _pays(*parts)
    return v2.post("ChargeCustomer.json", session, data)


# RecordARPayment


def test_record_payment_pays_the_invoice_in_both_apis(v2: V2, session: dict[str, str], ar: Ar) -> None:
    customer = ar.customer()
    invoice = ar.invoice(customer["id"])  # 79.98
    paid = ok(
        _record(
            v2,
            session,
            customer["id"],
            (invoice["id"], 79.98),
            refNumber="CHK-1001",
            depositToAccountId="0ca02ABCDEFGHIJKLMNO",
            description="Check 1001",
        )
    )
    assert paid["id"].startswith("0rp")
    assert {key: paid[key] for key in ("entity", "customerId", "status", "paymentDate", "isOnline", "paymentType")} == {
        "entity": "ReceivedPay",
        "customerId": customer["id"],
        "status": "0",
        "paymentDate": "2026-01-01",
        "isOnline": False,
        "paymentType": "1",
    }
    assert (paid["amount"], paid["unappliedAmount"], paid["refNumber"]) == (79.98, 0, "CHK-1001")
    assert (paid["description"], paid["depositToAccountId"], paid["source"]) == (
        "Check 1001",
        "0ca02ABCDEFGHIJKLMNO",
        "0",
    )
    [pay] = paid["invoicePays"]
    assert pay["id"].startswith("0ip")
    assert (pay["entity"], pay["invoiceId"], pay["amount"], pay["receivedPayId"]) == (
        "InvoicePay",
        invoice["id"],
        79.98,
        paid["id"],
    )
    assert paid["createdTime"] == "2026-01-01T00:00:00.000+0000"

    after = ar.get_invoice(invoice["id"])
    assert (after["status"], after["dueAmount"]) == ("PAID_IN_FULL", 0)
    assert after["payments"] == [{"id": paid["id"], "amount": 79.98, "status": "PAID", "date": "2026-01-01"}]
    v3_payment = ar.ok("GET", f"/v3/receivable-payments/{paid['id']}")
    assert (v3_payment["amount"], v3_payment["onlinePayment"], v3_payment["description"]) == (
        79.98,
        False,
        "Check 1001",
    )
    assert paid["id"] in ar.ids("/v3/receivable-payments")

    assert ok(v2.post("Crud/Read/ReceivedPay.json", session, {"id": paid["id"]})) == paid, "the same ids every time"
    [listed] = ok(v2.post("List/ReceivedPay.json", session, {**LIST, "nested": True}))
    assert listed == paid
    [flat] = ok(v2.post("List/ReceivedPay.json", session, LIST))
    assert "invoicePays" not in flat


def test_record_payment_partly_and_with_money_left_over(v2: V2, session: dict[str, str], ar: Ar) -> None:
    customer = ar.customer()
    first = ar.invoice(customer["id"])
    second = ar.invoice(customer["id"], [{"quantity": 1, "price": 100}])
    paid = ok(_record(v2, session, customer["id"], (first["id"], 79.98), (second["id"], 40), amount=150))
    assert (paid["amount"], paid["unappliedAmount"]) == (150, 30.02)
    assert [pay["amount"] for pay in paid["invoicePays"]] == [79.98, 40]
    partly = ar.get_invoice(second["id"])
    assert (partly["status"], partly["dueAmount"]) == ("PARTIAL_PAYMENT", 60)
    assert ar.ok("GET", f"/v3/customers/{customer['id']}")["balance"] == {"amount": 30.02}

    only_balance = ok(_record(v2, session, customer["id"], amount=5, paymentType="0"))
    assert (only_balance["amount"], only_balance["unappliedAmount"], only_balance["invoicePays"]) == (5, 5, [])
    assert only_balance["paymentType"] == "0"


def test_record_payment_refusals_change_nothing(v2: V2, session: dict[str, str], ar: Ar, mock: Mock) -> None:
    customer = ar.customer()
    other = ar.customer("Other Band")
    invoice = ar.invoice(customer["id"])
    theirs = ar.invoice(other["id"])

    error, message = refused(_record(v2, session, "0cu02ABCDEFGHIJKLMNO", (invoice["id"], 10)))
    assert (error, message) == ("BDC_1119", "Invalid field,value: customerId, 0cu02ABCDEFGHIJKLMNO.")
    error, message = refused(_record(v2, session, customer["id"], ("00e02ABCDEFGHIJKLMNO", 10)))
    assert (error, message) == ("BDC_1119", "Invalid field,value: invoicePays.0.invoiceId, 00e02ABCDEFGHIJKLMNO.")
    assert "another customer" in refused(_record(v2, session, customer["id"], (theirs["id"], 10)))[1]
    assert "still owes 79.98" in refused(_record(v2, session, customer["id"], (invoice["id"], 80)))[1]
    assert (
        "more than the payment's amount"
        in refused(_record(v2, session, customer["id"], (invoice["id"], 50), amount=20))[1]
    )
    assert refused(_record(v2, session, customer["id"], (invoice["id"], 0)))[1].startswith(
        "Invalid field,value: invoicePays.0.amount"
    )
    assert code(_record(v2, session, customer["id"], (invoice["id"], 10), amount=-1)) == "BDC_1119"
    assert code(_record(v2, session, customer["id"], (invoice["id"], -1e300))) == "BDC_1119"
    assert code(_record(v2, session, customer["id"], (invoice["id"], 10), amount=1e300)) == "BDC_1119"
    assert refused(_record(v2, session, customer["id"])) == ("BDC_1117", "Missing required data for: amount.")
    assert code(_record(v2, session, customer["id"], (invoice["id"], 10), paymentType="7")) == "BDC_1119"
    assert code(_record(v2, session, customer["id"], (invoice["id"], 10), paymentDate="0000-01-01")) == "BDC_1119"

    assert ar_tables(mock.store).received_payments == {}
    assert ar.get_invoice(invoice["id"])["dueAmount"] == 79.98


def test_a_payment_recorded_through_v3_reads_in_v2(v2: V2, session: dict[str, str], ar: Ar) -> None:
    customer = ar.customer()
    invoice = ar.invoice(customer["id"])
    recorded = ar.record_payment(100, (invoice["id"], 79.98), customerId=customer["id"], paymentType="PAYPAL")
    paid = ok(v2.post("Crud/Read/ReceivedPay.json", session, {"id": recorded["id"]}))
    assert (paid["paymentType"], paid["amount"], paid["unappliedAmount"], paid["isOnline"]) == ("4", 100, 20.02, False)
    assert [pay["invoiceId"] for pay in paid["invoicePays"]] == [invoice["id"]]


def test_received_payments_filter_and_stay_in_their_organization(
    v2: V2, session: dict[str, str], ar: Ar, bill: Bill
) -> None:
    customer = ar.customer()
    first = ar.invoice(customer["id"])
    second = ar.invoice(customer["id"])
    one = ok(_record(v2, session, customer["id"], (first["id"], 10)))
    two = ok(_record(v2, session, customer["id"], (second["id"], 20), paymentDate="2026-01-05"))
    later = {**LIST, "filters": [{"field": "paymentDate", "op": ">", "value": "2026-01-02"}]}
    assert [row["id"] for row in ok(v2.post("List/ReceivedPay.json", session, later))] == [two["id"]]
    by_amount = {**LIST, "sort": [{"field": "amount", "asc": False}]}
    assert [row["id"] for row in ok(v2.post("List/ReceivedPay.json", session, by_amount))] == [two["id"], one["id"]]
    assert (
        code(v2.post("List/ReceivedPay.json", session, {**LIST, "filters": [{"field": "x", "op": "=", "value": 1}]}))
        == "BDC_1130"
    )

    elsewhere = other_organization(bill)
    theirs = {"devKey": elsewhere.headers["devKey"], "sessionId": elsewhere.headers["sessionId"]}
    assert ok(v2.post("List/ReceivedPay.json", theirs, LIST)) == []
    assert refused(v2.post("Crud/Read/ReceivedPay.json", theirs, {"id": one["id"]})) == (
        "BDC_1119",
        f"Invalid field,value: id, {one['id']}.",
    )
    their_customer = elsewhere.customer()
    assert code(_record(v2, theirs, their_customer["id"], (first["id"], 1))) == "BDC_1119"


def test_a_token_may_record_and_read_payments(v2: V2, ar: Ar) -> None:
    token = v2.token_session()
    customer = ar.customer()
    invoice = ar.invoice(customer["id"])
    paid = ok(_record(v2, token, customer["id"], (invoice["id"], 79.98)))
    assert ok(v2.post("Crud/Read/ReceivedPay.json", token, {"id": paid["id"]}))["amount"] == 79.98
    assert ok(v2.post("GetARSummary.json", token))["invoices"]["allCount"] == 0


# SetCustomerAuthorization and ChargeCustomer


def _chargeable(v2: V2, session: dict[str, str], ar: Ar) -> tuple[dict[str, Any], dict[str, Any]]:
    customer = ar.customer(billingAddress=ADDRESS)
    account = ar.ok("POST", f"/v3/customers/{customer['id']}/bank-accounts", 201, json=BANK_ACCOUNT)
    answer = ok(
        v2.post("SetCustomerAuthorization.json", session, {"customerId": customer["id"], "hasAuthorizedToCharge": True})
    )
    assert (answer["entity"], answer["id"], answer["hasAuthorizedToCharge"], answer["hasBankAccount"]) == (
        "Customer",
        customer["id"],
        True,
        True,
    )
    return customer, account


def test_set_customer_authorization_is_v3s_charge_authorization(
    v2: V2, session: dict[str, str], ar: Ar, clock: MockClock
) -> None:
    customer = ar.customer()
    ar.invoice(customer["id"])
    clock.advance(60)
    answer = ok(
        v2.post("SetCustomerAuthorization.json", session, {"customerId": customer["id"], "hasAuthorizedToCharge": True})
    )
    assert answer == {
        "entity": "Customer",
        "id": customer["id"],
        "isActive": "1",
        "name": "Paperless Band",
        "email": "contact@paperlessband.example",
        "hasAuthorizedToCharge": True,
        "hasBankAccount": False,
        "hasBankAccountAutoPay": False,
        "hasCreditCard": False,
        "hasCreditCardAutoPay": False,
        "isAutoChargeDismissed": False,
        "balance": 79.98,
        "createdTime": "2026-01-01T00:00:00.000+0000",
        "updatedTime": "2026-01-01T00:01:00.000+0000",
    }
    assert ar.ok("GET", f"/v3/customers/{customer['id']}")["authorizedToCharge"] is True
    ar.ok("POST", f"/v3/customers/{customer['id']}/charge-authorization", json={"authorizedToCharge": False})
    again = ok(
        v2.post(
            "SetCustomerAuthorization.json", session, {"customerId": customer["id"], "hasAuthorizedToCharge": False}
        )
    )
    assert again["hasAuthorizedToCharge"] is False
    bad = {"customerId": "0cu02ABCDEFGHIJKLMNO", "hasAuthorizedToCharge": True}
    assert refused(v2.post("SetCustomerAuthorization.json", session, bad)) == (
        "BDC_1119",
        "Invalid field,value: customerId, 0cu02ABCDEFGHIJKLMNO.",
    )


def test_charge_customer_pays_invoices_and_keeps_the_rest(v2: V2, session: dict[str, str], ar: Ar) -> None:
    customer, account = _chargeable(v2, session, ar)
    invoice = ar.invoice(customer["id"])
    answer = ok(
        _charge(v2, session, customer["id"], account["id"], (invoice["id"], 79.98), totalAmount=100, memo="Jan")
    )
    paid = answer["chargedReceivedPay"]
    assert (paid["amount"], paid["unappliedAmount"], paid["isOnline"], paid["paymentType"]) == (100, 20.02, True, "3")
    assert (paid["customerBankAccountId"], paid["description"], paid["source"]) == (account["id"], "Jan", "2")
    assert [(pay["invoiceId"], pay["amount"]) for pay in paid["invoicePays"]] == [(invoice["id"], 79.98)]
    assert ar.get_invoice(invoice["id"])["status"] == "PAID_IN_FULL"
    v3_payment = ar.ok("GET", f"/v3/receivable-payments/{paid['id']}")
    assert (v3_payment["amount"], v3_payment["unappliedAmount"], v3_payment["onlinePayment"]) == (100, 20.02, True)
    assert ar.ok("GET", f"/v3/customers/{customer['id']}")["balance"] == {"amount": 20.02}

    only_total = ok(_charge(v2, session, customer["id"], account["id"], totalAmount=5))["chargedReceivedPay"]
    assert (only_total["amount"], only_total["unappliedAmount"], only_total["invoicePays"]) == (5, 5, [])


def test_charge_customer_refusals(v2: V2, session: dict[str, str], ar: Ar, mock: Mock) -> None:
    customer = ar.customer(billingAddress=ADDRESS)
    account = ar.ok("POST", f"/v3/customers/{customer['id']}/bank-accounts", 201, json=BANK_ACCOUNT)
    invoice = ar.invoice(customer["id"])
    assert (
        "SetCustomerAuthorization.json"
        in refused(_charge(v2, session, customer["id"], account["id"], (invoice["id"], 10)))[1]
    )
    ok(v2.post("SetCustomerAuthorization.json", session, {"customerId": customer["id"], "hasAuthorizedToCharge": True}))
    other = ar.customer("Other Band", billingAddress=ADDRESS)
    their_account = ar.ok("POST", f"/v3/customers/{other['id']}/bank-accounts", 201, json=BANK_ACCOUNT)
    assert refused(_charge(v2, session, customer["id"], their_account["id"], (invoice["id"], 10))) == (
        "BDC_1119",
        f"Invalid field,value: paymentAccountId, {their_account['id']}.",
    )
    assert (
        "in the past"
        in refused(_charge(v2, session, customer["id"], account["id"], (invoice["id"], 10), paymentDate="2025-12-31"))[
            1
        ]
    )
    assert refused(_charge(v2, session, customer["id"], account["id"])) == (
        "BDC_1117",
        "Missing required data for: totalAmount.",
    )
    assert (
        "at least that"
        in refused(_charge(v2, session, customer["id"], account["id"], (invoice["id"], 10), totalAmount=5))[1]
    )
    assert code(_charge(v2, session, customer["id"], account["id"], ("00e02ABCDEFGHIJKLMNO", 10))) == "BDC_1119"
    assert code(_charge(v2, session, customer["id"], account["id"], (invoice["id"], 10), paymentType="1")) == "BDC_1119"
    assert code(_charge(v2, v2.token_session(), customer["id"], account["id"], (invoice["id"], 10))) == "BDC_1145"
    ar.ok("POST", f"/v3/customers/{customer['id']}/archive")
    assert "inactive" in refused(_charge(v2, session, customer["id"], account["id"], (invoice["id"], 10)))[1]
    assert ar_tables(mock.store).received_payments == {}


# SendInvoice and MailInvoice


def test_send_invoice_emails_the_customer_for_a_user_but_not_a_token(
    v2: V2, session: dict[str, str], ar: Ar, mock: Mock
) -> None:
    customer = ar.customer()
    invoice = ar.invoice(customer["id"])
    headers = {"subject": "Your invoice", "ccMe": True}
    assert (
        ok(
            v2.post(
                "SendInvoice.json",
                session,
                {"invoiceId": invoice["id"], "headers": headers, "content": {"body": "Thanks"}},
            )
        )
        == {}
    )
    [sent] = ar_tables(mock.store).sent_emails
    assert (sent.invoice_id, sent.reply_to_user_id, sent.to) == (
        invoice["id"],
        v2.user_id,
        ("contact@paperlessband.example",),
    )

    token = v2.token_session()
    error, message = refused(v2.post("SendInvoice.json", token, {"invoiceId": invoice["id"], "headers": {}}))
    assert error == "BDC_1145"
    assert "cannot send invoices" in message
    assert len(ar_tables(mock.store).sent_emails) == 1

    to = {"toEmailAddresses": ["ap@band.example", "boss@band.example"], "fromUserId": v2.user_id}
    ok(v2.post("SendInvoice.json", session, {"invoiceId": invoice["id"], "headers": to}))
    assert ar_tables(mock.store).sent_emails[-1].to == ("ap@band.example", "boss@band.example")


def test_send_invoice_refusals(v2: V2, session: dict[str, str], ar: Ar, mock: Mock) -> None:
    customer = ar.customer()
    invoice = ar.invoice(customer["id"])
    assert refused(v2.post("SendInvoice.json", session, {"invoiceId": "00e02ABCDEFGHIJKLMNO", "headers": {}})) == (
        "BDC_1119",
        "Invalid field,value: invoiceId, 00e02ABCDEFGHIJKLMNO.",
    )
    stranger = {"fromUserId": "00602ABCDEFGHIJKLMNO"}
    assert refused(v2.post("SendInvoice.json", session, {"invoiceId": invoice["id"], "headers": stranger})) == (
        "BDC_1119",
        "Invalid field,value: headers.fromUserId, 00602ABCDEFGHIJKLMNO.",
    )
    assert refused(v2.post("SendInvoice.json", session, {"invoiceId": invoice["id"]})) == (
        "BDC_1117",
        "Missing required data for: headers.",
    )
    ar.ok("POST", f"/v3/invoices/{invoice['id']}/archive")
    assert "inactive" in refused(v2.post("SendInvoice.json", session, {"invoiceId": invoice["id"], "headers": {}}))[1]
    assert ar_tables(mock.store).sent_emails == []


def test_send_invoice_counts_against_the_users_messages_per_minute(
    v2: V2, session: dict[str, str], ar: Ar, bill: Bill, clock: MockClock
) -> None:
    customer = ar.customer()
    invoice = ar.invoice(customer["id"])
    clock.advance(60 - int(clock.now().timestamp()) % 60)
    assert bill.client.post("/_mock/limits", json={"messagesPerMinute": 2}).status_code == 200
    send = {"invoiceId": invoice["id"], "headers": {}}
    ok(v2.post("SendInvoice.json", session, send))
    ok(v2.post("SendInvoice.json", session, send))
    error, message = refused(v2.post("SendInvoice.json", session, send))
    assert error == "BDC_1144"
    assert "messages per minute reached: 2" in message
    body = {"replyTo": {"userId": v2.user_id}, "recipient": {"to": ["a@band.example"]}}
    assert ar.call("POST", f"/v3/invoices/{invoice['id']}/email", json=body).status_code == 429, "v3 shares the count"
    clock.advance(60)
    ok(v2.post("SendInvoice.json", session, send))


def test_mail_invoice_needs_a_us_billing_address(v2: V2, session: dict[str, str], ar: Ar, mock: Mock) -> None:
    customer = ar.customer(billingAddress=ADDRESS)
    invoice = ar.invoice(customer["id"])
    assert ok(v2.post("MailInvoice.json", session, {"invoiceId": invoice["id"]})) == {}
    [mailed] = mock.store.area(ArPaymentTables).mailed
    assert (mailed.invoice_id, mailed.user_id, mailed.address["city"]) == (invoice["id"], v2.user_id, "San Jose")

    abroad = ar.customer("Abroad", billingAddress={**ADDRESS, "country": "CA"})
    no_zip = ar.customer("No zip", billingAddress=ADDRESS)
    del ar_tables(mock.store).customers[no_zip["id"]].details["billingAddress"]["zipOrPostalCode"]  # as v2 may leave it
    nowhere = ar.customer("Nowhere")
    for who in (abroad, no_zip, nowhere):
        their_invoice = ar.invoice(who["id"])
        error, message = refused(v2.post("MailInvoice.json", session, {"invoiceId": their_invoice["id"]}))
        assert error == "BDC_1119"
        assert "billing address in the US" in message
    assert code(v2.post("MailInvoice.json", v2.token_session(), {"invoiceId": invoice["id"]})) == "BDC_1145"
    assert code(v2.post("MailInvoice.json", session, {"invoiceId": "00e02ABCDEFGHIJKLMNO"})) == "BDC_1119"
    assert len(mock.store.area(ArPaymentTables).mailed) == 1


# InvoiceCredit and RPConvFee


def test_invoice_credits_are_credit_memos_applied_to_invoices(v2: V2, session: dict[str, str], ar: Ar) -> None:
    customer = ar.customer()
    memo = ar.credit_memo(customer["id"], 10, 15)
    first = ar.invoice(customer["id"], creditAmount=20)
    second = ar.invoice(customer["id"], creditAmount=5)
    credits = ok(v2.post("List/InvoiceCredit.json", session, LIST))
    assert [(row["invoiceId"], row["creditMemoId"], row["amount"]) for row in credits] == [
        (first["id"], memo["id"], 20),
        (second["id"], memo["id"], 5),
    ]
    assert all(row["id"].startswith("icr") and row["isActive"] == "1" for row in credits)
    assert ok(v2.post("Crud/Read/InvoiceCredit.json", session, {"id": credits[1]["id"]})) == credits[1]
    assert ok(v2.post("List/InvoiceCredit.json", session, LIST)) == credits, "ids stay"
    only_second = {**LIST, "filters": [{"field": "invoiceId", "op": "=", "value": second["id"]}]}
    assert ok(v2.post("List/InvoiceCredit.json", session, only_second)) == [credits[1]]
    assert refused(v2.post("Crud/Read/InvoiceCredit.json", session, {"id": "icr02ABCDEFGHIJKLMNO"})) == (
        "BDC_1119",
        "Invalid field,value: id, icr02ABCDEFGHIJKLMNO.",
    )
    assert ar.get_invoice(first["id"])["dueAmount"] == 59.98


def test_convenience_fees_are_v2s_own(v2: V2, session: dict[str, str], ar: Ar, mock: Mock) -> None:
    assert ok(v2.post("List/RPConvFee.json", session, LIST)) == []
    customer = ar.customer()
    invoice = ar.invoice(customer["id"])
    paid = ok(_record(v2, session, customer["id"], (invoice["id"], 79.98)))
    payment = ar_tables(mock.store).received_payments[paid["id"]]
    fee = add_convenience_fee(mock.store, mock.clock.now(), payment, Decimal("2.5"), ref_number="FEE-1")
    [listed] = ok(v2.post("List/RPConvFee.json", session, LIST))
    assert listed == {
        "entity": "RPConvFee",
        "id": fee.id,
        "refNumber": "FEE-1",
        "amount": 2.5,
        "paymentDate": "2026-01-01",
    }
    assert listed["id"].startswith("rpf")
    assert ok(v2.post("Crud/Read/RPConvFee.json", session, {"id": fee.id})) == listed
    again = ok(v2.post("Crud/Read/ReceivedPay.json", session, {"id": paid["id"]}))
    assert (again["convFeeAmount"], again["rPConvFee"]) == (2.5, 2.5)
    assert code(v2.post("Crud/Read/RPConvFee.json", session, {"id": "rpf02ABCDEFGHIJKLMNO"})) == "BDC_1119"


# GetARSummary


def test_ar_summary_counts_open_invoices_and_payments(
    v2: V2, session: dict[str, str], ar: Ar, clock: MockClock
) -> None:
    customer = ar.customer()
    clock.advance(10 * 86_400)  # 2026-01-11; the session idles out in 35 minutes, so sign in again
    session = v2.session()
    ar.headers = {"devKey": session["devKey"], "sessionId": session["sessionId"]}
    ar.invoice(customer["id"], dueDate="2026-01-05")  # overdue
    ar.invoice(customer["id"], dueDate="2026-01-11")  # due today
    soon = ar.invoice(customer["id"], [{"quantity": 1, "price": 100}], dueDate="2026-01-15")
    ar.invoice(customer["id"], dueDate="2026-03-01")
    paid = ar.invoice(customer["id"], dueDate="2026-01-01")
    ok(_record(v2, session, customer["id"], (paid["id"], 79.98), paymentDate="2026-01-11"))
    ok(_record(v2, session, customer["id"], (soon["id"], 10), paymentDate="2026-01-06"))
    ok(_record(v2, session, customer["id"], amount=7, paymentDate="2025-12-20"))
    ok(_record(v2, session, customer["id"], amount=3, paymentDate="2026-01-14"))
    ok(_record(v2, session, customer["id"], amount=1, paymentDate="2026-02-01"))
    summary = ok(v2.post("GetARSummary.json", session))
    assert summary["invoices"] == {
        "overdueCount": 1,
        "overdueTotal": "79.98",
        "dueTodayCount": 1,
        "dueTodayTotal": "79.98",
        "due7DaysCount": 1,
        "due7DaysTotal": "90.00",
        "due7PlusDaysCount": 1,
        "due7PlusDaysTotal": "79.98",
        "allCount": 4,
        "allTotal": "329.94",
    }
    assert summary["payments"] == {
        "lastMonthCount": 1,
        "lastMonthTotal": "7.00",
        "currentMonthCount": 2,
        "currentMonthTotal": "89.98",
        "last7DaysCount": 2,
        "last7DaysTotal": "89.98",
        "todayCount": 1,
        "todayTotal": "79.98",
        "next7DaysCount": 1,
        "next7DaysTotal": "3.00",
        "futureCount": 1,
        "futureTotal": "1.00",
    }
