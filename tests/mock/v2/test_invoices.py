"""v2 Invoice, RecurringInvoice and CreditMemo: Crud, List and Bulk over the AR records v3 keeps."""

from __future__ import annotations

from typing import Any

import pytest

from bill_mock import MockClock
from tests.mock.support import Bill
from tests.mock.v2.support import V2, code, ok, refused
from tests.mock.v2.test_customers import create_customer

LINES = [
    {"entity": "InvoiceLineItem", "quantity": 2, "price": 14.99, "description": "Drum sticks"},
    {"entity": "InvoiceLineItem", "quantity": 1, "price": 50},
]
"""79.98 in all."""


@pytest.fixture
def session(v2: V2) -> dict[str, str]:
    return v2.session()


@pytest.fixture
def customer_id(v2: V2, session: dict[str, str]) -> str:
    customer_id: str = create_customer(v2, session)["id"]
    return customer_id


def _headers(session: dict[str, str]) -> dict[str, str]:
    return {"devKey": session["devKey"], "sessionId": session["sessionId"]}


def _invoice_obj(customer_id: str, **fields: Any) -> dict[str, Any]:
    return {
        "entity": "Invoice",
        "customerId": customer_id,
        "invoiceNumber": "INV-1",
        "invoiceDate": "2026-01-01",
        "dueDate": "2026-01-31",
        "invoiceLineItems": LINES,
        **fields,
    }


def _create_invoice(v2: V2, session: dict[str, str], customer_id: str, **fields: Any) -> dict[str, Any]:
    created: dict[str, Any] = ok(
        v2.post("Crud/Create/Invoice.json", session, {"obj": _invoice_obj(customer_id, **fields)})
    )
    return created


def _template_obj(customer_id: str, **fields: Any) -> dict[str, Any]:
    line = {"entity": "RecurringInvoiceLineItem", "amount": 100, "quantity": 1, "price": 100, "taxable": True}
    return {
        "entity": "RecurringInvoice",
        "customerId": customer_id,
        "timePeriod": "2",
        "frequencyPerTimePeriod": 3,
        "nextDueDate": "2026-02-01",
        "daysInAdvance": 5,
        "recurringInvoiceLineItems": [line, {"entity": "RecurringInvoiceLineItem", "amount": 20, "quantity": 2}],
        **fields,
    }


def _memo_obj(customer_id: str, **fields: Any) -> dict[str, Any]:
    return {
        "entity": "CreditMemo",
        "customerId": customer_id,
        "refNumber": "CM-1",
        "creditDate": "2026-01-05",
        "creditMemoLineItems": [{"entity": "CreditMemoLineItem", "quantity": 1, "amount": 30}],
        **fields,
    }


# Invoice


def test_create_answers_the_invoice_with_its_totals(v2: V2, session: dict[str, str], customer_id: str) -> None:
    invoice = _create_invoice(
        v2,
        session,
        customer_id,
        poNumber="PO-9",
        terms="Net 30",
        departmentId="0de02AAAAAAAAAAAAAAA",
        locationId="somewhere",
        itemSalesTax="0ii02AAAAAAAAAAAAAAA",
    )
    assert invoice["id"].startswith("00e")
    lines = invoice.pop("invoiceLineItems")
    assert invoice == {
        "entity": "Invoice",
        "id": invoice["id"],
        "isActive": "1",
        "createdBy": v2.user_id,
        "customerId": customer_id,
        "invoiceNumber": "INV-1",
        "invoiceDate": "2026-01-01",
        "dueDate": "2026-01-31",
        "amount": 79.98,
        "amountDue": 79.98,
        "creditAmount": 0.0,
        "paymentStatus": "1",
        "poNumber": "PO-9",
        "terms": "Net 30",
        "departmentId": "0de02AAAAAAAAAAAAAAA",
        "locationId": "somewhere",
        "itemSalesTax": "0ii02AAAAAAAAAAAAAAA",
        "createdTime": "2026-01-01T00:00:00.000+0000",
        "updatedTime": "2026-01-01T00:00:00.000+0000",
    }
    assert [line["id"][:3] for line in lines] == ["00f", "00f"]
    assert lines[0] == {
        "entity": "InvoiceLineItem",
        "id": lines[0]["id"],
        "invoiceId": invoice["id"],
        "quantity": 2.0,
        "price": 14.99,
        "description": "Drum sticks",
        "amount": 29.98,
        "createdTime": "2026-01-01T00:00:00.000+0000",
        "updatedTime": "2026-01-01T00:00:00.000+0000",
    }
    read = ok(v2.post("Crud/Read/Invoice.json", session, {"id": invoice["id"]}))
    assert read == {**invoice, "invoiceLineItems": lines}


