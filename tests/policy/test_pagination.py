"""paginate()/apaginate(): every item, page tokens followed, loops stopped, resumable, sync and async twins."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from bill_sdk import ManualClock, PartnerSession, UnexpectedResponse, apaginate, paginate
from bill_v3.api.partner import list_partner_users
from bill_v3.models import ErrorDetail, User, UserList
from bill_v3.types import UNSET

from .fakebill import APP_KEY, BASE_URL, ORG_ID, PASSWORD, FakeBill


def user(number: int) -> User:
    return User(id=f"00602{number:015d}")


@dataclass
class FakeList:
    """A list operation over `size` users; tokens are opaque strings the test can also script."""

    size: int
    calls: list[dict[str, Any]] = field(default_factory=list)
    loop_to: str | None = None
    """When set, the last page points back at this token instead of ending."""
    empty_pages: frozenset[int] = frozenset()
    """Offsets whose page comes back empty but still carries a nextPage."""

    def __call__(self, **arguments: Any) -> UserList | list[ErrorDetail] | None:
        self.calls.append(arguments)
        offset = int(str(arguments.get("page", "t0")).removeprefix("t"))
        size = arguments["max_"]
        if offset in self.empty_pages:
            return UserList(results=[], next_page=f"t{offset + 1}")
        results = [user(number) for number in range(offset, min(offset + size, self.size))]
        after = offset + size
        if after < self.size:
            return UserList(results=results, next_page=f"t{after}")
        return UserList(results=results, next_page=self.loop_to or UNSET)

    async def asyncio(self, **arguments: Any) -> UserList | list[ErrorDetail] | None:
        return self(**arguments)


def test_every_item_in_order_one_page_at_a_time() -> None:
    fake = FakeList(size=1050)
    pager = paginate(fake, client="c")
    ids = [item.id for item in pager]
    assert ids == [user(number).id for number in range(1050)]
    assert pager.pages_read == len(fake.calls) == 11
    assert pager.done
    assert [call.get("page") for call in fake.calls[:3]] == [None, "t100", "t200"]


def test_filters_sort_and_other_arguments_reach_every_call_unchanged() -> None:
    fake = FakeList(size=250)
    list(paginate(fake, client="c", max_=50, filters='name:sw:"Acme"', sort="name:desc"))
    assert len(fake.calls) == 5
    for call in fake.calls:
        assert call["filters"] == 'name:sw:"Acme"'
        assert call["sort"] == "name:desc"
        assert call["client"] == "c"
        assert call["max_"] == 50
    unfiltered = FakeList(size=1)
    list(paginate(unfiltered, client="c"))
    assert "filters" not in unfiltered.calls[0]
    assert "sort" not in unfiltered.calls[0]


def test_a_token_bill_already_gave_stops_the_iteration(caplog: pytest.LogCaptureFixture) -> None:
    fake = FakeList(size=300, loop_to="t100")
    with caplog.at_level(logging.WARNING, logger="bill_sdk"):
        ids = [item.id for item in paginate(fake, client="c")]
    assert len(ids) == 300
    assert len(fake.calls) == 3
    assert "already followed" in caplog.text


def test_an_empty_page_that_carries_a_token_is_not_the_end() -> None:
    fake = FakeList(size=20, empty_pages=frozenset({0}))
    assert len(list(paginate(fake, client="c", max_=10))) == 19  # page t0 came back empty, t1.. follow


def test_iteration_resumes_from_a_saved_checkpoint() -> None:
    fake = FakeList(size=500)
    first = paginate(fake, client="c")
    seen = []
    for item in first:
        seen.append(item.id)
        if len(seen) == 150:
            break
    checkpoint = first.checkpoint
    assert checkpoint == "t100"  # the page being read when we stopped
    rest = [item.id for item in paginate(fake, client="c", page=checkpoint)]
    assert rest[0] == user(100).id
    assert sorted(set(seen) | set(rest)) == sorted(user(number).id for number in range(500))
    assert len(seen) + len(rest) - 500 == 50  # at most the one interrupted page is seen twice


def test_the_async_twin_yields_the_same_items() -> None:
    fake = FakeList(size=230)

    async def collect() -> list[str]:
        return [item.id async for item in apaginate(fake.asyncio, client="c", max_=100)]

    assert asyncio.run(collect()) == [user(number).id for number in range(230)]
    assert len(fake.calls) == 3


def test_a_bad_page_size_or_a_non_page_answer_is_refused() -> None:
    with pytest.raises(ValueError, match="between 1 and 100"):
        paginate(FakeList(size=1), client="c", max_=101)

    def errors(**_: Any) -> UserList | list[ErrorDetail] | None:
        return [ErrorDetail(code="BDC_1001", message="no")]

    with pytest.raises(UnexpectedResponse, match="not a list page"):
        list(paginate(errors, client="c"))


def test_pages_over_http_through_a_partner_session() -> None:
    bill = FakeBill()
    served: list[str | None] = []

    def users_page(request: httpx.Request) -> httpx.Response:
        token = request.url.params.get("page")
        served.append(token)
        offset = int(token or 0)
        body: dict[str, Any] = {"results": [{"id": user(n).id} for n in range(offset, min(offset + 100, 250))]}
        if offset + 100 < 250:
            body["nextPage"] = str(offset + 100)
        return httpx.Response(200, json=body)

    bill.routes[("GET", "/v3/partner/users")] = users_page
    with PartnerSession(
        BASE_URL,
        app_key=APP_KEY,
        username="partner",
        password=PASSWORD,
        clock=ManualClock(),
        httpx_args={"transport": bill.transport()},
    ) as partner:
        users = list(paginate(list_partner_users.sync, client=partner.for_organization(ORG_ID)))
    assert len(users) == 250
    assert served == [None, "100", "200"]
    assert all(seen.headers["organizationid"] == ORG_ID for seen in bill.requests_to("/v3/partner/users"))
