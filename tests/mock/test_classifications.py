"""General-ledger classifications: the seven kinds, singly and in bulk, through the ASGI app."""

from __future__ import annotations

from typing import Any

import pytest

from bill_mock import MockClock
from bill_mock.areas import classifications
from bill_mock.errors import BillError
from bill_mock.handlers import HANDLERS
from bill_mock.mock import Mock
from tests.mock.support import Bill, error_code, error_message, spec_body

BASE = "/v3/classifications"
NEW: dict[str, dict[str, Any]] = {
    "accounting-classes": {"name": "Prepaid Subscriptions", "description": "Prepaid expenses"},
    "chart-of-accounts": {"name": "Prepaid Expenses", "account": {"type": "EXPENSE", "number": "1-020"}},
    "departments": {"name": "Sales Department", "description": "Field sales"},
    "employees": {"firstName": "James", "lastName": "Milner"},
    "items": {"type": "SALES_TAX", "name": "State Sales Tax", "percentage": 3},
    "jobs": {"name": "Kitchen Remodel", "description": "New cabinets"},
    "locations": {"name": "123 Main St Retail Store"},
}
PREFIXES = {
    "accounting-classes": "cls",
    "chart-of-accounts": "0ca",
    "departments": "0de",
    "employees": "emp",
    "items": "0ii",
    "jobs": "job",
    "locations": "loc",
}
BULK_KEYS = {
    "accounting-classes": "accountingClasses",
    "chart-of-accounts": "chartOfAccounts",
    "departments": "departments",
    "employees": "employees",
    "items": "items",
    "jobs": "jobs",
    "locations": "locations",
}
KINDS = sorted(NEW)
CHANGE = {kind: "description" if kind in ("chart-of-accounts", "items") else "shortName" for kind in KINDS}
"""A field each kind has and its NEW record leaves out, to show what a PATCH changes."""
T0 = "2026-01-01T00:00:00.000+00:00"
T1 = "2026-01-01T00:01:00.000+00:00"


@pytest.fixture
def org(bill: Bill) -> dict[str, str]:
    return bill.org_headers()


@pytest.fixture
def other_org(bill: Bill) -> dict[str, str]:
    """A session in the partner's client organization: a second organization with its own records."""
    return bill.login_as(bill.partner_headers(), bill.partner["userId"])


def _create(bill: Bill, headers: dict[str, str], kind: str, **fields: Any) -> dict[str, Any]:
    response = bill.call("POST", f"{BASE}/{kind}", headers, json={**NEW[kind], **fields})
    assert response.status_code == 201, response.text
    created: dict[str, Any] = spec_body(response)
    return created


def _ids(bill: Bill, headers: dict[str, str], kind: str, **params: Any) -> list[str]:
    response = bill.call("GET", f"{BASE}/{kind}", headers, params={"max": 100, **params})
    return [record["id"] for record in spec_body(response)["results"]]


# one record at a time


@pytest.mark.parametrize("kind", KINDS)
def test_create_get_update_archive_restore(bill: Bill, org: dict[str, str], clock: MockClock, kind: str) -> None:
    created = _create(bill, org, kind)
    record_id = created["id"]
    assert record_id.startswith(PREFIXES[kind] + "02")
    assert len(record_id) == 20
    assert {key: created[key] for key in NEW[kind]} == NEW[kind]
    assert created["archived"] is False
    assert created["createdTime"] == created["updatedTime"] == T0

    assert spec_body(bill.call("GET", f"{BASE}/{kind}/{record_id}", org)) == created
    assert _ids(bill, org, kind) == [record_id]

    clock.advance(60)
    updated = spec_body(bill.call("PATCH", f"{BASE}/{kind}/{record_id}", org, json={CHANGE[kind]: "X1"}))
    assert updated[CHANGE[kind]] == "X1"
    assert {key: updated[key] for key in NEW[kind]} == NEW[kind], "PATCH keeps the fields it was not sent"
    assert (updated["createdTime"], updated["updatedTime"]) == (T0, T1)

    archived = spec_body(bill.call("POST", f"{BASE}/{kind}/{record_id}/archive", org))
    assert archived["archived"] is True
    clock.advance(60)
    again = spec_body(bill.call("POST", f"{BASE}/{kind}/{record_id}/archive", org))
    assert again == archived, "archiving an archived record changes nothing, updatedTime included"

    restored = spec_body(bill.call("POST", f"{BASE}/{kind}/{record_id}/restore", org))
    assert restored["archived"] is False
    assert spec_body(bill.call("POST", f"{BASE}/{kind}/{record_id}/restore", org)) == restored


