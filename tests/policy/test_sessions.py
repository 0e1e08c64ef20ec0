"""The v3 session layer against a scripted BILL: credentials, idle renewal, BDC_1109 replay, concurrency."""

from __future__ import annotations

import asyncio
import logging
import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from bill_sdk import (
    NO_RETRY,
    AuthenticationFailed,
    Forbidden,
    InFlightLimiter,
    InvalidRequest,
    ManualClock,
    NotFound,
    OrgSession,
    PartnerSession,
    RetryPolicy,
    ServerError,
    SessionInvalid,
    SessionScopeError,
    UnexpectedResponse,
)
from bill_v3.api.authentication import get_session_info
from bill_v3.api.partner import create_organization, list_partner_organizations, list_partner_users
from bill_v3.models import AddressInput, OrganizationCreate, SessionInfo

from .fakebill import APP_KEY, BASE_URL, DEV_KEY, ORG_ID, PASSWORD, USER_ID, FakeBill, error, sid

MINUTE = 60.0


def org_session(
    bill: FakeBill,
    clock: ManualClock | None = None,
    *,
    is_async: bool = False,
    limiter: InFlightLimiter | None = None,
    retry: RetryPolicy = NO_RETRY,
) -> OrgSession:
    transport = bill.async_transport() if is_async else bill.transport()
    return OrgSession(
        BASE_URL,
        dev_key=DEV_KEY,
        username="ada@example.com",
        password=PASSWORD,
        organization_id=ORG_ID,
        clock=clock or ManualClock(),
        httpx_args={"transport": transport},
        limiter=limiter or InFlightLimiter(),
        retry=retry,
    )


WIDE = 64
"""An in-flight limit above the thread count, for tests that need every request on the wire at once."""


def partner_session(
    bill: FakeBill, clock: ManualClock | None = None, *, retry: RetryPolicy = NO_RETRY
) -> PartnerSession:
    return PartnerSession(
        BASE_URL,
        app_key=APP_KEY,
        username="partner",
        password=PASSWORD,
        clock=clock or ManualClock(),
        httpx_args={"transport": bill.transport()},
        limiter=InFlightLimiter(),
        retry=retry,
    )


def new_organization() -> OrganizationCreate:
    address = AddressInput(line1="1 Main St", city="Austin", zip_or_postal_code="78701", country="US")
    return OrganizationCreate(name="Acme", address=address)


def session_info(session: OrgSession) -> SessionInfo:
    answer = get_session_info.sync(client=session.client)
    assert isinstance(answer, SessionInfo)
    return answer


# -- credentials --------------------------------------------------------------------------------------------


def test_org_calls_carry_dev_key_and_session_and_nothing_else() -> None:
    bill = FakeBill()
    with org_session(bill) as session:
        assert session_info(session).user_id == USER_ID
    login, call = bill.seen[0], bill.seen[1]
    assert login.path == "/v3/login"
    assert "sessionid" not in login.headers
    assert call.headers["devkey"] == DEV_KEY
    assert call.headers["sessionid"] == sid(1)
    assert "appkey" not in call.headers
    assert "organizationid" not in call.headers


def test_partner_calls_carry_app_key_and_the_organization_only_when_scoped() -> None:
    bill = FakeBill()
    with partner_session(bill) as partner:
        list_partner_organizations.sync(client=partner.client)
        list_partner_users.sync(client=partner.for_organization(ORG_ID))
    orgs, users = bill.requests_to("/v3/partner/organizations")[0], bill.requests_to("/v3/partner/users")[0]
    assert orgs.headers["appkey"] == APP_KEY
    assert "organizationid" not in orgs.headers
    assert "devkey" not in orgs.headers
    assert users.headers["organizationid"] == ORG_ID
    assert users.headers["sessionid"] == orgs.headers["sessionid"]
    assert bill.partner_logins == 1


def test_wrong_session_kind_is_refused_before_sending() -> None:
    bill = FakeBill()
    partner, org = partner_session(bill), org_session(bill)
    with pytest.raises(SessionScopeError, match="login_as_user") as partner_err:
        get_session_info.sync(client=partner.client)
    body = new_organization()
    with pytest.raises(SessionScopeError, match="PartnerSession") as org_err:
        create_organization.sync(client=org.client, body=body)
    with pytest.raises(SessionScopeError, match="for_organization"):
        list_partner_users.sync(client=partner.client)
    assert partner_err.value.operation == "getSessionInfo"
    assert org_err.value.session_kind == "user"
    assert bill.seen == []


# -- idle expiry --------------------------------------------------------------------------------------------


