"""v2 accounts tracking: the seven classification entities over v3's records, and v2's own payment terms."""

from __future__ import annotations

from typing import Any

import pytest

from bill_mock import MockClock
from tests.mock.support import Bill, spec_body
from tests.mock.v2.support import V2, code, ok, refused

CREATE: dict[str, dict[str, Any]] = {
    "ChartOfAccount": {"name": "Office Supplies", "accountType": "7", "accountNumber": "6100", "description": "d"},
    "ActgClass": {"name": "Retail", "shortName": "RT", "description": "d"},
    "Department": {"name": "Sales", "shortName": "SL", "description": "d"},
    "Employee": {"firstName": "Ada", "lastName": "Lovelace", "shortName": "AL"},
    "Item": {"name": "Widget", "type": "2", "price": 9.5, "description": "d", "taxable": True},
    "Job": {"name": "Remodel", "shortName": "RM", "description": "d"},
    "Location": {"name": "Austin", "shortName": "AUS", "description": "d"},
}
CHANGE: dict[str, dict[str, Any]] = {
    "ChartOfAccount": {"name": "Supplies", "accountType": "4"},
    "ActgClass": {"name": "Wholesale"},
    "Department": {"name": "Marketing"},
    "Employee": {"lastName": "Byron"},
    "Item": {"price": 12, "type": "0"},
    "Job": {"name": "Rebuild"},
    "Location": {"name": "Dallas"},
}
PREFIXES = {
    "ChartOfAccount": "0ca",
    "ActgClass": "cls",
    "Department": "0de",
    "Employee": "emp",
    "Item": "0ii",
    "Job": "job",
    "Location": "loc",
}
V3_PATHS = {
    "ChartOfAccount": "chart-of-accounts",
    "ActgClass": "accounting-classes",
    "Department": "departments",
    "Employee": "employees",
    "Item": "items",
    "Job": "jobs",
    "Location": "locations",
}
PAGE = {"start": 0, "max": 999}


@pytest.fixture
def session(v2: V2) -> dict[str, str]:
    return v2.session()


def _create(v2: V2, session: dict[str, str], entity: str, **fields: Any) -> dict[str, Any]:
    obj = {"entity": entity, **CREATE[entity], **fields}
    created: dict[str, Any] = ok(v2.post(f"Crud/Create/{entity}.json", session, {"obj": obj}))
    return created


def _v3(bill: Bill, session: dict[str, str], method: str, path: str, **kwargs: Any) -> Any:
    response = bill.call(method, "/v3/classifications/" + path, session, **kwargs)
    return spec_body(response)


# every operation of every entity


@pytest.mark.parametrize("entity", list(CREATE))
def test_crud_list_and_bulk_of_every_entity(v2: V2, session: dict[str, str], clock: MockClock, entity: str) -> None:
    created = _create(v2, session, entity)
    assert created["entity"] == entity
    assert created["id"].startswith(PREFIXES[entity])
    assert len(created["id"]) == 20
    assert created["isActive"] == "1"
    assert {key: created[key] for key in CREATE[entity]} == CREATE[entity]
    assert created["createdTime"] == "2026-01-01T00:00:00.000+0000"
    ident = {"id": created["id"]}
    assert ok(v2.post(f"Crud/Read/{entity}.json", session, ident)) == created

    clock.advance(60)
    change = {"entity": entity, "id": created["id"], **CHANGE[entity]}
    updated = ok(v2.post(f"Crud/Update/{entity}.json", session, {"obj": change}))
    assert {key: updated[key] for key in CHANGE[entity]} == CHANGE[entity]
    assert updated["updatedTime"] == "2026-01-01T00:01:00.000+0000"
    untouched = set(CREATE[entity]) - set(CHANGE[entity])
    assert {key: updated[key] for key in untouched} == {key: created[key] for key in untouched}

    assert ok(v2.post(f"Crud/Delete/{entity}.json", session, ident))["isActive"] == "2"
    assert code(v2.post(f"Crud/Update/{entity}.json", session, {"obj": change})) == "BDC_1119"
    assert ok(v2.post(f"Crud/Undelete/{entity}.json", session, ident))["isActive"] == "1"
    assert [row["id"] for row in ok(v2.post(f"List/{entity}.json", session, PAGE))] == [created["id"]]

    items = [{"obj": {"entity": entity, **CREATE[entity]}}, {"obj": {"entity": entity}}]
    answers = ok(v2.post(f"Bulk/Crud/Create/{entity}.json", session, {"bulk": items}))["bulk"]
    assert [answer["response_status"] for answer in answers] == [0, 1]
    assert answers[1]["response_data"]["error_code"] == "BDC_1117"
    second = answers[0]["response_data"]["id"]
    changes = [{"obj": {"entity": entity, "id": i, **CHANGE[entity]}} for i in (created["id"], second)]
    answers = ok(v2.post(f"Bulk/Crud/Update/{entity}.json", session, {"bulk": changes}))["bulk"]
    assert [answer["response_status"] for answer in answers] == [0, 0]
    ids = [{"id": created["id"]}, {"id": second}, {"id": PREFIXES[entity] + "02AAAAAAAAAAAAAAA"}]
    answers = ok(v2.post(f"Bulk/Crud/Delete/{entity}.json", session, {"bulk": ids}))["bulk"]
    assert [answer["response_status"] for answer in answers] == [0, 0, 1]
    assert answers[2]["response_data"]["error_code"] == "BDC_1119"
    inactive = {**PAGE, "filters": [{"field": "isActive", "op": "=", "value": "2"}]}
    assert len(ok(v2.post(f"List/{entity}.json", session, inactive))) == 2
    answers = ok(v2.post(f"Bulk/Crud/Undelete/{entity}.json", session, {"bulk": ids[:2]}))["bulk"]
    assert [answer["response_data"]["isActive"] for answer in answers] == ["1", "1"]