@pytest.mark.parametrize(
    ("kind", "missing"), [("chart-of-accounts", "name"), ("departments", "name"), ("items", "type"), ("items", "name")]
)
def test_required_fields(bill: Bill, org: dict[str, str], kind: str, missing: str) -> None:
    body = {key: value for key, value in NEW[kind].items() if key != missing}
    response = bill.call("POST", f"{BASE}/{kind}", org, json=body)
    assert response.status_code == 400
    assert error_code(response) == "BDC_1117"
    assert missing in error_message(response)


def test_kinds_without_required_fields_take_an_empty_record(bill: Bill, org: dict[str, str]) -> None:
    for kind in ("accounting-classes", "employees", "jobs", "locations"):
        assert bill.call("POST", f"{BASE}/{kind}", org, json={}).status_code == 201


def test_unknown_fields_are_refused(bill: Bill, org: dict[str, str]) -> None:
    response = bill.call("POST", f"{BASE}/jobs", org, json={"name": "J", "color": "red"})
    assert response.status_code == 400
    assert error_code(response) == "BDC_1119"
    assert "color" in error_message(response)


def test_an_id_of_another_kind_is_refused_by_its_prefix(bill: Bill, org: dict[str, str]) -> None:
    department = _create(bill, org, "departments")
    assert bill.call("GET", f"{BASE}/jobs/{department['id']}", org).status_code == 400
    response = bill.call("POST", f"{BASE}/jobs", org, json={"name": "J", "parentId": department["id"]})
    assert response.status_code == 400
    assert error_code(response) == "BDC_1119"


@pytest.mark.parametrize("kind", KINDS)
def test_records_belong_to_one_organization(
    bill: Bill, org: dict[str, str], other_org: dict[str, str], kind: str
) -> None:
    theirs = _create(bill, other_org, kind)
    for method, suffix, body in (
        ("GET", "", None),
        ("PATCH", "", {CHANGE[kind]: "X"}),
        ("POST", "/archive", None),
        ("POST", "/restore", None),
    ):
        response = bill.call(method, f"{BASE}/{kind}/{theirs['id']}{suffix}", org, json=body)
        assert response.status_code == 404, (method, suffix)
        assert error_code(response) == "BDC_1205"
    assert _ids(bill, org, kind) == []
    assert _ids(bill, other_org, kind) == [theirs["id"]]


def test_unknown_id_is_404(bill: Bill, org: dict[str, str]) -> None:
    response = bill.call("GET", f"{BASE}/locations/loc02AAAAAAAAAAAAAAA", org)
    assert response.status_code == 404
    assert error_code(response) == "BDC_1205"


# parents and references