def test_every_call_restarts_the_idle_clock() -> None:
    bill, clock = FakeBill(), ManualClock()
    with org_session(bill, clock) as session:
        for _ in range(4):
            session_info(session)
            clock.advance(30 * MINUTE)
        assert session.login_count == 1


def test_a_session_about_to_expire_is_renewed_before_the_call() -> None:
    bill, clock = FakeBill(), ManualClock()
    with org_session(bill, clock) as session:
        session_info(session)
        clock.advance(34 * MINUTE + 1)
        session_info(session)
        assert session.login_count == 2
    assert [seen.path for seen in bill.seen] == [
        "/v3/login",
        "/v3/login/session",
        "/v3/login",
        "/v3/login/session",
        "/v3/logout",
    ]
    assert bill.requests_to("/v3/login/session")[1].headers["sessionid"] == sid(2)


def test_bdc_1109_triggers_one_login_and_one_replay() -> None:
    bill = FakeBill()
    with org_session(bill) as session:
        session_info(session)
        bill.expired.add(sid(1))  # BILL dropped the session early (say, another client logged it out)
        assert session_info(session).organization_id == ORG_ID
        assert session.login_count == 2
    replays = bill.requests_to("/v3/login/session")
    assert [seen.headers["sessionid"] for seen in replays] == [sid(1), sid(1), sid(2)]


def test_a_session_refused_twice_raises_session_invalid() -> None:
    bill = FakeBill()
    bill.routes[("GET", "/v3/login/session")] = lambda _: error(401, "BDC_1109", "Session is invalid.")
    session = org_session(bill)
    with pytest.raises(SessionInvalid) as caught:
        session_info(session)
    assert caught.value.code == "BDC_1109"
    assert caught.value.status == 401
    assert caught.value.operation == "getSessionInfo"
    assert bill.logins == 2  # the first sign-in and exactly one renewal
    assert len(bill.requests_to("/v3/login/session")) == 2


def test_replay_resends_the_same_body() -> None:
    bill = FakeBill()
    created = {"id": ORG_ID, "name": "Acme"}
    bill.routes[("POST", "/v3/partner/organizations")] = lambda _: httpx.Response(201, json=created)
    partner = partner_session(bill)
    partner.login()
    bill.expired.add(sid(1))
    body = new_organization()
    organization = create_organization.sync(client=partner.client, body=body)
    assert organization is not None
    assert not isinstance(organization, list)
    assert organization.id == ORG_ID
    first, replay = bill.requests_to("/v3/partner/organizations")
    assert first.body == replay.body
    assert b'"Acme"' in replay.body


# -- one sign-in under concurrency --------------------------------------------------------------------------


def test_32_threads_finding_the_session_expired_sign_in_once() -> None:
    bill = FakeBill()
    session = org_session(bill, limiter=InFlightLimiter(WIDE))
    session.login()
    bill.expired.add(sid(1))
    bill.barrier = threading.Barrier(32)  # every thread's request with s1 waits for the other 31
    with ThreadPoolExecutor(max_workers=32) as pool:
        answers = list(pool.map(lambda _: session_info(session), range(32)))
    assert len(answers) == 32
    assert bill.logins == 2
    assert {seen.headers["sessionid"] for seen in bill.requests_to("/v3/login/session")} == {sid(1), sid(2)}


def test_32_tasks_finding_the_session_expired_sign_in_once() -> None:
    bill = FakeBill()

    async def scenario() -> None:
        session = org_session(bill, is_async=True, limiter=InFlightLimiter(WIDE))
        await session.alogin()
        bill.expired.add(sid(1))
        bill.async_barrier = asyncio.Barrier(32)
        answers = await asyncio.gather(*(get_session_info.asyncio(client=session.client) for _ in range(32)))
        assert all(isinstance(answer, SessionInfo) for answer in answers)
        await session.aclose()

    asyncio.run(scenario())
    assert bill.logins == 2
    assert len(bill.requests_to("/v3/logout")) == 1


def test_32_threads_starting_cold_sign_in_once() -> None:
    bill = FakeBill()
    session = org_session(bill)
    start = threading.Barrier(32)

    def call(_: int) -> SessionInfo:
        start.wait(timeout=10)
        return session_info(session)

    with ThreadPoolExecutor(max_workers=32) as pool:
        list(pool.map(call, range(32)))
    assert bill.logins == 1


# -- partner acting as a user -------------------------------------------------------------------------------