@pytest.mark.parametrize("entity", list(CREATE))
def test_the_same_record_in_v3_with_archived_as_isactive(
    v2: V2, bill: Bill, session: dict[str, str], entity: str
) -> None:
    created = _create(v2, session, entity)
    path = f"{V3_PATHS[entity]}/{created['id']}"
    assert _v3(bill, session, "GET", path)["archived"] is False
    ok(v2.post(f"Crud/Delete/{entity}.json", session, {"id": created["id"]}))
    assert _v3(bill, session, "GET", path)["archived"] is True
    _v3(bill, session, "POST", f"{path}/restore")
    assert ok(v2.post(f"Crud/Read/{entity}.json", session, {"id": created["id"]}))["isActive"] == "1"
    _v3(bill, session, "POST", f"{path}/archive")
    assert ok(v2.post(f"Crud/Read/{entity}.json", session, {"id": created["id"]}))["isActive"] == "2"


# across versions, field by field


def test_a_chart_of_accounts_made_in_v2_lists_in_v3(v2: V2, bill: Bill, session: dict[str, str]) -> None:
    parent = _create(v2, session, "ChartOfAccount", name="Expenses", accountType="7")
    child = _create(
        v2, session, "ChartOfAccount", parentChartOfAccountId=parent["id"], ca1099FormType="2", ca1099Type="7"
    )
    listed = _v3(bill, session, "GET", "chart-of-accounts")["results"]
    assert [row["id"] for row in listed] == [parent["id"], child["id"]]
    assert listed[1]["name"] == "Office Supplies"
    assert listed[1]["parentId"] == parent["id"]
    assert listed[1]["account"] == {"type": "EXPENSE", "number": "6100"}
    assert (child["ca1099FormType"], child["ca1099Type"]) == ("2", "7")
    assert ok(v2.post("Crud/Read/ChartOfAccount.json", session, {"id": child["id"]}))["ca1099FormType"] == "2"


def test_a_chart_of_accounts_made_in_v3_reads_in_v2(v2: V2, bill: Bill, session: dict[str, str]) -> None:
    body = {"name": "Cards", "account": {"type": "CREDIT_CARD", "number": "2100"}}
    made = bill.call("POST", "/v3/classifications/chart-of-accounts", session, json=body).json()
    shown = ok(v2.post("Crud/Read/ChartOfAccount.json", session, {"id": made["id"]}))
    assert (shown["name"], shown["accountType"], shown["accountNumber"]) == ("Cards", "5", "2100")
    change = {"entity": "ChartOfAccount", "id": made["id"], "accountType": "3"}
    ok(v2.post("Crud/Update/ChartOfAccount.json", session, {"obj": change}))
    assert _v3(bill, session, "GET", f"chart-of-accounts/{made['id']}")["account"] == {"type": "BANK", "number": "2100"}
    odd = bill.call("POST", "/v3/classifications/chart-of-accounts", session, json={"name": "Odd"}).json()
    assert "accountType" not in ok(v2.post("Crud/Read/ChartOfAccount.json", session, {"id": odd["id"]}))