@pytest.mark.parametrize("kind", KINDS)
def test_parent_must_be_a_record_of_the_organization(
    bill: Bill, org: dict[str, str], other_org: dict[str, str], kind: str
) -> None:
    parent = _create(bill, org, kind)
    child = _create(bill, org, kind, parentId=parent["id"])
    assert child["parentId"] == parent["id"]

    unknown = PREFIXES[kind] + "02" + "Z" * 15
    foreign = _create(bill, other_org, kind)["id"]
    for bad in (unknown, foreign):
        response = bill.call("POST", f"{BASE}/{kind}", org, json={**NEW[kind], "parentId": bad})
        assert response.status_code == 400
        assert error_code(response) == "BDC_1119"
        assert error_message(response) == f"Invalid field,value: parentId, {bad}"
        response = bill.call("PATCH", f"{BASE}/{kind}/{child['id']}", org, json={"parentId": bad})
        assert response.status_code == 400
    assert spec_body(bill.call("GET", f"{BASE}/{kind}/{child['id']}", org))["parentId"] == parent["id"]


def test_a_record_cannot_become_its_own_ancestor(bill: Bill, org: dict[str, str]) -> None:
    top = _create(bill, org, "departments")
    middle = _create(bill, org, "departments", parentId=top["id"])
    bottom = _create(bill, org, "departments", parentId=middle["id"])
    for parent in (top, bottom):
        response = bill.call("PATCH", f"{BASE}/departments/{top['id']}", org, json={"parentId": parent["id"]})
        assert response.status_code == 400
        assert error_code(response) == "BDC_1119"
        assert "outside its subtree" in error_message(response)
    moved = bill.call("PATCH", f"{BASE}/departments/{bottom['id']}", org, json={"parentId": top["id"]})
    assert spec_body(moved)["parentId"] == top["id"]


def test_items_name_the_organizations_chart_of_accounts(
    bill: Bill, org: dict[str, str], other_org: dict[str, str]
) -> None:
    account = _create(bill, org, "chart-of-accounts")
    item = _create(bill, org, "items", chartOfAccountId=account["id"], expenseChartOfAccountId=account["id"])
    assert item["chartOfAccountId"] == item["expenseChartOfAccountId"] == account["id"]
    foreign = _create(bill, other_org, "chart-of-accounts")
    for field in ("chartOfAccountId", "expenseChartOfAccountId"):
        response = bill.call("POST", f"{BASE}/items", org, json={**NEW["items"], field: foreign["id"]})
        assert response.status_code == 400
        assert error_message(response) == f"Invalid field,value: {field}, {foreign['id']}"


def test_patching_the_account_of_a_chart_of_accounts_keeps_its_other_field(bill: Bill, org: dict[str, str]) -> None:
    account = _create(bill, org, "chart-of-accounts")
    patched = bill.call("PATCH", f"{BASE}/chart-of-accounts/{account['id']}", org, json={"account": {"number": "2"}})
    assert spec_body(patched)["account"] == {"type": "EXPENSE", "number": "2"}


def test_other_areas_check_classifications_through_the_module(bill: Bill, org: dict[str, str], mock: Mock) -> None:
    account = _create(bill, org, "chart-of-accounts")
    job = _create(bill, org, "jobs")
    organization_id = bill.org["organizationId"]
    classifications.check_classifications(
        mock.store, organization_id, {"chartOfAccountId": account["id"], "jobId": job["id"]}
    )
    with pytest.raises(BillError) as refused:
        classifications.check_classifications(
            mock.store, organization_id, {"jobId": job["id"], "locationId": "loc02AAAAAAAAAAAAAAA"}, "lines.0"
        )
    assert (refused.value.status, refused.value.code) == (400, "BDC_1119")
    assert refused.value.message == "Invalid field,value: lines.0.locationId, loc02AAAAAAAAAAAAAAA"
    with pytest.raises(BillError):
        classifications.check_classifications(mock.store, bill.partner["organizationId"], {"jobId": job["id"]})


# bulk


@pytest.mark.parametrize("kind", KINDS)
def test_bulk_create_answers_every_record_under_its_key(bill: Bill, org: dict[str, str], kind: str) -> None:
    response = bill.call("POST", f"{BASE}/{kind}/bulk", org, json=[NEW[kind], {**NEW[kind], CHANGE[kind]: "B"}])
    assert response.status_code == 201
    body = spec_body(response)
    assert list(body) == [BULK_KEYS[kind]]
    created = body[BULK_KEYS[kind]]
    assert [record.get(CHANGE[kind]) for record in created] == [None, "B"]
    assert _ids(bill, org, kind, sort="createdTime:asc") == [record["id"] for record in created]