def test_line_amounts_rate_lines_and_amount_only_lines(v2: V2, session: dict[str, str], customer_id: str) -> None:
    lines = [
        {"entity": "InvoiceLineItem", "quantity": 3, "amount": 100, "serviceDate": "2026-01-02", "taxable": True},
        {"entity": "InvoiceLineItem", "quantity": 1, "ratePercent": -10},
    ]
    invoice = _create_invoice(v2, session, customer_id, invoiceLineItems=lines)
    assert [line["amount"] for line in invoice["invoiceLineItems"]] == [100.0, -10.0]
    assert (invoice["amount"], invoice["amountDue"]) == (90.0, 90.0)
    first = invoice["invoiceLineItems"][0]
    assert (first["serviceDate"], first["taxable"]) == ("2026-01-02", True)
    both = [{"entity": "InvoiceLineItem", "quantity": 1, "price": 5, "ratePercent": 10}]
    error_code, message = refused(
        v2.post(
            "Crud/Create/Invoice.json",
            session,
            {"obj": _invoice_obj(customer_id, invoiceNumber="2", invoiceLineItems=both)},
        )
    )
    assert (error_code, message.split(".")[0]) == ("BDC_1119", "Invalid field,value: obj")
    assert "price or ratePercent" in message
    wrong = [{"entity": "InvoiceLineItem", "quantity": 2, "price": 5, "amount": 11}]
    response = v2.post(
        "Crud/Create/Invoice.json",
        session,
        {"obj": _invoice_obj(customer_id, invoiceNumber="3", invoiceLineItems=wrong)},
    )
    assert code(response) == "BDC_1119"


def test_invoice_numbers_are_unique_in_the_organization(v2: V2, session: dict[str, str], customer_id: str) -> None:
    first = _create_invoice(v2, session, customer_id)
    ok(v2.post("Crud/Delete/Invoice.json", session, {"id": first["id"]}))
    error_code, message = refused(v2.post("Crud/Create/Invoice.json", session, {"obj": _invoice_obj(customer_id)}))
    assert error_code == "BDC_1119"
    assert message.startswith("Invalid field,value: invoiceNumber, INV-1.")
    second = _create_invoice(v2, session, customer_id, invoiceNumber="INV-2")
    change = {"obj": {**_invoice_obj(customer_id), "id": second["id"]}}
    assert code(v2.post("Crud/Update/Invoice.json", session, change)) == "BDC_1119"


def test_an_invoice_needs_an_active_customer_of_the_organization(
    v2: V2, session: dict[str, str], customer_id: str
) -> None:
    unknown = {"obj": _invoice_obj("0cu02AAAAAAAAAAAAAAA")}
    assert refused(v2.post("Crud/Create/Invoice.json", session, unknown)) == (
        "BDC_1119",
        "Invalid field,value: customerId, 0cu02AAAAAAAAAAAAAAA.",
    )
    ok(v2.post("Crud/Delete/Customer.json", session, {"id": customer_id}))
    error_code, message = refused(v2.post("Crud/Create/Invoice.json", session, {"obj": _invoice_obj(customer_id)}))
    assert error_code == "BDC_1119"
    assert "inactive" in message
    missing = {key: value for key, value in _invoice_obj(customer_id).items() if key != "dueDate"}
    assert code(v2.post("Crud/Create/Invoice.json", session, {"obj": missing})) == "BDC_1117"