def test_an_items_fields_map_onto_v3s(v2: V2, bill: Bill, session: dict[str, str]) -> None:
    account = _create(v2, session, "ChartOfAccount")
    item = _create(
        v2,
        session,
        "Item",
        expenseAccount=account["id"],
        chartOfAccountId=account["id"],
        purDescription="bought",
        purCost=4,
        percentage=3.25,
    )
    assert item["hasPurInfo"] is True
    v3 = _v3(bill, session, "GET", f"items/{item['id']}")
    assert (v3["type"], v3["expenseChartOfAccountId"], v3["chartOfAccountId"]) == (
        "INVENTORY",
        account["id"],
        account["id"],
    )
    assert (v3["purchaseDescription"], v3["purchaseCost"], v3["percentage"]) == ("bought", 4, 3.25)
    made = bill.call("POST", "/v3/classifications/items", session, json={"type": "SPECIAL", "name": "S"}).json()
    shown = ok(v2.post("Crud/Read/Item.json", session, {"id": made["id"]}))
    assert (shown["type"], shown["hasPurInfo"]) == ("1", False)


def test_an_employee_made_in_v3_lists_in_v2(v2: V2, bill: Bill, session: dict[str, str]) -> None:
    made = bill.call("POST", "/v3/classifications/employees", session, json={"firstName": "Grace"}).json()
    [listed] = ok(v2.post("List/Employee.json", session, PAGE))
    assert (listed["id"], listed["firstName"], listed["isActive"]) == (made["id"], "Grace", "1")


# BILL's rules, in v2's words


@pytest.mark.parametrize("entity", ["ActgClass", "Department", "Job", "Location", "Item", "Employee"])
def test_a_parent_is_a_record_of_the_same_kind_in_the_organization(
    v2: V2, bill: Bill, session: dict[str, str], entity: str
) -> None:
    field = f"parent{entity}Id"
    unknown = PREFIXES[entity] + "02AAAAAAAAAAAAAAA"
    obj = {"entity": entity, **CREATE[entity], field: unknown}
    assert refused(v2.post(f"Crud/Create/{entity}.json", session, {"obj": obj})) == (
        "BDC_1119",
        f"Invalid field,value: {field}, {unknown}.",
    )
    other = _create(v2, bill.login_as(bill.partner_headers(), bill.partner["userId"]), entity)
    obj[field] = other["id"]
    assert code(v2.post(f"Crud/Create/{entity}.json", session, {"obj": obj})) == "BDC_1119"
    assert code(v2.post(f"Crud/Read/{entity}.json", session, {"id": other["id"]})) == "BDC_1119"
    assert ok(v2.post(f"List/{entity}.json", session, PAGE)) == []


@pytest.mark.parametrize("entity", ["ChartOfAccount", "Location"])
def test_a_record_never_sits_under_itself(v2: V2, session: dict[str, str], entity: str) -> None:
    field = f"parent{entity}Id"
    top = _create(v2, session, entity)
    below = _create(v2, session, entity, **{field: top["id"]})
    assert below[field] == top["id"]
    for parent in (top["id"], below["id"]):
        change = {"entity": entity, "id": top["id"], field: parent}
        error_code, message = refused(v2.post(f"Crud/Update/{entity}.json", session, {"obj": change}))
        assert error_code == "BDC_1119"
        assert message.startswith(f"Invalid field,value: {field}, {parent}.")
        assert "parentId" not in message
    assert field not in ok(v2.post(f"Crud/Read/{entity}.json", session, {"id": top["id"]}))


def test_an_items_accounts_are_the_organizations_chart_of_accounts(v2: V2, session: dict[str, str]) -> None:
    department = _create(v2, session, "Department")
    for field in ("expenseAccount", "chartOfAccountId"):
        obj = {"entity": "Item", **CREATE["Item"], field: department["id"]}
        assert refused(v2.post("Crud/Create/Item.json", session, {"obj": obj})) == (
            "BDC_1119",
            f"Invalid field,value: {field}, {department['id']}.",
        )