def test_bulk_create_takes_at_most_50(bill: Bill, org: dict[str, str]) -> None:
    assert bill.call("POST", f"{BASE}/jobs/bulk", org, json=[{"name": "J"}] * 50).status_code == 201
    response = bill.call("POST", f"{BASE}/jobs/bulk", org, json=[{"name": "J"}] * 51)
    assert response.status_code == 400
    assert error_code(response) == "BDC_1119"
    assert bill.call("POST", f"{BASE}/jobs/bulk", org, json=[]).status_code == 400
    assert len(_ids(bill, org, "jobs")) == 50


def test_bulk_create_is_all_or_nothing(bill: Bill, org: dict[str, str]) -> None:
    parent = _create(bill, org, "locations")
    batch = [{"name": "A", "parentId": parent["id"]}, {"name": "B", "parentId": "loc02ZZZZZZZZZZZZZZZ"}]
    response = bill.call("POST", f"{BASE}/locations/bulk", org, json=batch)
    assert response.status_code == 400
    assert error_message(response) == "Invalid field,value: 1.parentId, loc02ZZZZZZZZZZZZZZZ"
    assert _ids(bill, org, "locations") == [parent["id"]]


def test_bulk_update_changes_only_the_fields_sent(bill: Bill, org: dict[str, str], clock: MockClock) -> None:
    first, second = _create(bill, org, "employees"), _create(bill, org, "employees", firstName="Ann")
    clock.advance(60)
    batch = [{"id": second["id"], "lastName": "Lee"}, {"id": first["id"], "shortName": "JM"}]
    response = bill.call("PATCH", f"{BASE}/employees/bulk", org, json=batch)
    assert response.status_code == 200
    updated = spec_body(response)["employees"]
    assert [record["id"] for record in updated] == [second["id"], first["id"]]
    assert (updated[0]["firstName"], updated[0]["lastName"]) == ("Ann", "Lee")
    assert (updated[1]["firstName"], updated[1]["shortName"]) == ("James", "JM")
    assert all(record["updatedTime"] == T1 for record in updated)


def test_bulk_update_is_all_or_nothing(bill: Bill, org: dict[str, str], other_org: dict[str, str]) -> None:
    mine = _create(bill, org, "jobs")
    theirs = _create(bill, other_org, "jobs")
    unknown = [{"id": mine["id"], "name": "Changed"}, {"id": theirs["id"], "name": "Mine now"}]
    response = bill.call("PATCH", f"{BASE}/jobs/bulk", org, json=unknown)
    assert response.status_code == 404
    assert error_code(response) == "BDC_1205"
    twice = [{"id": mine["id"], "name": "One"}, {"id": mine["id"], "name": "Two"}]
    response = bill.call("PATCH", f"{BASE}/jobs/bulk", org, json=twice)
    assert response.status_code == 400
    assert "Send each id once" in error_message(response)
    other = _create(bill, org, "jobs")
    bad_parent = [{"id": mine["id"], "name": "Changed"}, {"id": other["id"], "parentId": theirs["id"]}]
    response = bill.call("PATCH", f"{BASE}/jobs/bulk", org, json=bad_parent)
    assert response.status_code == 400
    assert error_message(response) == f"Invalid field,value: 1.parentId, {theirs['id']}"
    assert spec_body(bill.call("GET", f"{BASE}/jobs/{mine['id']}", org))["name"] == NEW["jobs"]["name"]
    assert spec_body(bill.call("GET", f"{BASE}/jobs/{theirs['id']}", other_org))["name"] == NEW["jobs"]["name"]