def test_update_replaces_the_whole_invoice(v2: V2, session: dict[str, str], customer_id: str, clock: MockClock) -> None:
    invoice = _create_invoice(v2, session, customer_id, poNumber="PO-1", terms="Net 30")
    clock.advance(60)
    lines = [{"entity": "InvoiceLineItem", "quantity": 4, "price": 10}]
    change = {
        **_invoice_obj(customer_id, invoiceNumber="INV-1b", invoiceLineItems=lines, poNumber="PO-2"),
        "id": invoice["id"],
    }
    updated = ok(v2.post("Crud/Update/Invoice.json", session, {"obj": change}))
    assert (updated["invoiceNumber"], updated["amount"], updated["poNumber"]) == ("INV-1b", 40.0, "PO-2")
    assert "terms" not in updated
    assert updated["createdBy"] == v2.user_id
    assert [line["amount"] for line in updated["invoiceLineItems"]] == [40.0]
    assert updated["updatedTime"] == "2026-01-01T00:01:00.000+0000"


def test_delete_undelete_and_reactivating_update(v2: V2, session: dict[str, str], customer_id: str) -> None:
    invoice = _create_invoice(v2, session, customer_id)
    ident = {"id": invoice["id"]}
    assert ok(v2.post("Crud/Delete/Invoice.json", session, ident))["isActive"] == "2"
    change = {**_invoice_obj(customer_id), "id": invoice["id"]}
    assert code(v2.post("Crud/Update/Invoice.json", session, {"obj": change})) == "BDC_1119"
    assert ok(v2.post("Crud/Update/Invoice.json", session, {"obj": {**change, "isActive": "1"}}))["isActive"] == "1"
    ok(v2.post("Crud/Delete/Invoice.json", session, ident))
    assert ok(v2.post("Crud/Undelete/Invoice.json", session, ident))["isActive"] == "1"
    assert code(v2.post("Crud/Read/Invoice.json", session, {"id": "00e02AAAAAAAAAAAAAAA"})) == "BDC_1119"


def test_list_and_bulk_invoices(v2: V2, session: dict[str, str], customer_id: str) -> None:
    items = [
        {"obj": _invoice_obj(customer_id, invoiceNumber="A")},
        {"obj": _invoice_obj(customer_id, invoiceNumber="A")},
        {"obj": _invoice_obj(customer_id, invoiceNumber="B", invoiceLineItems=LINES[:1])},
    ]
    answers = ok(v2.post("Bulk/Crud/Create/Invoice.json", session, {"bulk": items}))["bulk"]
    assert [answer["response_status"] for answer in answers] == [0, 1, 0]
    a_id, b_id = answers[0]["response_data"]["id"], answers[2]["response_data"]["id"]
    query = {"start": 0, "max": 10, "filters": [{"field": "amount", "op": ">", "value": 50}]}
    assert [invoice["invoiceNumber"] for invoice in ok(v2.post("List/Invoice.json", session, query))] == ["A"]
    query = {"start": 0, "max": 10, "sort": [{"field": "invoiceNumber", "asc": False}], "nested": True}
    assert [invoice["id"] for invoice in ok(v2.post("List/Invoice.json", session, query))] == [b_id, a_id]
    change = [{"obj": {**_invoice_obj(customer_id, invoiceNumber="B2"), "id": b_id}}]
    updated = ok(v2.post("Bulk/Crud/Update/Invoice.json", session, {"bulk": change}))["bulk"]
    assert updated[0]["response_data"]["invoiceNumber"] == "B2"
    ids = {"bulk": [{"id": a_id}, {"id": b_id}]}
    deleted = ok(v2.post("Bulk/Crud/Delete/Invoice.json", session, ids))["bulk"]
    assert [answer["response_data"]["isActive"] for answer in deleted] == ["2", "2"]
    restored = ok(v2.post("Bulk/Crud/Undelete/Invoice.json", session, ids))["bulk"]
    assert [answer["response_data"]["isActive"] for answer in restored] == ["1", "1"]


# Invoice across versions


def test_an_invoice_created_in_v2_reads_in_v3(v2: V2, bill: Bill, session: dict[str, str], customer_id: str) -> None:
    invoice = _create_invoice(v2, session, customer_id, departmentId="0de02AAAAAAAAAAAAAAA", poNumber="PO-1")
    response = bill.call("GET", f"/v3/invoices/{invoice['id']}", _headers(session))
    assert response.status_code == 200, response.text
    v3 = response.json()
    assert (v3["customerId"], v3["invoiceNumber"], v3["totalAmount"], v3["dueAmount"], v3["status"]) == (
        customer_id,
        "INV-1",
        79.98,
        79.98,
        "OPEN",
    )
    assert v3["classifications"] == {"departmentId": "0de02AAAAAAAAAAAAAAA"}
    assert [line["id"] for line in v3["invoiceLineItems"]] == [line["id"] for line in invoice["invoiceLineItems"]]
    assert "poNumber" not in v3


