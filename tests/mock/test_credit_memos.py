"""Credit memos: create (amounts, required fields, payTo rule), use by invoices, replace, update, archive, restore,
the bulk operations (all or nothing) and lists."""

from __future__ import annotations

from typing import Any

import pytest

from bill_mock import MockClock
from tests.mock.ar_support import Ar, other_organization
from tests.mock.support import Bill

MEMOS = "/v3/credit-memos"
DISCOUNTED = [
    {"description": "Drum sticks", "price": 14.99, "quantity": 2},
    {"description": "Guitar picks", "price": 50, "quantity": 1},
    {"description": "10% discount", "ratePercent": -10},
]
"""79.98 less 10% (8.00): 71.98."""
CHART_OF_ACCOUNT = "0ca02AAAAAAAAAAAAAAA"
BANK_ACCOUNT = "bac02AAAAAAAAAAAAAAA"


@pytest.fixture
def ar(bill: Bill) -> Ar:
    return Ar(bill)


@pytest.fixture
def customer(ar: Ar) -> dict[str, Any]:
    return ar.customer()


def _body(customer_id: str, **fields: Any) -> dict[str, Any]:
    return {
        "customerId": customer_id,
        "referenceNumber": "202502-creditmemo",
        "creditDate": "2025-12-28",
        "creditMemoLineItems": DISCOUNTED,
        **fields,
    }


def test_create_credit_memo(ar: Ar, customer: dict[str, Any]) -> None:
    memo = ar.ok("POST", MEMOS, 201, json=_body(customer["id"], description="Paperless credit"))
    assert memo["id"].startswith("ccr02")
    assert len(memo["id"]) == 20
    assert (memo["customerId"], memo["referenceNumber"], memo["creditDate"]) == (
        customer["id"],
        "202502-creditmemo",
        "2025-12-28",
    )
    assert memo["description"] == "Paperless credit"
    assert [line["amount"] for line in memo["creditMemoLineItems"]] == [29.98, 50, -8]
    assert memo["creditMemoLineItems"][2]["ratePercent"] == -10
    assert (memo["amount"], memo["appliedAmount"], memo["status"]) == (71.98, 0, "NOT_APPLIED")
    assert memo["archived"] is False
    assert "usage" not in memo
    assert ar.ok("GET", f"{MEMOS}/{memo['id']}") == memo


@pytest.mark.parametrize("missing", ["customerId", "referenceNumber", "creditDate", "creditMemoLineItems"])
def test_required_fields(ar: Ar, customer: dict[str, Any], missing: str) -> None:
    body = _body(customer["id"])
    del body[missing]
    assert ar.refused("POST", MEMOS, code="BDC_1117", json=body) == f"Missing required data for: {missing}"


@pytest.mark.parametrize(
    "change",
    [
        {"referenceNumber": ""},
        {"referenceNumber": "x" * 101},
        {"creditDate": "2025-13-01"},
        {"creditMemoLineItems": []},
        {"creditMemoLineItems": [{"ratePercent": -101}]},
    ],
)
def test_field_rules(ar: Ar, customer: dict[str, Any], change: dict[str, Any]) -> None:
    ar.refused("POST", MEMOS, json=_body(customer["id"], **change))
    assert ar.ids(MEMOS) == []


def test_a_reference_number_of_100_characters_is_fine(ar: Ar, customer: dict[str, Any]) -> None:
    assert (
        ar.ok("POST", MEMOS, 201, json=_body(customer["id"], referenceNumber="x" * 100))["referenceNumber"] == "x" * 100
    )


def test_a_credit_memo_credits_more_than_zero(ar: Ar, customer: dict[str, Any]) -> None:
    body = _body(customer["id"], creditMemoLineItems=[{"description": "Nothing", "price": 0}])
    assert "more than zero" in ar.refused("POST", MEMOS, json=body)


def test_pay_to_a_chart_of_account_or_a_bank_account_not_both(ar: Ar, customer: dict[str, Any]) -> None:
    both = _body(customer["id"], payToChartOfAccountId=CHART_OF_ACCOUNT, payToBankAccountId=BANK_ACCOUNT)
    message = ar.refused("POST", MEMOS, json=both)
    assert "payToChartOfAccountId" in message
    assert "payToBankAccountId" in message
    memo = ar.ok("POST", MEMOS, 201, json=_body(customer["id"], payToChartOfAccountId=CHART_OF_ACCOUNT))
    switched = ar.ok("PATCH", f"{MEMOS}/{memo['id']}", json={"payToBankAccountId": BANK_ACCOUNT})
    assert switched["payToBankAccountId"] == BANK_ACCOUNT
    assert "payToChartOfAccountId" not in switched, "sending one payTo field drops the other"
    ar.refused(
        "PATCH",
        f"{MEMOS}/{memo['id']}",
        json={"payToChartOfAccountId": CHART_OF_ACCOUNT, "payToBankAccountId": BANK_ACCOUNT},
    )