def test_bulk_update_sees_the_other_parent_changes_of_the_batch(bill: Bill, org: dict[str, str]) -> None:
    a, b = _create(bill, org, "accounting-classes"), _create(bill, org, "accounting-classes")
    swap = [{"id": a["id"], "parentId": b["id"]}, {"id": b["id"], "parentId": a["id"]}]
    response = bill.call("PATCH", f"{BASE}/accounting-classes/bulk", org, json=swap)
    assert response.status_code == 400
    assert "outside its subtree" in error_message(response)
    assert "parentId" not in spec_body(bill.call("GET", f"{BASE}/accounting-classes/{a['id']}", org))


def test_bulk_update_needs_ids(bill: Bill, org: dict[str, str], clock: MockClock) -> None:
    job = _create(bill, org, "jobs")
    response = bill.call("PATCH", f"{BASE}/jobs/bulk", org, json=[{"name": "X"}])
    assert (response.status_code, error_code(response)) == (400, "BDC_1117")
    assert error_message(response) == "Missing required data for: 0.id"
    clock.advance(60)
    unchanged = spec_body(bill.call("PATCH", f"{BASE}/jobs/bulk", org, json=[{"id": job["id"]}]))["jobs"]
    assert unchanged == [job], "an entry with only its id changes nothing"
    too_many = [{"id": job["id"], "name": str(n)} for n in range(51)]
    assert bill.call("PATCH", f"{BASE}/jobs/bulk", org, json=too_many).status_code == 400


@pytest.mark.parametrize("kind", KINDS)
def test_bulk_archive_and_restore(bill: Bill, org: dict[str, str], clock: MockClock, kind: str) -> None:
    first, second, untouched = (_create(bill, org, kind) for _ in range(3))
    ids = f"{second['id']}, {first['id']}"
    clock.advance(60)
    response = bill.call("POST", f"{BASE}/{kind}/bulk/archive", org, params={"ids": ids})
    archived = spec_body(response)[BULK_KEYS[kind]]
    assert [(record["id"], record["archived"], record["updatedTime"]) for record in archived] == [
        (second["id"], True, T1),
        (first["id"], True, T1),
    ]
    assert _ids(bill, org, kind, filters="archived:eq:false") == [untouched["id"]]
    clock.advance(60)
    repeated = spec_body(bill.call("POST", f"{BASE}/{kind}/bulk/archive", org, params={"ids": ids}))
    assert repeated[BULK_KEYS[kind]] == archived, "archiving again changes nothing"

    restored = spec_body(bill.call("POST", f"{BASE}/{kind}/bulk/restore", org, params={"ids": first["id"]}))
    assert [record["archived"] for record in restored[BULK_KEYS[kind]]] == [False]
    assert sorted(_ids(bill, org, kind, filters="archived:eq:false")) == sorted([untouched["id"], first["id"]])


def test_bulk_archive_changes_nothing_when_an_id_is_refused(
    bill: Bill, org: dict[str, str], other_org: dict[str, str]
) -> None:
    mine = _create(bill, org, "items")
    theirs = _create(bill, other_org, "items")
    response = bill.call("POST", f"{BASE}/items/bulk/archive", org, params={"ids": f"{mine['id']},{theirs['id']}"})
    assert response.status_code == 404
    assert error_code(response) == "BDC_1205"
    assert spec_body(bill.call("GET", f"{BASE}/items/{mine['id']}", org))["archived"] is False