def test_an_invoice_created_in_v3_reads_in_v2_with_its_payments(
    v2: V2, bill: Bill, session: dict[str, str], customer_id: str
) -> None:
    body = {
        "customer": {"id": customer_id},
        "invoiceNumber": "V3-1",
        "invoiceDate": "2026-01-01",
        "dueDate": "2026-01-31",
        "invoiceLineItems": [{"quantity": 1, "price": 100}],
    }
    created = bill.call("POST", "/v3/invoices", _headers(session), json=body)
    assert created.status_code == 201, created.text
    invoice_id = created.json()["id"]
    payment = {
        "paymentDate": "2026-01-02",
        "paymentType": "CHECK",
        "amount": 40,
        "invoices": [{"id": invoice_id, "amount": 40}],
    }
    paid = bill.call("POST", "/v3/invoices/record-payment", _headers(session), json=payment)
    assert paid.status_code == 200, paid.text
    invoice = ok(v2.post("Crud/Read/Invoice.json", session, {"id": invoice_id}))
    assert (invoice["invoiceNumber"], invoice["amount"], invoice["amountDue"], invoice["paymentStatus"]) == (
        "V3-1",
        100.0,
        60.0,
        "2",
    )
    assert invoice["invoiceLineItems"][0]["id"].startswith("00f")
    customer = ok(v2.post("Crud/Read/Customer.json", session, {"id": customer_id}))
    assert customer["balance"] == 60.0
    taken = {"obj": _invoice_obj(customer_id, invoiceNumber="V3-1")}
    assert code(v2.post("Crud/Create/Invoice.json", session, taken)) == "BDC_1119"


def test_a_v2_deleted_invoice_is_archived_in_v3_and_the_reverse(
    v2: V2, bill: Bill, session: dict[str, str], customer_id: str
) -> None:
    invoice = _create_invoice(v2, session, customer_id)
    path = f"/v3/invoices/{invoice['id']}"
    ok(v2.post("Crud/Delete/Invoice.json", session, {"id": invoice["id"]}))
    assert bill.call("GET", path, _headers(session)).json()["archived"] is True
    assert bill.call("POST", f"{path}/restore", _headers(session)).status_code == 200
    assert ok(v2.post("Crud/Read/Invoice.json", session, {"id": invoice["id"]}))["isActive"] == "1"


# RecurringInvoice


def test_recurring_invoice_crud(
    v2: V2, bill: Bill, session: dict[str, str], customer_id: str, clock: MockClock
) -> None:
    template = ok(
        v2.post(
            "Crud/Create/RecurringInvoice.json",
            session,
            {"obj": _template_obj(customer_id, poNumber="PO-7", isToBeAutoEmailed=True, description="Lessons")},
        )
    )
    assert template["id"].startswith("rit")
    lines = template.pop("recurringInvoiceLineItems")
    assert template == {
        "entity": "RecurringInvoice",
        "id": template["id"],
        "isActive": "1",
        "customerId": customer_id,
        "timePeriod": "2",
        "frequencyPerTimePeriod": 3,
        "nextDueDate": "2026-02-01",
        "daysInAdvance": 5,
        "poNumber": "PO-7",
        "isToBeAutoEmailed": True,
        "description": "Lessons",
        "subtotal": 120.0,
        "taxableAmount": 100.0,
        "createdTime": "2026-01-01T00:00:00.000+0000",
        "updatedTime": "2026-01-01T00:00:00.000+0000",
    }
    assert [line["id"][:3] for line in lines] == ["ril", "ril"]
    assert lines[1]["recurringInvoiceId"] == template["id"]
    v3 = bill.call("GET", f"/v3/recurring-invoices/{template['id']}", _headers(session)).json()
    assert v3["schedule"] == {"period": "MONTHLY", "frequency": 3, "nextDueDate": "2026-02-01", "daysInAdvance": 5}
    assert (v3["sendEmail"], v3["description"]) == (True, "Lessons")
    clock.advance(60)
    change = {**_template_obj(customer_id, timePeriod="9", endDate="2026-12-31"), "id": template["id"]}
    updated = ok(v2.post("Crud/Update/RecurringInvoice.json", session, {"obj": change}))
    assert (updated["timePeriod"], updated["endDate"]) == ("9", "2026-12-31")
    assert "poNumber" not in updated
    assert (
        "period"
        not in bill.call("GET", f"/v3/recurring-invoices/{template['id']}", _headers(session)).json()["schedule"]
    )
    bad = {**change, "endDate": "2026-01-15"}
    assert code(v2.post("Crud/Update/RecurringInvoice.json", session, {"obj": bad})) == "BDC_1119"
    ident = {"id": template["id"]}
    assert ok(v2.post("Crud/Delete/RecurringInvoice.json", session, ident))["isActive"] == "2"
    assert bill.call("GET", f"/v3/recurring-invoices/{template['id']}", _headers(session)).json()["archived"] is True
    assert ok(v2.post("Crud/Undelete/RecurringInvoice.json", session, ident))["isActive"] == "1"