def test_the_customer_must_be_an_active_one_of_the_organization(bill: Bill, ar: Ar, customer: dict[str, Any]) -> None:
    assert ar.refused("POST", MEMOS, json=_body("0cu02AAAAAAAAAAAAAAA")).startswith("Invalid field,value: customerId")
    theirs = other_organization(bill).customer()
    assert ar.refused("POST", MEMOS, json=_body(theirs["id"])).startswith("Invalid field,value: customerId")
    ar.ok("POST", f"/v3/customers/{customer['id']}/archive")
    assert "restore" in ar.refused("POST", MEMOS, json=_body(customer["id"]))


def test_invoices_use_credit_memos_oldest_first(ar: Ar, customer: dict[str, Any]) -> None:
    newer = ar.credit_memo(customer["id"], 30, creditDate="2026-01-01")
    older = ar.credit_memo(customer["id"], 20, creditDate="2025-12-01")
    archived = ar.credit_memo(customer["id"], 500, creditDate="2025-01-01")
    ar.ok("POST", f"{MEMOS}/{archived['id']}/archive")
    invoice = ar.invoice(customer["id"], creditAmount=25)
    assert (invoice["creditAmount"], invoice["dueAmount"], invoice["status"]) == (25, 54.98, "PARTIAL_PAYMENT")
    used_older = ar.ok("GET", f"{MEMOS}/{older['id']}")
    assert (used_older["appliedAmount"], used_older["status"]) == (20, "FULLY_APPLIED")
    assert used_older["usage"] == [{"invoiceId": invoice["id"], "amount": 20}]
    used_newer = ar.ok("GET", f"{MEMOS}/{newer['id']}")
    assert (used_newer["appliedAmount"], used_newer["status"]) == (5, "PARTIALLY_APPLIED")
    assert ar.ok("GET", f"{MEMOS}/{archived['id']}")["status"] == "NOT_APPLIED"
    second = ar.invoice(customer["id"], [{"quantity": 1, "price": 25}], creditAmount=25)
    assert (second["dueAmount"], second["status"]) == (0, "PAID_IN_FULL")
    assert ar.ok("GET", f"{MEMOS}/{newer['id']}")["status"] == "FULLY_APPLIED"


@pytest.mark.parametrize(("credit", "message"), [(10.01, "have 10.00 left"), (80, "more than the invoice's total")])
def test_credit_amount_limits(ar: Ar, customer: dict[str, Any], credit: float, message: str) -> None:
    memo = ar.credit_memo(customer["id"], 10)
    body = {
        "customer": {"id": customer["id"]},
        "invoiceLineItems": [{"quantity": 1, "price": 79.98}],
        "creditAmount": credit,
    }
    assert message in ar.refused("POST", "/v3/invoices", json=body)
    assert ar.ok("GET", f"{MEMOS}/{memo['id']}")["appliedAmount"] == 0
    assert ar.ids("/v3/invoices") == []


def test_replace_sends_the_memo_whole(ar: Ar, customer: dict[str, Any], clock: MockClock) -> None:
    memo = ar.ok("POST", MEMOS, 201, json=_body(customer["id"], description="Old"))
    sticks, picks, discount = memo["creditMemoLineItems"]
    clock.advance(60)
    lines = [
        {"description": "Gloves", "price": 29.99, "quantity": 1},
        {"id": sticks["id"], "price": 19.99, "quantity": 2},
        {"id": discount["id"], "ratePercent": -10, "taxable": False},
    ]
    replaced = ar.ok("PUT", f"{MEMOS}/{memo['id']}", json=_body(customer["id"], creditMemoLineItems=lines))
    ids = [line["id"] for line in replaced["creditMemoLineItems"]]
    assert ids[1:] == [sticks["id"], discount["id"]]
    assert ids[0] not in (sticks["id"], picks["id"], discount["id"])
    assert replaced["amount"] == 62.97  # 29.99 + 39.98 = 69.97, less 7.00
    assert "description" not in replaced
    assert replaced["updatedTime"] == "2026-01-01T00:01:00.000+00:00"


