"""BILL's list conventions: max, page tokens, filters and sort, through the API and on the generic Listing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from bill_mock import MockClock
from bill_mock.errors import BillError
from bill_mock.rules.listing import EQUALITY, Field, Listing, ListQuery
from tests.mock.support import Bill, error_code

USERS = "/v3/partner/users"


@pytest.fixture
def partner(bill: Bill, clock: MockClock) -> dict[str, str]:
    """The partner's seeded organization with 45 users: the seeded admin plus 44, one minute apart."""
    headers = bill.partner_headers()
    for number in range(44):
        clock.advance(60)
        bill.create_user(
            headers, f"user{number:02d}", firstName=f"Name{number:02d}", lastName="Even" if number % 2 else "Odd"
        )
    return headers


def _list(bill: Bill, headers: dict[str, str], **params: Any) -> dict[str, Any]:
    response = bill.call("GET", USERS, headers, params=params)
    assert response.status_code == 200, response.text
    page: dict[str, Any] = response.json()
    return page


def test_pages_of_20_20_and_5_then_no_next_page(bill: Bill, partner: dict[str, str]) -> None:
    first = _list(bill, partner, max=20)
    assert len(first["results"]) == 20
    assert "prevPage" not in first
    second = _list(bill, partner, max=20, page=first["nextPage"])
    assert len(second["results"]) == 20
    third = _list(bill, partner, max=20, page=second["nextPage"])
    assert len(third["results"]) == 5
    assert "nextPage" not in third
    ids = [user["id"] for page in (first, second, third) for user in page["results"]]
    assert len(set(ids)) == 45
    back = _list(bill, partner, max=20, page=third["prevPage"])
    assert back["results"] == second["results"]


def test_the_default_page_size_is_20(bill: Bill, partner: dict[str, str]) -> None:
    assert len(_list(bill, partner)["results"]) == 20
    assert len(_list(bill, partner, max=100)["results"]) == 45


@pytest.mark.parametrize("value", ["0", "101", "-1", "abc", "1.5", "", "99999999999999999999999"])
def test_max_must_be_an_integer_from_1_to_100(bill: Bill, value: str) -> None:
    response = bill.call("GET", USERS, bill.partner_headers(), params={"max": value})
    assert response.status_code == 400
    assert error_code(response) == "BDC_1129"


@pytest.mark.parametrize("token", ["garbage", "MTA6", "bm90LWEtdG9rZW4", "%%%"])
def test_a_page_token_the_mock_did_not_issue_is_refused(bill: Bill, token: str) -> None:
    response = bill.call("GET", USERS, bill.partner_headers(), params={"page": token})
    assert response.status_code == 400
    assert error_code(response) == "BDC_1129"


def test_a_page_token_works_only_with_its_own_list_and_filters(bill: Bill, partner: dict[str, str]) -> None:
    token = _list(bill, partner, max=5)["nextPage"]
    other_filters = bill.call("GET", USERS, partner, params={"page": token, "filters": "archived:eq:false"})
    assert error_code(other_filters) == "BDC_1129"
    other_list = bill.call("GET", "/v3/partner/roles", partner, params={"page": token})
    assert error_code(other_list) == "BDC_1129"


def test_filters_and_sort(bill: Bill, partner: dict[str, str]) -> None:
    odd = _list(bill, partner, max=100, filters='lastName:eq:"Odd"', sort="firstName:desc")["results"]
    assert len(odd) == 22
    assert [user["firstName"] for user in odd][:2] == ["Name42", "Name40"]

    some = _list(bill, partner, filters='firstName:in:"Name01,Name03",archived:eq:false', sort="firstName:asc")
    assert [user["firstName"] for user in some["results"]] == ["Name01", "Name03"]

    starts = _list(bill, partner, max=100, filters="firstName:sw:name1")["results"]
    assert len(starts) == 10

    late = _list(bill, partner, max=100, filters='createdTime:gte:"2026-01-01T00:40:00.000+00:00"')["results"]
    assert len(late) == 5
    by_date = _list(bill, partner, max=100, filters="createdTime:lt:2026-01-02")["results"]
    assert len(by_date) == 45

    archived_id = odd[0]["id"]
    bill.call("POST", f"{USERS}/{archived_id}/archive", partner)
    assert [u["id"] for u in _list(bill, partner, filters="archived:eq:true")["results"]] == [archived_id]
    assert len(_list(bill, partner, max=100, filters=f'id:nin:"{archived_id}"')["results"]) == 44


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({"filters": "nickname:eq:x"}, "BDC_1130"),
        ({"filters": "firstName:like:x"}, "BDC_1131"),
        ({"filters": "archived:sw:t"}, "BDC_1131"),
        ({"filters": "createdTime:eq:2026-01-01"}, "BDC_1131"),
        ({"filters": "firstName"}, "BDC_1129"),
        ({"filters": 'firstName:in:"A,B'}, "BDC_1129"),
        ({"filters": "archived:eq:maybe"}, "BDC_1129"),
        ({"filters": "createdTime:gt:yesterday"}, "BDC_1129"),
        ({"sort": "nickname:asc"}, "BDC_1130"),
        ({"sort": "firstName:sideways"}, "BDC_1129"),
        ({"sort": ""}, "BDC_1129"),
    ],
)
def test_bad_filters_and_sorts_are_refused(bill: Bill, params: dict[str, str], code: str) -> None:
    response = bill.call("GET", USERS, bill.partner_headers(), params=params)
    assert response.status_code == 400
    assert error_code(response) == code


@dataclass
class Item:
    name: str | None
    rank: int


ITEMS: Listing[Item] = Listing(
    "items",
    {
        "name": Field(lambda item: item.name, operators=EQUALITY | {"sw"}, sortable=True),
        "rank": Field(lambda item: item.rank, sortable=True),
    },
)


def test_listing_sorts_missing_values_first_and_keeps_ties_in_order() -> None:
    items = [Item("b", 1), Item(None, 2), Item("A", 3), Item("b", 0)]
    page = ITEMS.page(items, ListQuery(sort="name:asc,rank:asc"))
    assert [(item.name, item.rank) for item in page.results] == [(None, 2), ("A", 3), ("b", 0), ("b", 1)]
    page = ITEMS.page(items, ListQuery(sort="name:desc"))
    assert [(item.name, item.rank) for item in page.results] == [("b", 1), ("b", 0), ("A", 3), (None, 2)]


def test_listing_checks_max_itself() -> None:
    with pytest.raises(BillError) as refused:
        ITEMS.page([], ListQuery(max=0))
    assert refused.value.code == "BDC_1129"


def test_listing_of_nothing_is_one_empty_page() -> None:
    page = ITEMS.page([], ListQuery())
    assert (page.results, page.next_page, page.prev_page) == ([], None, None)