def test_recurring_invoices_list_bulk_and_v3_records(
    v2: V2, bill: Bill, session: dict[str, str], customer_id: str
) -> None:
    body = {
        "customerId": customer_id,
        "schedule": {"period": "WEEKLY", "frequency": 2, "nextDueDate": "2026-03-01"},
        "recurringInvoiceLineItems": [{"amount": 10, "quantity": 1}],
    }
    made = bill.call("POST", "/v3/recurring-invoices", _headers(session), json=body)
    assert made.status_code == 201, made.text
    items = [{"obj": _template_obj(customer_id)}, {"obj": _template_obj("0cu02AAAAAAAAAAAAAAA")}]
    answers = ok(v2.post("Bulk/Crud/Create/RecurringInvoice.json", session, {"bulk": items}))["bulk"]
    assert [answer["response_status"] for answer in answers] == [0, 1]
    listed = ok(v2.post("List/RecurringInvoice.json", session, {"start": 0, "max": 10}))
    assert [template["id"] for template in listed] == [made.json()["id"], answers[0]["response_data"]["id"]]
    assert (listed[0]["timePeriod"], listed[0]["frequencyPerTimePeriod"], listed[0]["subtotal"]) == ("1", 2, 10.0)
    new_id = answers[0]["response_data"]["id"]
    change = [{"obj": {**_template_obj(customer_id, frequencyPerTimePeriod=1), "id": new_id}}]
    updated = ok(v2.post("Bulk/Crud/Update/RecurringInvoice.json", session, {"bulk": change}))["bulk"]
    assert updated[0]["response_data"]["frequencyPerTimePeriod"] == 1
    ids = {"bulk": [{"id": new_id}]}
    assert (
        ok(v2.post("Bulk/Crud/Delete/RecurringInvoice.json", session, ids))["bulk"][0]["response_data"]["isActive"]
        == "2"
    )
    assert (
        ok(v2.post("Bulk/Crud/Undelete/RecurringInvoice.json", session, ids))["bulk"][0]["response_data"]["isActive"]
        == "1"
    )
    assert code(v2.post("Crud/Read/RecurringInvoice.json", session, {"id": "rit02AAAAAAAAAAAAAAA"})) == "BDC_1119"


# CreditMemo


