"""v2 Bill, RecurringBill and VendorCredit over the records v3 keeps, and v2's own PurchaseOrder."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from bill_mock import MockClock
from tests.mock.support import Bill, spec_body
from tests.mock.v2.support import V2, code, ok, refused

_numbers = itertools.count(1)


@pytest.fixture
def session(v2: V2) -> dict[str, str]:
    return v2.session()


@pytest.fixture
def vendor_id(v2: V2, session: dict[str, str]) -> str:
    return str(v2.create_vendor(session)["id"])


def _headers(session: dict[str, str]) -> dict[str, str]:
    return {"devKey": session["devKey"], "sessionId": session["sessionId"]}


def _lines(*amounts: float, entity: str = "BillLineItem") -> list[dict[str, Any]]:
    return [{"entity": entity, "amount": amount} for amount in amounts]


def bill_obj(vendor_id: str, *amounts: float, **fields: Any) -> dict[str, Any]:
    return {
        "entity": "Bill",
        "vendorId": vendor_id,
        "invoiceNumber": f"INV-{next(_numbers)}",
        "invoiceDate": "2026-01-01",
        "dueDate": "2026-02-01",
        "billLineItems": _lines(*(amounts or (100,))),
        **fields,
    }


def create_bill(v2: V2, session: dict[str, str], vendor_id: str, *amounts: float, **fields: Any) -> dict[str, Any]:
    created: dict[str, Any] = ok(
        v2.post("Crud/Create/Bill.json", session, {"obj": bill_obj(vendor_id, *amounts, **fields)})
    )
    return created


# Bill


def test_create_answers_the_bill_in_v2s_shape(v2: V2, session: dict[str, str], vendor_id: str) -> None:
    line = {
        "entity": "BillLineItem",
        "amount": 150,
        "quantity": 3,
        "unitPrice": 50,
        "chartOfAccountId": "0ca02AAAAAAAAAAAAAAA",
        "actgClassId": "cls02AAAAAAAAAAAAAAA",
        "lineType": "1",
        "jobBillable": False,
    }
    obj = bill_obj(
        vendor_id,
        poNumber="PO-7",
        departmentId="0de02AAAAAAAAAAAAAAA",
        glPostingDate="2026-01-05",
        paymentTermId="00p02AAAAAAAAAAAAAAA",
        billLineItems=[line, {"entity": "BillLineItem", "amount": 49.99}],
    )
    bill = ok(v2.post("Crud/Create/Bill.json", session, {"obj": obj}))
    assert bill["id"].startswith("00n")
    assert bill["entity"] == "Bill"
    assert bill["isActive"] == "1"
    assert (bill["vendorId"], bill["invoiceNumber"], bill["invoiceDate"], bill["dueDate"]) == (
        vendor_id,
        obj["invoiceNumber"],
        "2026-01-01",
        "2026-02-01",
    )
    assert (bill["amount"], bill["paidAmount"], bill["dueAmount"], bill["scheduledAmount"]) == (199.99, 0, 199.99, 0)
    assert (bill["paymentStatus"], bill["approvalStatus"]) == ("1", "0")
    assert (bill["poNumber"], bill["departmentId"], bill["glPostingDate"], bill["paymentTermId"]) == (
        "PO-7",
        "0de02AAAAAAAAAAAAAAA",
        "2026-01-05",
        "00p02AAAAAAAAAAAAAAA",
    )
    assert bill["createdTime"] == "2026-01-01T00:00:00.000+0000"
    first, second = bill["billLineItems"]
    assert first["id"].startswith("bli")
    assert first["billId"] == bill["id"]
    assert {key: first[key] for key in line} == {**line}
    assert second["amount"] == 49.99
    assert ok(v2.post("Crud/Read/Bill.json", session, {"id": bill["id"]})) == bill


def test_a_bill_needs_an_active_vendor_of_the_organization(v2: V2, session: dict[str, str], vendor_id: str) -> None:
    unknown = bill_obj("00902AAAAAAAAAAAAAAA")
    error_code, message = refused(v2.post("Crud/Create/Bill.json", session, {"obj": unknown}))
    assert (error_code, message.split(". ")[0]) == ("BDC_1119", "Invalid field,value: vendorId, 00902AAAAAAAAAAAAAAA")
    ok(v2.post("Crud/Delete/Vendor.json", session, {"id": vendor_id}))
    assert code(v2.post("Crud/Create/Bill.json", session, {"obj": bill_obj(vendor_id)})) == "BDC_1119"
    assert ok(v2.post("List/Bill.json", session, {"start": 0, "max": 10})) == []


@pytest.mark.parametrize(
    ("lines", "field"),
    [
        (_lines(0), "billLineItems"),
        (_lines(-5, 10), "billLineItems.0.amount"),
        (_lines(1e11), "billLineItems.0.amount"),
        ([{"entity": "BillLineItem", "amount": 5, "quantity": 0}], "billLineItems.0.quantity"),
    ],
)
def test_lines_must_add_up_to_a_keepable_amount(
    v2: V2, session: dict[str, str], vendor_id: str, lines: list[dict[str, Any]], field: str
) -> None:
    error_code, message = refused(
        v2.post("Crud/Create/Bill.json", session, {"obj": bill_obj(vendor_id, billLineItems=lines)})
    )
    assert error_code == "BDC_1119"
    assert message.startswith(f"Invalid field,value: {field}, ")


def test_missing_or_misspelt_fields_are_refused(v2: V2, session: dict[str, str], vendor_id: str) -> None:
    obj = bill_obj(vendor_id)
    del obj["billLineItems"]
    assert refused(v2.post("Crud/Create/Bill.json", session, {"obj": obj})) == (
        "BDC_1117",
        "Missing required data for: obj.billLineItems.",
    )
    assert (
        code(v2.post("Crud/Create/Bill.json", session, {"obj": {**bill_obj(vendor_id), "colour": "red"}})) == "BDC_1119"
    )
    draft = bill_obj(vendor_id, isActive="5")
    assert code(v2.post("Crud/Create/Bill.json", session, {"obj": draft})) == "BDC_1119"


def test_an_invoice_number_is_used_once_per_vendor_unless_allowed(
    v2: V2, session: dict[str, str], vendor_id: str
) -> None:
    first = create_bill(v2, session, vendor_id, invoiceNumber="A-1")
    error_code, message = refused(
        v2.post("Crud/Create/Bill.json", session, {"obj": bill_obj(vendor_id, invoiceNumber="A-1")})
    )
    assert error_code == "BDC_1119"
    assert first["id"] in message
    assert "allowDuplicateInvNum" in message
    other_vendor = v2.create_vendor(session, name="Other")["id"]
    create_bill(v2, session, other_vendor, invoiceNumber="A-1")
    data = {"obj": bill_obj(vendor_id, invoiceNumber="A-1"), "allowDuplicateInvNum": True}
    assert ok(v2.post("Crud/Create/Bill.json", session, data))["invoiceNumber"] == "A-1"


def test_update_writes_the_whole_bill(v2: V2, session: dict[str, str], vendor_id: str, clock: MockClock) -> None:
    bill = create_bill(v2, session, vendor_id, 100, poNumber="PO-1", glPostingDate="2026-01-02")
    clock.advance(60)
    change = bill_obj(vendor_id, 30, 20, id=bill["id"], invoiceNumber=bill["invoiceNumber"], dueDate="2026-03-01")
    updated = ok(v2.post("Crud/Update/Bill.json", session, {"obj": change}))
    assert (updated["amount"], updated["dueDate"], len(updated["billLineItems"])) == (50, "2026-03-01", 2)
    assert "poNumber" not in updated
    assert "glPostingDate" not in updated
    assert updated["updatedTime"] == "2026-01-01T00:01:00.000+0000"
    assert updated["multipleBillLineItems"] is True


def test_delete_and_undelete_are_soft(v2: V2, session: dict[str, str], vendor_id: str) -> None:
    bill = create_bill(v2, session, vendor_id)
    ident = {"id": bill["id"]}
    assert ok(v2.post("Crud/Delete/Bill.json", session, ident))["isActive"] == "2"
    change = {"obj": bill_obj(vendor_id, id=bill["id"], invoiceNumber=bill["invoiceNumber"])}
    assert code(v2.post("Crud/Update/Bill.json", session, change)) == "BDC_1119"
    assert ok(v2.post("Crud/Undelete/Bill.json", session, ident))["isActive"] == "1"
    change["obj"]["isActive"] = "2"
    assert ok(v2.post("Crud/Update/Bill.json", session, change))["isActive"] == "2"
    change["obj"]["isActive"] = "1"
    assert ok(v2.post("Crud/Update/Bill.json", session, change))["isActive"] == "1"
    inactive = ok(v2.post("Crud/Create/Bill.json", session, {"obj": bill_obj(vendor_id, isActive="2")}))
    assert inactive["isActive"] == "2"


@pytest.mark.parametrize("endpoint", ["Read", "Delete", "Undelete"])
def test_an_unknown_bill_is_bdc_1119(v2: V2, session: dict[str, str], endpoint: str) -> None:
    assert refused(v2.post(f"Crud/{endpoint}/Bill.json", session, {"id": "00n02AAAAAAAAAAAAAAA"})) == (
        "BDC_1119",
        "Invalid field,value: id, 00n02AAAAAAAAAAAAAAA.",
    )


def test_another_organizations_bill_is_unknown(v2: V2, bill: Bill, session: dict[str, str]) -> None:
    theirs = bill.login_as(bill.partner_headers(), bill.partner["userId"])
    their_vendor = v2.create_vendor(theirs)["id"]
    their_bill = create_bill(v2, theirs, their_vendor)
    assert code(v2.post("Crud/Read/Bill.json", session, {"id": their_bill["id"]})) == "BDC_1119"
    assert code(v2.post("Crud/Create/Bill.json", session, {"obj": bill_obj(their_vendor)})) == "BDC_1119"
    assert ok(v2.post("List/Bill.json", session, {"start": 0, "max": 10})) == []


def test_list_filters_sorts_and_pages(v2: V2, session: dict[str, str], vendor_id: str) -> None:
    other = v2.create_vendor(session, name="Other")["id"]
    create_bill(v2, session, vendor_id, 10, dueDate="2026-03-01")
    create_bill(v2, session, other, 20, dueDate="2026-02-01")
    create_bill(v2, session, vendor_id, 30, dueDate="2026-01-15")

    def amounts(**query: Any) -> list[float]:
        return [row["amount"] for row in ok(v2.post("List/Bill.json", session, {"start": 0, "max": 10, **query}))]

    assert amounts() == [10, 20, 30]
    assert amounts(filters=[{"field": "vendorId", "op": "=", "value": vendor_id}]) == [10, 30]
    assert amounts(filters=[{"field": "amount", "op": ">", "value": 15}]) == [20, 30]
    assert amounts(filters=[{"field": "paymentStatus", "op": "=", "value": "1"}]) == [10, 20, 30]
    assert amounts(sort=[{"field": "dueDate", "asc": "true"}]) == [30, 20, 10]
    assert amounts(start=1, max=1) == [20]
    assert (
        code(
            v2.post(
                "List/Bill.json", session, {"start": 0, "max": 10, "filters": [{"field": "x", "op": "=", "value": 1}]}
            )
        )
        == "BDC_1130"
    )


def test_bulk_answers_each_bill_on_its_own(v2: V2, session: dict[str, str], vendor_id: str) -> None:
    good = bill_obj(vendor_id, 5)
    items = [
        {"obj": good},
        {"obj": bill_obj("00902AAAAAAAAAAAAAAA")},
        {"obj": {**bill_obj(vendor_id), "entity": "Vendor"}},
    ]
    answers = ok(v2.post("Bulk/Crud/Create/Bill.json", session, {"bulk": items}))["bulk"]
    assert [answer["response_status"] for answer in answers] == [0, 1, 1]
    assert [answers[1]["response_data"]["error_code"], answers[2]["response_data"]["error_code"]] == [
        "BDC_1119",
        "BDC_1118",
    ]
    created = answers[0]["response_data"]
    change = {"obj": {**good, "id": created["id"], "billLineItems": _lines(7)}}
    missing = {"obj": {**good, "id": "00n02AAAAAAAAAAAAAAA"}}
    updated = ok(v2.post("Bulk/Crud/Update/Bill.json", session, {"bulk": [change, missing]}))["bulk"]
    assert updated[0]["response_data"]["amount"] == 7
    assert updated[1]["response_data"]["error_code"] == "BDC_1119"
    ids = {"bulk": [{"id": created["id"]}]}
    assert ok(v2.post("Bulk/Crud/Delete/Bill.json", session, ids))["bulk"][0]["response_data"]["isActive"] == "2"
    assert ok(v2.post("Bulk/Crud/Undelete/Bill.json", session, ids))["bulk"][0]["response_data"]["isActive"] == "1"
    too_many = {"bulk": [{"obj": bill_obj(vendor_id)} for _ in range(101)]}
    assert code(v2.post("Bulk/Crud/Create/Bill.json", session, too_many)) == "BDC_1119"


def test_a_token_session_may_write_bills(v2: V2, vendor_id: str) -> None:
    token = v2.token_session()
    assert create_bill(v2, token, vendor_id)["vendorId"] == vendor_id


# Bill across versions


def test_a_bill_created_in_v2_reads_in_v3(v2: V2, bill: Bill, session: dict[str, str], vendor_id: str) -> None:
    line = {
        "entity": "BillLineItem",
        "amount": 40,
        "quantity": 2,
        "unitPrice": 20,
        "actgClassId": "cls02AAAAAAAAAAAAAAA",
    }
    created = create_bill(v2, session, vendor_id, poNumber="PO-9", billLineItems=[line, *_lines(10)])
    v3 = spec_body(bill.call("GET", f"/v3/bills/{created['id']}", _headers(session)))
    assert (v3["vendorId"], v3["amount"], v3["dueAmount"], v3["paymentStatus"]) == (vendor_id, 50, 50, "UNPAID")
    assert v3["invoice"] == {"invoiceNumber": created["invoiceNumber"], "invoiceDate": "2026-01-01"}
    assert v3["purchaseOrderNumber"] == "PO-9"
    first = v3["billLineItems"][0]
    assert (first["amount"], first["quantity"], first["price"]) == (40, 2, 20)
    assert first["classifications"] == {"accountingClassId": "cls02AAAAAAAAAAAAAAA"}
    assert first["id"][3:] == created["billLineItems"][0]["id"][3:]
    ok(v2.post("Crud/Delete/Bill.json", session, {"id": created["id"]}))
    assert spec_body(bill.call("GET", f"/v3/bills/{created['id']}", _headers(session)))["archived"] is True


def test_a_bill_created_in_v3_reads_in_v2(v2: V2, bill: Bill, session: dict[str, str], vendor_id: str) -> None:
    body = {
        "vendorId": vendor_id,
        "dueDate": "2026-02-10",
        "invoice": {"invoiceNumber": "V3-1", "invoiceDate": "2026-01-10"},
        "billLineItems": [{"amount": 12.5, "classifications": {"chartOfAccountId": "0ca02AAAAAAAAAAAAAAA"}}],
        "purchaseOrderNumber": "PO-3",
    }
    response = bill.call("POST", "/v3/bills", _headers(session), json=body)
    assert response.status_code == 201, response.text
    v3 = response.json()
    [listed] = ok(v2.post("List/Bill.json", session, {"start": 0, "max": 10}))
    assert listed == ok(v2.post("Crud/Read/Bill.json", session, {"id": v3["id"]}))
    assert (listed["id"], listed["invoiceNumber"], listed["amount"], listed["poNumber"]) == (
        v3["id"],
        "V3-1",
        12.5,
        "PO-3",
    )
    [line] = listed["billLineItems"]
    assert line["id"] == "bli" + v3["billLineItems"][0]["id"][3:]
    assert line["chartOfAccountId"] == "0ca02AAAAAAAAAAAAAAA"
    assert bill.call("POST", f"/v3/bills/{v3['id']}/archive", _headers(session)).status_code == 200
    assert ok(v2.post("Crud/Read/Bill.json", session, {"id": v3["id"]}))["isActive"] == "2"


# RecurringBill


def recurring_obj(vendor_id: str, *amounts: float, **fields: Any) -> dict[str, Any]:
    return {
        "entity": "RecurringBill",
        "vendorId": vendor_id,
        "timePeriod": "2",
        "frequencyPerTimePeriod": 1,
        "nextDueDate": "2026-02-01",
        "daysInAdvance": 5,
        "recurringBillLineItems": _lines(*(amounts or (80,)), entity="RecurringBillLineItem"),
        **fields,
    }


def test_recurring_bills_read_write_and_list(v2: V2, session: dict[str, str], vendor_id: str) -> None:
    obj = recurring_obj(vendor_id, 50, 30, description="Rent", endDate="2026-12-01", remainingPayments=11)
    created = ok(v2.post("Crud/Create/RecurringBill.json", session, {"obj": obj}))
    assert created["id"].startswith("btp")
    assert (created["timePeriod"], created["frequencyPerTimePeriod"], created["amount"]) == ("2", 1, 80)
    assert (created["description"], created["endDate"], created["remainingPayments"]) == ("Rent", "2026-12-01", 11)
    first, _ = created["recurringBillLineItems"]
    assert first["id"].startswith("tli")
    assert first["recurringBillId"] == created["id"]
    assert ok(v2.post("Crud/Read/RecurringBill.json", session, {"id": created["id"]})) == created

    lines = [
        {"entity": "RecurringBillLineItem", "id": first["id"], "description": "kept"},
        *_lines(5, entity="RecurringBillLineItem"),
    ]
    change = {**recurring_obj(vendor_id, timePeriod="1"), "id": created["id"], "recurringBillLineItems": lines}
    updated = ok(v2.post("Crud/Update/RecurringBill.json", session, {"obj": change}))
    kept, added = updated["recurringBillLineItems"]
    assert (kept["id"], kept["amount"], kept["description"], added["amount"]) == (first["id"], 50, "kept", 5)
    assert (updated["timePeriod"], updated["amount"]) == ("1", 55)
    assert "description" not in updated

    unknown_line = {
        **change,
        "recurringBillLineItems": [{"entity": "RecurringBillLineItem", "id": "tli02AAAAAAAAAAAAAAA"}],
    }
    assert code(v2.post("Crud/Update/RecurringBill.json", session, {"obj": unknown_line})) == "BDC_1119"
    late = recurring_obj(vendor_id, endDate="2026-01-01")
    assert code(v2.post("Crud/Create/RecurringBill.json", session, {"obj": late})) == "BDC_1119"

    ident = {"id": created["id"]}
    assert ok(v2.post("Crud/Delete/RecurringBill.json", session, ident))["isActive"] == "2"
    assert ok(v2.post("Crud/Undelete/RecurringBill.json", session, ident))["isActive"] == "1"
    [listed] = ok(v2.post("List/RecurringBill.json", session, {"start": 0, "max": 10}))
    assert listed["id"] == created["id"]


def test_recurring_bills_in_bulk(v2: V2, session: dict[str, str], vendor_id: str) -> None:
    items = [{"obj": recurring_obj(vendor_id)}, {"obj": recurring_obj("00902AAAAAAAAAAAAAAA")}]
    answers = ok(v2.post("Bulk/Crud/Create/RecurringBill.json", session, {"bulk": items}))["bulk"]
    assert [answer["response_status"] for answer in answers] == [0, 1]
    created = answers[0]["response_data"]
    change = {"obj": {**recurring_obj(vendor_id, 9), "id": created["id"]}}
    assert (
        ok(v2.post("Bulk/Crud/Update/RecurringBill.json", session, {"bulk": [change]}))["bulk"][0]["response_data"][
            "amount"
        ]
        == 9
    )
    ids = {"bulk": [{"id": created["id"]}, {"id": "btp02AAAAAAAAAAAAAAA"}]}
    deleted = ok(v2.post("Bulk/Crud/Delete/RecurringBill.json", session, ids))["bulk"]
    assert [answer["response_status"] for answer in deleted] == [0, 1]
    restored = ok(v2.post("Bulk/Crud/Undelete/RecurringBill.json", session, ids))["bulk"]
    assert restored[0]["response_data"]["isActive"] == "1"


def test_recurring_bills_across_versions(v2: V2, bill: Bill, session: dict[str, str], vendor_id: str) -> None:
    created = ok(v2.post("Crud/Create/RecurringBill.json", session, {"obj": recurring_obj(vendor_id, timePeriod="3")}))
    v3 = spec_body(bill.call("GET", f"/v3/recurringbills/{created['id']}", _headers(session)))
    assert v3["schedule"] == {"period": "YEARLY", "frequency": 1, "nextDueDate": "2026-02-01", "daysInAdvance": 5}
    assert v3["recurringBillLineItems"][0]["amount"] == 80
    body = {
        "vendorId": vendor_id,
        "schedule": {"period": "WEEKLY", "frequency": 2, "nextDueDate": "2026-01-20"},
        "recurringBillLineItems": [{"amount": 15}],
    }
    response = bill.call("POST", "/v3/recurringbills", _headers(session), json=body)
    assert response.status_code == 201, response.text
    made = ok(v2.post("Crud/Read/RecurringBill.json", session, {"id": response.json()["id"]}))
    assert (made["timePeriod"], made["frequencyPerTimePeriod"], made["daysInAdvance"], made["amount"]) == (
        "1",
        2,
        0,
        15,
    )


# VendorCredit


def credit_obj(vendor_id: str, *amounts: float, **fields: Any) -> dict[str, Any]:
    return {
        "entity": "VendorCredit",
        "vendorId": vendor_id,
        "refNumber": f"CR-{next(_numbers)}",
        "creditDate": "2026-01-03",
        "vendorCreditLineItems": _lines(*(amounts or (25,)), entity="VendorCreditLineItem"),
        **fields,
    }


def test_vendor_credits_read_write_and_list(v2: V2, session: dict[str, str], vendor_id: str) -> None:
    created = ok(
        v2.post("Crud/Create/VendorCredit.json", session, {"obj": credit_obj(vendor_id, 20, 5, poNumber="P1")})
    )
    assert created["id"].startswith("vcr")
    assert (created["amount"], created["appliedAmount"], created["creditStatus"], created["poNumber"]) == (
        25,
        0,
        "1",
        "P1",
    )
    assert created["vendorCreditLineItems"][0]["id"].startswith("vci")
    assert ok(v2.post("Crud/Read/VendorCredit.json", session, {"id": created["id"]})) == created
    change = {**credit_obj(vendor_id, 40, description="Returned goods"), "id": created["id"], "refNumber": "CR-X"}
    updated = ok(v2.post("Crud/Update/VendorCredit.json", session, {"obj": change}))
    assert (updated["amount"], updated["refNumber"], updated["description"]) == (40, "CR-X", "Returned goods")
    assert ok(v2.post("Crud/Read/VendorCredit.json", session, {"id": created["id"]}))["amount"] == 40
    [listed] = ok(v2.post("List/VendorCredit.json", session, {"start": 0, "max": 10}))
    assert listed["refNumber"] == "CR-X"
    assert ok(v2.post("Crud/Delete/VendorCredit.json", session, {"id": created["id"]}))["isActive"] == "2"
    change["isActive"] = "1"
    error_code, message = refused(v2.post("Crud/Update/VendorCredit.json", session, {"obj": change}))
    assert error_code == "BDC_1119"
    assert "cannot reactivate" in message
    assert code(v2.post("Crud/Undelete/VendorCredit.json", session, {"id": created["id"]}), 404) == "BDC_1121"


def test_vendor_credits_in_bulk(v2: V2, session: dict[str, str], vendor_id: str) -> None:
    items = [
        {"obj": credit_obj(vendor_id)},
        {
            "obj": credit_obj(
                vendor_id, applyToBankAccountId="bac02AAAAAAAAAAAAAAA", applyToChartOfAccountId="0ca02AAAAAAAAAAAAAAA"
            )
        },
    ]
    answers = ok(v2.post("Bulk/Crud/Create/VendorCredit.json", session, {"bulk": items}))["bulk"]
    assert [answer["response_status"] for answer in answers] == [0, 1]
    created = answers[0]["response_data"]
    change = {"obj": {**credit_obj(vendor_id, 3), "id": created["id"]}}
    assert (
        ok(v2.post("Bulk/Crud/Update/VendorCredit.json", session, {"bulk": [change]}))["bulk"][0]["response_data"][
            "amount"
        ]
        == 3
    )
    deleted = ok(v2.post("Bulk/Crud/Delete/VendorCredit.json", session, {"bulk": [{"id": created["id"]}]}))["bulk"]
    assert deleted[0]["response_data"]["isActive"] == "2"


def test_vendor_credits_across_versions(v2: V2, bill: Bill, session: dict[str, str], vendor_id: str) -> None:
    created = ok(v2.post("Crud/Create/VendorCredit.json", session, {"obj": credit_obj(vendor_id, 12)}))
    v3 = spec_body(bill.call("GET", f"/v3/vendor-credits/{created['id']}", _headers(session)))
    assert (v3["referenceNumber"], v3["amount"], v3["status"]) == (created["refNumber"], 12, "NOT_APPLIED")
    body = {
        "vendorId": vendor_id,
        "referenceNumber": "V3-CR",
        "creditDate": "2026-01-04",
        "vendorCreditLineItems": [{"amount": 7}],
    }
    response = bill.call("POST", "/v3/vendor-credits", _headers(session), json=body)
    assert response.status_code == 201, response.text
    made = ok(v2.post("Crud/Read/VendorCredit.json", session, {"id": response.json()["id"]}))
    assert (made["refNumber"], made["amount"], made["creditStatus"]) == ("V3-CR", 7, "1")


# PurchaseOrder


def test_purchase_orders_are_created_and_listed(v2: V2, session: dict[str, str], vendor_id: str) -> None:
    lines = [
        {"entity": "PurchaseOrderLineItem", "amount": 60, "lineType": "1", "matchType": "2-way"},
        {"entity": "PurchaseOrderLineItem", "amount": 40, "lineType": "2", "quantity": 4, "unitPrice": 10},
    ]
    obj = {
        "entity": "PurchaseOrder",
        "vendorId": vendor_id,
        "poNumber": "PO-100",
        "poDate": "2026-01-02",
        "purchaseOrderLineItems": lines,
    }
    created = ok(v2.post("Crud/Create/PurchaseOrder.json", session, {"obj": obj}))
    assert created["id"].startswith("pur")
    assert (created["poNumber"], created["remainingAmount"], created["orderType"], created["createdBy"]) == (
        "PO-100",
        100,
        "2",
        v2.user_id,
    )
    assert [line["id"][:3] for line in created["purchaseOrderLineItems"]] == ["pol", "pol"]
    assert ok(v2.post("List/PurchaseOrder.json", session, {"start": 0, "max": 10})) == [created]
    unknown = {**obj, "vendorId": "00902AAAAAAAAAAAAAAA"}
    assert code(v2.post("Crud/Create/PurchaseOrder.json", session, {"obj": unknown})) == "BDC_1119"
    backwards = {**obj, "serviceStartDate": "2026-02-01", "serviceEndDate": "2026-01-01"}
    assert code(v2.post("Crud/Create/PurchaseOrder.json", session, {"obj": backwards})) == "BDC_1119"