def test_bulk_archive_ids_are_checked(bill: Bill, org: dict[str, str]) -> None:
    jobs = spec_body(bill.call("POST", f"{BASE}/jobs/bulk", org, json=[{"name": "J"}] * 50))["jobs"]
    ids = [job["id"] for job in jobs]
    everything = ",".join(ids)
    assert len(spec_body(bill.call("POST", f"{BASE}/jobs/bulk/archive", org, params={"ids": everything}))["jobs"]) == 50
    response = bill.call("POST", f"{BASE}/jobs/bulk/archive", org, params={"ids": everything + ",job02ZZZZZZZZZZZZZZZ"})
    assert response.status_code == 400
    assert error_code(response) == "BDC_1129"
    assert "at most 50" in error_message(response)
    response = bill.call("POST", f"{BASE}/jobs/bulk/restore", org, params={"ids": f"{ids[0]},,{ids[1]}"})
    assert response.status_code == 400
    assert error_code(response) == "BDC_1129"
    missing = bill.call("POST", f"{BASE}/jobs/bulk/restore", org)
    assert (missing.status_code, error_code(missing)) == (400, "BDC_1108")
    assert _ids(bill, org, "jobs", filters="archived:eq:false") == []


# lists


def test_list_filters_sorts_and_pages(bill: Bill, org: dict[str, str]) -> None:
    names = ["Boston", "austin", "Chicago", "Atlanta"]
    created = [_create(bill, org, "locations", name=name) for name in names]
    bill.call("POST", f"{BASE}/locations/{created[2]['id']}/archive", org)
    by_name = bill.call("GET", f"{BASE}/locations", org, params={"sort": "name:desc", "filters": "archived:eq:false"})
    assert [record["name"] for record in spec_body(by_name)["results"]] == ["Boston", "austin", "Atlanta"]
    starts = bill.call("GET", f"{BASE}/locations", org, params={"filters": "name:sw:a", "sort": "name:asc"})
    assert [record["name"] for record in spec_body(starts)["results"]] == ["Atlanta", "austin"]
    first = spec_body(bill.call("GET", f"{BASE}/locations", org, params={"max": 3}))
    assert len(first["results"]) == 3
    assert "prevPage" not in first
    second = spec_body(bill.call("GET", f"{BASE}/locations", org, params={"max": 3, "page": first["nextPage"]}))
    assert [record["id"] for record in second["results"]] == [created[3]["id"]]
    assert "nextPage" not in second


def test_list_filters_of_particular_kinds(bill: Bill, org: dict[str, str]) -> None:
    tax = _create(bill, org, "items")
    _create(bill, org, "items", type="INVENTORY", name="Widget")
    assert _ids(bill, org, "items", filters="type:eq:SALES_TAX") == [tax["id"]]
    ann = _create(bill, org, "employees", firstName="Ann")
    _create(bill, org, "employees")
    assert _ids(bill, org, "employees", filters="firstName:eq:Ann") == [ann["id"]]
    parent = _create(bill, org, "jobs")
    child = _create(bill, org, "jobs", parentId=parent["id"])
    assert _ids(bill, org, "jobs", filters=f"parentId:eq:{parent['id']}") == [child["id"]]
    response = bill.call("GET", f"{BASE}/employees", org, params={"filters": "name:eq:Ann"})
    assert (response.status_code, error_code(response)) == (400, "BDC_1130")
    response = bill.call("GET", f"{BASE}/items", org, params={"sort": "price:asc"})
    assert (response.status_code, error_code(response)) == (400, "BDC_1130")


def test_a_partner_session_cannot_call_classifications(bill: Bill) -> None:
    response = bill.call("GET", f"{BASE}/jobs", bill.partner_headers())
    assert response.status_code == 403
    assert error_code(response) == "BDC_1145"


def test_operation_ids_and_kinds_agree() -> None:
    """The handlers are registered from the kinds' data; every kind has all ten operations of the spec."""
    for kind in classifications.KINDS:
        stems = (
            f"listClassification{kind.plural}",
            *(f"{verb}Classification{kind.stem}" for verb in ("create", "get", "update", "archive", "restore")),
            *(f"bulk{verb}Classification{kind.stem}" for verb in ("Create", "Update", "Archive", "Restore")),
        )
        assert all(operation_id in HANDLERS for operation_id in stems), kind.path
