"""BILL's in-flight limit kept by the client, and backoff on answers worth retrying."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from bill_sdk import InFlightLimiter, RateLimited, RetryPolicy, ServerError
from bill_v3.api.authentication import get_session_info
from bill_v3.api.partner import create_organization

from .fakebill import FakeBill, error
from .test_sessions import new_organization, org_session, partner_session, session_info


class InFlight:
    """Counts the requests a fake BILL is answering at the same moment."""

    def __init__(self) -> None:
        self.now = 0
        self.most = 0
        self._lock = threading.Lock()

    def enter(self) -> None:
        with self._lock:
            self.now += 1
            self.most = max(self.most, self.now)

    def leave(self) -> None:
        with self._lock:
            self.now -= 1


def test_threads_never_have_more_than_three_requests_in_flight() -> None:
    bill, gauge = FakeBill(), InFlight()
    three_at_once = threading.Barrier(3)  # proves three do travel together; a fourth would deadlock it

    def info(_: httpx.Request) -> httpx.Response:
        gauge.enter()
        try:
            three_at_once.wait(timeout=10)
            return httpx.Response(200, json={"organizationId": "00802AAAAAAAAAAAAAAA"})
        finally:
            gauge.leave()

    bill.routes[("GET", "/v3/login/session")] = info
    session = org_session(bill, limiter=InFlightLimiter())
    session.login()
    with ThreadPoolExecutor(max_workers=30) as pool:
        list(pool.map(lambda _: session_info(session), range(30)))
    assert gauge.most == 3


def test_tasks_never_have_more_than_three_requests_in_flight() -> None:
    bill, gauge = FakeBill(), InFlight()

    async def info(_: httpx.Request) -> httpx.Response:
        gauge.enter()
        await asyncio.sleep(0)  # yield to the loop so other tasks could pile in if the limiter let them
        gauge.leave()
        return httpx.Response(200, json={"organizationId": "00802AAAAAAAAAAAAAAA"})

    bill.async_routes[("GET", "/v3/login/session")] = info

    async def scenario() -> None:
        session = org_session(bill, is_async=True, limiter=InFlightLimiter())
        await asyncio.gather(*(get_session_info.asyncio(client=session.client) for _ in range(30)))

    asyncio.run(scenario())
    assert gauge.most == 3


class Sleeps:
    def __init__(self) -> None:
        self.delays: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.delays.append(seconds)


def scripted(*answers: httpx.Response) -> tuple[list[httpx.Response], FakeBill]:
    queue = list(answers)
    bill = FakeBill()
    bill.routes[("GET", "/v3/login/session")] = lambda _: queue.pop(0)
    return queue, bill


def busy() -> httpx.Response:
    return error(429, "BDC_1322", "Max number of concurrent requests per organization reached.")


def test_a_busy_organization_is_retried_with_exponential_backoff() -> None:
    _, bill = scripted(busy(), busy(), httpx.Response(200, json={"userId": "00602AAAAAAAAAAAAAAA"}))
    sleeps = Sleeps()
    session = org_session(bill, retry=RetryPolicy(sleep=sleeps, asleep=sleeps.asleep))
    assert session_info(session).user_id == "00602AAAAAAAAAAAAAAA"
    assert sleeps.delays == [1.0, 2.0]


def test_backoff_gives_up_after_max_retries() -> None:
    _, bill = scripted(*(busy() for _ in range(5)))
    sleeps = Sleeps()
    session = org_session(bill, retry=RetryPolicy(max_retries=4, sleep=sleeps, asleep=sleeps.asleep))
    with pytest.raises(RateLimited) as caught:
        session_info(session)
    assert caught.value.code == "BDC_1322"
    assert sleeps.delays == [1.0, 2.0, 4.0, 8.0]


def test_the_async_twin_backs_off_the_same_way() -> None:
    _, bill = scripted(busy(), httpx.Response(200, json={"userId": "00602AAAAAAAAAAAAAAA"}))
    sleeps = Sleeps()

    async def scenario() -> None:
        session = org_session(bill, is_async=True, retry=RetryPolicy(sleep=sleeps, asleep=sleeps.asleep))
        await get_session_info.asyncio(client=session.client)
        await session.aclose()

    asyncio.run(scenario())
    assert sleeps.delays == [1.0]


def test_the_hourly_limit_is_not_retried() -> None:
    _, bill = scripted(error(429, "BDC_1144", "Max number of allowed requests per hour reached: 20000."))
    sleeps = Sleeps()
    session = org_session(bill, retry=RetryPolicy(sleep=sleeps, asleep=sleeps.asleep))
    with pytest.raises(RateLimited):
        session_info(session)
    assert sleeps.delays == []


def test_gateway_trouble_is_retried_for_reads_only() -> None:
    unavailable = error(503, "BDC_1001", "Service unavailable.")
    _, bill = scripted(unavailable, httpx.Response(200, json={}))
    sleeps = Sleeps()
    assert session_info(org_session(bill, retry=RetryPolicy(sleep=sleeps, asleep=sleeps.asleep))) is not None
    assert sleeps.delays == [1.0]

    post = FakeBill()
    post.routes[("POST", "/v3/partner/organizations")] = lambda _: error(503, "BDC_1001", "Service unavailable.")
    partner_sleeps = Sleeps()
    partner = partner_session(post, retry=RetryPolicy(sleep=partner_sleeps, asleep=partner_sleeps.asleep))
    with pytest.raises(ServerError):
        create_organization.sync(client=partner.client, body=new_organization())
    assert partner_sleeps.delays == []