def test_update_changes_only_what_is_sent(ar: Ar, customer: dict[str, Any]) -> None:
    memo = ar.ok("POST", MEMOS, 201, json=_body(customer["id"], description="Paperless"))
    sticks = memo["creditMemoLineItems"][0]
    body = {"description": "Updated", "creditMemoLineItems": [{"id": sticks["id"], "price": 19.99}]}
    updated = ar.ok("PATCH", f"{MEMOS}/{memo['id']}", json=body)
    assert updated["description"] == "Updated"
    assert updated["referenceNumber"] == memo["referenceNumber"]
    assert [line["amount"] for line in updated["creditMemoLineItems"]] == [39.98, 50, -9]
    assert updated["amount"] == 80.98
    ar.refused("PATCH", f"{MEMOS}/{memo['id']}", json={})


def test_a_used_memo_keeps_its_customer_and_what_was_used(ar: Ar, customer: dict[str, Any]) -> None:
    memo = ar.credit_memo(customer["id"], 50)
    ar.invoice(customer["id"], creditAmount=40)
    other = ar.customer("Other")
    path = f"{MEMOS}/{memo['id']}"
    assert "keeps customer" in ar.refused("PATCH", path, json={"customerId": other["id"]})
    line = ar.ok("GET", path)["creditMemoLineItems"][0]
    assert "at least that" in ar.refused(
        "PATCH", path, json={"creditMemoLineItems": [{"id": line["id"], "price": 39.99}]}
    )
    assert (
        ar.ok("PATCH", path, json={"creditMemoLineItems": [{"id": line["id"], "price": 40}]})["status"]
        == "FULLY_APPLIED"
    )


def test_archive_and_restore_are_idempotent(ar: Ar, customer: dict[str, Any], clock: MockClock) -> None:
    memo = ar.credit_memo(customer["id"])
    clock.advance(60)
    archived = ar.ok("POST", f"{MEMOS}/{memo['id']}/archive")
    assert archived["archived"] is True
    clock.advance(60)
    assert ar.ok("POST", f"{MEMOS}/{memo['id']}/archive") == archived
    restored = ar.ok("POST", f"{MEMOS}/{memo['id']}/restore")
    assert restored["archived"] is False
    assert ar.ok("POST", f"{MEMOS}/{memo['id']}/restore") == restored


def test_credit_memos_belong_to_one_organization(bill: Bill, ar: Ar) -> None:
    other = other_organization(bill)
    theirs = other.credit_memo(other.customer()["id"])
    for method, suffix, body in (
        ("GET", "", None),
        ("PATCH", "", {"description": "X"}),
        ("PUT", "", _body(theirs["customerId"])),
        ("POST", "/archive", None),
        ("POST", "/restore", None),
    ):
        ar.refused(method, f"{MEMOS}/{theirs['id']}{suffix}", 404, "BDC_1205", json=body)
    ar.refused("POST", f"{MEMOS}/bulk/archive", 404, "BDC_1205", params={"ids": theirs["id"]})
    ar.refused("PATCH", f"{MEMOS}/bulk", 404, "BDC_1205", json=[{"id": theirs["id"], "description": "X"}])
    assert ar.ids(MEMOS) == []


def test_list_filters_and_sort(ar: Ar, customer: dict[str, Any], clock: MockClock) -> None:
    other = ar.customer("Other")
    late = ar.credit_memo(customer["id"], 10, creditDate="2026-03-01")
    clock.advance(60)
    early = ar.credit_memo(other["id"], 10, creditDate="2026-01-15")
    ar.invoice(other["id"], creditAmount=10)
    assert ar.ids(MEMOS) == [late["id"], early["id"]]
    assert ar.ids(MEMOS, filters=f"customerId:eq:{customer['id']}") == [late["id"]]
    assert ar.ids(MEMOS, filters="status:eq:FULLY_APPLIED") == [early["id"]]
    assert ar.ids(MEMOS, filters='creditDate:lt:"2026-02-01"') == [early["id"]]
    assert ar.ids(MEMOS, sort="creditDate:asc") == [early["id"], late["id"]]
    assert ar.ids(MEMOS, sort="createdTime:desc") == [early["id"], late["id"]]


# bulk


def test_bulk_create_is_all_or_nothing(ar: Ar, customer: dict[str, Any]) -> None:
    created = ar.ok(
        "POST", f"{MEMOS}/bulk", 201, json=[_body(customer["id"]), _body(customer["id"], referenceNumber="B")]
    )
    assert [memo["referenceNumber"] for memo in created["creditMemos"]] == ["202502-creditmemo", "B"]
    assert ar.ids(MEMOS) == [memo["id"] for memo in created["creditMemos"]]
    bad = [_body(customer["id"], referenceNumber="C"), _body("0cu02AAAAAAAAAAAAAAA")]
    assert ar.refused("POST", f"{MEMOS}/bulk", json=bad).startswith("Invalid field,value: 1.customerId")
    bad = [_body(customer["id"], referenceNumber="C"), _body(customer["id"], creditMemoLineItems=[{"price": 0}])]
    assert "1.creditMemoLineItems" in ar.refused("POST", f"{MEMOS}/bulk", json=bad)
    assert len(ar.ids(MEMOS)) == 2