def test_credit_memo_crud(v2: V2, bill: Bill, session: dict[str, str], customer_id: str) -> None:
    memo = ok(v2.post("Crud/Create/CreditMemo.json", session, {"obj": _memo_obj(customer_id, poNumber="PO-3")}))
    assert memo["id"].startswith("ccr")
    lines = memo.pop("creditMemoLineItems")
    assert memo == {
        "entity": "CreditMemo",
        "id": memo["id"],
        "isActive": "1",
        "customerId": customer_id,
        "refNumber": "CM-1",
        "creditDate": "2026-01-05",
        "amount": 30.0,
        "appliedAmount": 0.0,
        "availableAmount": 30.0,
        "status": "1",
        "poNumber": "PO-3",
        "createdTime": "2026-01-01T00:00:00.000+0000",
        "updatedTime": "2026-01-01T00:00:00.000+0000",
    }
    assert [(line["quantity"], line["price"], line["amount"]) for line in lines] == [(1.0, 30.0, 30.0)]
    assert ok(v2.post("Crud/Read/Customer.json", session, {"id": customer_id}))["availCredit"] == 30.0
    v3 = bill.call("GET", f"/v3/credit-memos/{memo['id']}", _headers(session)).json()
    assert (v3["referenceNumber"], v3["amount"], v3["status"]) == ("CM-1", 30.0, "NOT_APPLIED")
    rate = [
        {"entity": "CreditMemoLineItem", "quantity": 2, "amount": 50, "price": 25},
        {"entity": "CreditMemoLineItem", "quantity": 1, "amount": 0, "ratePercent": -10},
    ]
    change = {**_memo_obj(customer_id, creditMemoLineItems=rate, refNumber="CM-1b"), "id": memo["id"]}
    updated = ok(v2.post("Crud/Update/CreditMemo.json", session, {"obj": change}))
    assert (updated["refNumber"], updated["amount"], "poNumber" in updated) == ("CM-1b", 45.0, False)
    zero = {**change, "creditMemoLineItems": [{"entity": "CreditMemoLineItem", "quantity": 1, "amount": 0}]}
    assert code(v2.post("Crud/Update/CreditMemo.json", session, {"obj": zero})) == "BDC_1119"
    assert ok(v2.post("Crud/Delete/CreditMemo.json", session, {"id": memo["id"]}))["isActive"] == "2"
    assert bill.call("GET", f"/v3/credit-memos/{memo['id']}", _headers(session)).json()["archived"] is True


def test_a_credit_memo_used_in_v3_shows_applied_in_v2(
    v2: V2, bill: Bill, session: dict[str, str], customer_id: str
) -> None:
    memo = ok(v2.post("Crud/Create/CreditMemo.json", session, {"obj": _memo_obj(customer_id)}))
    body = {
        "customer": {"id": customer_id},
        "invoiceNumber": "V3-2",
        "invoiceLineItems": [{"quantity": 1, "price": 100}],
        "creditAmount": 10,
    }
    created = bill.call("POST", "/v3/invoices", _headers(session), json=body)
    assert created.status_code == 201, created.text
    read = ok(v2.post("Crud/Read/CreditMemo.json", session, {"id": memo["id"]}))
    assert (read["appliedAmount"], read["availableAmount"], read["status"]) == (10.0, 20.0, "2")
    invoice = ok(v2.post("Crud/Read/Invoice.json", session, {"id": created.json()["id"]}))
    assert (invoice["creditAmount"], invoice["amountDue"], invoice["paymentStatus"]) == (10.0, 90.0, "2")


def test_credit_memos_list_and_bulk(v2: V2, session: dict[str, str], customer_id: str) -> None:
    items = [
        {"obj": _memo_obj(customer_id)},
        {
            "obj": _memo_obj(
                customer_id, payToChartOfAccountId="0ca02AAAAAAAAAAAAAAA", payToBankAccountId="bac02AAAAAAAAAAAAAAA"
            )
        },
    ]
    answers = ok(v2.post("Bulk/Crud/Create/CreditMemo.json", session, {"bulk": items}))["bulk"]
    assert [answer["response_status"] for answer in answers] == [0, 1]
    memo_id = answers[0]["response_data"]["id"]
    [listed] = ok(v2.post("List/CreditMemo.json", session, {"start": 0, "max": 10}))
    assert listed["id"] == memo_id
    change = [{"obj": {**_memo_obj(customer_id, refNumber="CM-9"), "id": memo_id}}]
    updated = ok(v2.post("Bulk/Crud/Update/CreditMemo.json", session, {"bulk": change}))["bulk"]
    assert updated[0]["response_data"]["refNumber"] == "CM-9"
    deleted = ok(v2.post("Bulk/Crud/Delete/CreditMemo.json", session, {"bulk": [{"id": memo_id}]}))["bulk"]
    assert deleted[0]["response_data"]["isActive"] == "2"
    assert code(v2.post("Crud/Read/CreditMemo.json", session, {"id": "ccr02AAAAAAAAAAAAAAA"})) == "BDC_1119"