def test_login_as_user_gives_an_org_session_renewed_through_the_partner() -> None:
    bill = FakeBill()
    with partner_session(bill) as partner:
        user = partner.login_as_user(user_id=USER_ID, organization_id=ORG_ID, dev_key=DEV_KEY)
        session_info(user)
        bill.expired.add(sid(2))  # the user's session (sid(1) is the partner's)
        session_info(user)
        assert user.login_count == 2
        assert user.user_id == USER_ID
        user.close()
    assert bill.partner_logins == 1
    assert bill.logins_as_user == 2
    assert bill.logins == 0
    login_as_user = bill.requests_to("/v3/partner/login-as-user")[0]
    assert login_as_user.headers["appkey"] == APP_KEY
    assert b'"userId"' in login_as_user.body
    calls = bill.requests_to("/v3/login/session")
    assert calls[-1].headers["devkey"] == DEV_KEY
    assert calls[-1].headers["sessionid"] == sid(3)


# -- sign-out -----------------------------------------------------------------------------------------------


def test_close_signs_out_and_an_unused_session_sends_nothing() -> None:
    bill = FakeBill()
    with org_session(bill) as session:
        session_info(session)
    assert not session.signed_in
    logout = bill.requests_to("/v3/logout")
    assert len(logout) == 1
    assert logout[0].headers["sessionid"] == sid(1)
    assert logout[0].headers["devkey"] == DEV_KEY
    idle = FakeBill()
    with org_session(idle):
        pass
    assert idle.seen == []


def test_logout_of_an_expired_session_does_not_sign_in_again() -> None:
    bill = FakeBill()
    session = org_session(bill)
    session.login()
    bill.expired.add(sid(1))
    session.logout()
    assert bill.logins == 1
    assert not session.signed_in


def test_close_survives_a_failing_sign_out(caplog: pytest.LogCaptureFixture) -> None:
    bill = FakeBill()
    bill.routes[("POST", "/v3/logout")] = lambda _: httpx.Response(502, text="bad gateway")
    session = org_session(bill)
    session.login()
    with caplog.at_level(logging.WARNING, logger="bill_sdk"):
        session.close()
    assert "sign-out on close failed (UnexpectedResponse)" in caplog.text


# -- typed errors -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "code", "expected"),
    [
        (400, "BDC_1119", InvalidRequest),
        (404, "BDC_1205", NotFound),
        (500, "BDC_1001", ServerError),
        (403, "BDC_1145", Forbidden),
    ],
)
def test_error_answers_become_typed_errors(status: int, code: str, expected: type[Exception]) -> None:
    bill = FakeBill()
    bill.routes[("GET", "/v3/login/session")] = lambda _: error(status, code, "no good")
    with pytest.raises(expected) as caught:
        session_info(org_session(bill))
    assert getattr(caught.value, "code", None) == code
    assert getattr(caught.value, "status", None) == status
    assert "getSessionInfo" in str(caught.value)


@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(500, text="<html>oops</html>"),
        httpx.Response(400, json={"unexpected": "shape"}),
        httpx.Response(200, content=b"{not json", headers={"content-type": "application/json"}),
        httpx.Response(302, headers={"location": "https://elsewhere.test"}),
    ],
)
def test_answers_outside_the_contract_raise_unexpected_response(answer: httpx.Response) -> None:
    bill = FakeBill()
    bill.routes[("GET", "/v3/login/session")] = lambda _: answer
    with pytest.raises(UnexpectedResponse) as caught:
        session_info(org_session(bill))
    assert caught.value.operation == "getSessionInfo"
    assert caught.value.status == answer.status_code


def test_bad_credentials_are_not_retried() -> None:
    bill = FakeBill()
    session = OrgSession(
        BASE_URL,
        dev_key=DEV_KEY,
        username="ada@example.com",
        password="wrong-password",  # noqa: S106 - test credential
        organization_id=ORG_ID,
        httpx_args={"transport": bill.transport()},
    )
    with pytest.raises(AuthenticationFailed) as caught:
        session_info(session)
    assert caught.value.code == "BDC_1101"
    assert caught.value.operation == "login"
    assert len(bill.requests_to("/v3/login")) == 1
    assert "wrong-password" not in str(caught.value)  # BILL echoed it; the redactor took it out


# -- secrets ------------------------------------------------------------------------------------------------


def test_no_secret_in_reprs_logs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    bill = FakeBill()
    bill.routes[("GET", "/v3/login/session")] = lambda request: error(
        400, "BDC_1119", f"Invalid field,value: sessionId, {request.headers['sessionId']} key {DEV_KEY}"
    )
    session = org_session(bill)
    with caplog.at_level(logging.DEBUG), pytest.raises(InvalidRequest) as caught:
        session_info(session)
    texts = [repr(session), str(caught.value), repr(caught.value), caplog.text, repr(session.client)]
    texts += [repr(item) for item in caught.value.errors]
    for secret in (PASSWORD, DEV_KEY, sid(1)):
        for text in texts:
            assert secret not in text, text
    assert "***" in str(caught.value)