def test_codes_and_required_fields_follow_the_spec(v2: V2, session: dict[str, str]) -> None:
    bad = {"entity": "ChartOfAccount", "name": "x", "accountType": "17"}
    assert code(v2.post("Crud/Create/ChartOfAccount.json", session, {"obj": bad})) == "BDC_1119"
    missing = {"entity": "Item", "name": "x"}
    assert code(v2.post("Crud/Create/Item.json", session, {"obj": missing})) == "BDC_1117"
    wrong = {"entity": "Job", **CREATE["Location"]}
    assert code(v2.post("Crud/Create/Location.json", session, {"obj": wrong})) == "BDC_1118"


def test_created_inactive_and_filtered_by_v2_fields(v2: V2, session: dict[str, str]) -> None:
    _create(v2, session, "Department", name="B")
    _create(v2, session, "Department", name="A", isActive="2")
    _create(v2, session, "Department", name="C")

    def names(**query: Any) -> list[str]:
        return [row["name"] for row in ok(v2.post("List/Department.json", session, {**PAGE, **query}))]

    assert names(sort=[{"field": "name", "asc": "true"}]) == ["A", "B", "C"]
    assert names(filters=[{"field": "isActive", "op": "=", "value": "1"}]) == ["B", "C"]
    assert names(start=1, max=1) == ["A"]
    assert code(v2.post("List/Department.json", session, {**PAGE, "filters": [{"field": "x", "op": "=", "value": 1}]}))


def test_a_token_session_keeps_the_books(v2: V2) -> None:
    token = v2.token_session()
    created = _create(v2, token, "ChartOfAccount")
    assert ok(v2.post("Crud/Delete/ChartOfAccount.json", token, {"id": created["id"]}))["isActive"] == "2"
    term = {"obj": {"entity": "PaymentTerm", "name": "Net 30", "netDue": 30}}
    assert ok(v2.post("Crud/Create/PaymentTerm.json", token, term))["netDue"] == 30


# payment terms: v2's own


def test_payment_terms(v2: V2, bill: Bill, session: dict[str, str]) -> None:
    net30 = ok(
        v2.post(
            "Crud/Create/PaymentTerm.json", session, {"obj": {"entity": "PaymentTerm", "name": "Net 30", "netDue": 30}}
        )
    )
    assert net30 == {"entity": "PaymentTerm", "id": net30["id"], "name": "Net 30", "netDue": 30}
    assert net30["id"].startswith("00p")
    assert ok(v2.post("Crud/Read/PaymentTerm.json", session, {"id": net30["id"]})) == net30
    change = {"obj": {"entity": "PaymentTerm", "id": net30["id"], "netDue": 45.0}}
    assert ok(v2.post("Crud/Update/PaymentTerm.json", session, change))["netDue"] == 45
    ok(v2.post("Crud/Create/PaymentTerm.json", session, {"obj": {"entity": "PaymentTerm", "name": "Due", "netDue": 0}}))
    listed = ok(v2.post("List/PaymentTerm.json", session, {**PAGE, "sort": [{"field": "netDue", "asc": "true"}]}))
    assert [term["name"] for term in listed] == ["Due", "Net 30"]
    partial = {"obj": {"entity": "PaymentTerm", "name": "Half", "netDue": 1.5}}
    error_code, message = refused(v2.post("Crud/Create/PaymentTerm.json", session, partial))
    assert (error_code, message.startswith("Invalid field,value: netDue, 1.5.")) == ("BDC_1119", True)
    negative = {"obj": {"entity": "PaymentTerm", "name": "Past", "netDue": -1}}
    assert code(v2.post("Crud/Create/PaymentTerm.json", session, negative)) == "BDC_1119"
    forever = {"obj": {"entity": "PaymentTerm", "name": "Never", "netDue": 10_000}}
    assert code(v2.post("Crud/Create/PaymentTerm.json", session, forever)) == "BDC_1119"
    other = bill.login_as(bill.partner_headers(), bill.partner["userId"])
    assert code(v2.post("Crud/Read/PaymentTerm.json", other, {"id": net30["id"]})) == "BDC_1119"
    assert ok(v2.post("List/PaymentTerm.json", other, PAGE)) == []
    assert code(v2.post("Crud/Delete/PaymentTerm.json", session, {"id": net30["id"]}), 404) == "BDC_1121"