def test_bulk_create_takes_1_to_50(ar: Ar, customer: dict[str, Any]) -> None:
    assert len(ar.ok("POST", f"{MEMOS}/bulk", 201, json=[_body(customer["id"])] * 50)["creditMemos"]) == 50
    ar.refused("POST", f"{MEMOS}/bulk", json=[_body(customer["id"])] * 51)
    ar.refused("POST", f"{MEMOS}/bulk", json=[])
    assert len(ar.ids(MEMOS)) == 50


def test_bulk_replace_and_update(ar: Ar, customer: dict[str, Any]) -> None:
    first, second = (ar.credit_memo(customer["id"], price) for price in (10, 20))
    replace = [
        {**_body(customer["id"], referenceNumber="R1"), "id": first["id"]},
        {**_body(customer["id"], referenceNumber="R2"), "id": second["id"]},
    ]
    replaced = ar.ok("PUT", f"{MEMOS}/bulk", json=replace)["creditMemos"]
    assert [(memo["id"], memo["referenceNumber"], memo["amount"]) for memo in replaced] == [
        (first["id"], "R1", 71.98),
        (second["id"], "R2", 71.98),
    ]
    update = [{"id": first["id"], "description": "One"}, {"id": second["id"], "referenceNumber": "U2"}]
    updated = ar.ok("PATCH", f"{MEMOS}/bulk", json=update)["creditMemos"]
    assert (updated[0]["description"], updated[0]["referenceNumber"]) == ("One", "R1")
    assert (updated[1]["referenceNumber"], "description" in updated[1]) == ("U2", False)


def test_bulk_changes_are_all_or_nothing(ar: Ar, customer: dict[str, Any]) -> None:
    first, second = (ar.credit_memo(customer["id"], price) for price in (10, 20))
    twice = [{"id": first["id"], "description": "A"}, {"id": first["id"], "description": "B"}]
    assert "twice" in ar.refused("PATCH", f"{MEMOS}/bulk", json=twice)
    unknown = [{"id": first["id"], "description": "A"}, {"id": "ccr02AAAAAAAAAAAAAAA", "description": "B"}]
    ar.refused("PATCH", f"{MEMOS}/bulk", 404, "BDC_1205", json=unknown)
    wipe_out = [{"ratePercent": -100}]
    bad_second = [{"id": first["id"], "description": "A"}, {"id": second["id"], "creditMemoLineItems": wipe_out}]
    assert "1.creditMemoLineItems" in ar.refused("PATCH", f"{MEMOS}/bulk", json=bad_second)
    ar.refused("PATCH", f"{MEMOS}/bulk", json=[{"id": first["id"]}])
    assert ar.ok("GET", f"{MEMOS}/{first['id']}") == first


def test_bulk_archive_and_restore(ar: Ar, customer: dict[str, Any]) -> None:
    first, second = (ar.credit_memo(customer["id"], price) for price in (10, 20))
    both = f"{first['id']},{second['id']}"
    archived = ar.ok("POST", f"{MEMOS}/bulk/archive", params={"ids": both})["creditMemos"]
    assert [(memo["id"], memo["archived"]) for memo in archived] == [(first["id"], True), (second["id"], True)]
    assert ar.ok("POST", f"{MEMOS}/bulk/archive", params={"ids": both})["creditMemos"] == archived
    restored = ar.ok("POST", f"{MEMOS}/bulk/restore", params={"ids": f"{second['id']},{second['id']}"})["creditMemos"]
    assert [(memo["id"], memo["archived"]) for memo in restored] == [(second["id"], False)]
    ar.refused("POST", f"{MEMOS}/bulk/restore", 404, "BDC_1205", params={"ids": f"{first['id']},ccr02AAAAAAAAAAAAAAA"})
    assert ar.ok("GET", f"{MEMOS}/{first['id']}")["archived"] is True, "nothing is restored when one id is unknown"
    ar.refused("POST", f"{MEMOS}/bulk/restore", code="BDC_1129", params={"ids": f"{first['id']},nope"})
    ar.refused("POST", f"{MEMOS}/bulk/restore", code="BDC_1108")
