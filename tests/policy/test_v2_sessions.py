"""The v2 policy layer over the generated bill_v2 client, against a scripted BILL v2 (httpx.MockTransport):
credentials in the form, the envelope read (errors with HTTP 200), renewal and replay, token sessions, paging."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

from bill_sdk import ManualClock, RetryPolicy
from bill_sdk._forms import with_fields
from bill_sdk.errors import AuthenticationFailed, Forbidden, InvalidRequest, SessionInvalid, UnexpectedResponse
from bill_sdk.v2 import (
    TOKEN_IDLE_TIMEOUT_48H,
    TokenSession,
    UserSession,
    alist_orgs,
    apaginate_v2,
    form,
    list_orgs,
    paginate_v2,
    result,
    session_form,
)
from bill_v2.api.accounts_tracking import list_chart_of_account
from bill_v2.api.mfa import mfa_challenge
from bill_v2.api.session import get_session_info
from bill_v2.models import ListFilter, ListFilterOp, MfaChallenge, MfaChallengeData, SessionInfo

BASE = "https://bill.test/api"
DEV_KEY = "dev-key-0123456789"
PASSWORD = "hunter2-password"  # noqa: S105 - test credential
TOKEN = "sync-token-value-0123456789"  # noqa: S105 - test credential
TOKEN_NAME = "erp-sync"  # noqa: S105 - test credential
WRONG_PASSWORD = "wrong-password"  # noqa: S105 - test credential
ORG = "00802AAAAAAAAAAAAAAA"


def envelope(data: Any) -> httpx.Response:
    return httpx.Response(200, json={"response_status": 0, "response_message": "Success", "response_data": data})


def failure(code: str, message: str, status: int = 200) -> httpx.Response:
    body = {"error_code": code, "error_message": message}
    return httpx.Response(status, json={"response_status": 1, "response_message": "Error", "response_data": body})


@dataclass
class FakeV2:
    """BILL v2 in miniature: sessions s1, s2, ... in sign-in order; `expired` ones get BDC_1109."""

    expired: set[str] = field(default_factory=set)
    forms: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    logins: int = 0
    routes: dict[str, Callable[[dict[str, str]], httpx.Response]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        endpoint = request.url.path.removeprefix("/api")
        fields = dict(parse_qsl(request.content.decode(), keep_blank_values=True))
        with self.lock:
            self.forms.append((endpoint, fields))
        if endpoint == "/v2/Login.json":
            if fields.get("password") not in (PASSWORD, TOKEN):
                return failure("BDC_1101", "User name and/or password do not match our records.")
            with self.lock:
                self.logins += 1
                number = self.logins
            return envelope({"sessionId": f"s{number}", "orgId": ORG, "apiEndPoint": BASE, "usersId": "00602X"})
        if endpoint == "/v2/ListOrgs.json":
            if endpoint in self.routes:
                return self.routes[endpoint](fields)
            return envelope([{"orgId": ORG, "orgName": "Acme"}])
        if fields.get("devKey") != DEV_KEY:
            return failure("BDC_1102", "Developer key is invalid.")
        if fields.get("sessionId") in self.expired or not fields.get("sessionId", "").startswith("s"):
            return failure("BDC_1109", "Session is invalid.  Please log in.")
        if endpoint == "/v2/Logout.json":
            self.expired.add(fields["sessionId"])
            return envelope({})
        if endpoint in self.routes:
            return self.routes[endpoint](fields)
        return envelope({"organizationId": ORG, "userId": "00602X"})

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)

    def sent(self, endpoint: str) -> list[dict[str, str]]:
        return [fields for path, fields in self.forms if path == endpoint]


def user_session(fake: FakeV2, **kwargs: Any) -> UserSession:
    return UserSession(
        BASE,
        dev_key=DEV_KEY,
        username="ada@example.com",
        password=PASSWORD,
        organization_id=ORG,
        httpx_args={"transport": fake.transport()},
        **kwargs,
    )


def token_session(fake: FakeV2, **kwargs: Any) -> TokenSession:
    return TokenSession(
        BASE,
        dev_key=DEV_KEY,
        token_name=TOKEN_NAME,
        token=TOKEN,
        organization_id=ORG,
        httpx_args={"transport": fake.transport()},
        **kwargs,
    )


def session_info(session: UserSession | TokenSession) -> SessionInfo:
    return result(get_session_info.sync(client=session.client, body=session_form()), SessionInfo)


def test_login_sends_the_form_and_later_calls_carry_devkey_and_session() -> None:
    fake = FakeV2()
    with user_session(fake) as bill:
        assert session_info(bill).organization_id == ORG
    [login] = fake.sent("/v2/Login.json")
    assert login == {"userName": "ada@example.com", "password": PASSWORD, "orgId": ORG, "devKey": DEV_KEY}
    [call] = fake.sent("/v2/GetSessionInfo.json")
    assert (call["devKey"], call["sessionId"]) == (DEV_KEY, "s1")
    assert fake.sent("/v2/Logout.json") == [{"devKey": DEV_KEY, "sessionId": "s1"}], "closing signs out"


def test_form_serialises_the_typed_data_model() -> None:
    fake = FakeV2(routes={"/v2/MFAChallenge.json": lambda fields: envelope({"challengeId": "c-1"})})
    with user_session(fake) as bill:
        answer = mfa_challenge.sync(client=bill.client, body=form(MfaChallengeData(use_backup=False)))
        assert result(answer, MfaChallenge).challenge_id == "c-1"
    [sent] = fake.sent("/v2/MFAChallenge.json")
    assert json.loads(sent["data"]) == {"useBackup": False}


@pytest.mark.parametrize(
    ("code", "error"),
    [("BDC_1119", InvalidRequest), ("BDC_1145", Forbidden), ("BDC_1101", AuthenticationFailed)],
)
def test_an_error_envelope_with_http_200_raises_the_typed_error(code: str, error: type[Exception]) -> None:
    fake = FakeV2(routes={"/v2/MFAChallenge.json": lambda fields: failure(code, f"refused {PASSWORD}")})
    with user_session(fake) as bill, pytest.raises(error) as raised:
        mfa_challenge.sync(client=bill.client, body=form(MfaChallengeData()))
    assert raised.value.code == code  # type: ignore[attr-defined]
    assert raised.value.status == 200  # type: ignore[attr-defined]
    assert raised.value.operation == "mfaChallenge"  # type: ignore[attr-defined]
    assert PASSWORD not in str(raised.value), "a secret BILL echoed is scrubbed"


def test_a_wrong_password_fails_the_sign_in_with_its_code() -> None:
    fake = FakeV2()
    bill = UserSession(
        BASE,
        dev_key=DEV_KEY,
        username="a",
        password=WRONG_PASSWORD,
        organization_id=ORG,
        httpx_args={"transport": fake.transport()},
    )
    with pytest.raises(AuthenticationFailed) as raised:
        bill.login()
    assert raised.value.code == "BDC_1101"
    assert raised.value.operation == "login"


def test_bdc_1109_signs_in_again_and_replays_once() -> None:
    fake = FakeV2()
    with user_session(fake) as bill:
        bill.login()
        fake.expired.add("s1")
        session_info(bill)
        assert [fields["sessionId"] for fields in fake.sent("/v2/GetSessionInfo.json")] == ["s1", "s2"]
        assert bill.login_count == 2


def test_a_second_bdc_1109_is_raised() -> None:
    fake = FakeV2()
    fake.routes["/v2/GetSessionInfo.json"] = lambda fields: failure("BDC_1109", "Session is invalid.  Please log in.")
    with user_session(fake) as bill, pytest.raises(SessionInvalid):
        session_info(bill)
    assert fake.logins == 2, "one renewal, then the error"


def test_a_user_session_renews_before_35_idle_minutes() -> None:
    fake, clock = FakeV2(), ManualClock()
    with user_session(fake, clock=clock) as bill:
        session_info(bill)
        clock.advance(34 * 60 + 1)
        session_info(bill)
        assert fake.logins == 2, "renewed ahead of BILL's 35-minute limit, without a refused call"
    assert not [
        fields for fields in fake.sent("/v2/GetSessionInfo.json") if fields["sessionId"] in fake.expired - {"s2"}
    ]


def test_a_token_session_signs_in_with_the_token_and_does_not_expire_by_default() -> None:
    fake, clock = FakeV2(), ManualClock()
    with token_session(fake, clock=clock) as bill:
        session_info(bill)
        clock.advance(100 * 3600)
        session_info(bill)
        assert fake.logins == 1
    [login] = fake.sent("/v2/Login.json")
    assert (login["userName"], login["password"]) == (TOKEN_NAME, TOKEN)


def test_a_token_session_can_follow_bills_48_hour_rule() -> None:
    fake, clock = FakeV2(), ManualClock()
    with token_session(fake, clock=clock, idle_timeout=TOKEN_IDLE_TIMEOUT_48H) as bill:
        session_info(bill)
        clock.advance(47 * 3600)
        session_info(bill)
        clock.advance(48 * 3600)
        session_info(bill)
        assert fake.logins == 2


def test_a_token_session_recovers_when_bill_ends_it_anyway() -> None:
    fake = FakeV2()
    with token_session(fake) as bill:
        session_info(bill)
        fake.expired.add("s1")
        session_info(bill)
        assert fake.logins == 2


def test_many_threads_share_one_sign_in() -> None:
    fake = FakeV2()
    with user_session(fake) as bill:
        threads = [threading.Thread(target=session_info, args=(bill,)) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert fake.logins == 1


def test_the_concurrency_limit_is_retried_with_backoff() -> None:
    answers = iter([failure("BDC_1322", "Max number of concurrent requests per organization reached."), None])
    fake = FakeV2()
    fake.routes["/v2/GetSessionInfo.json"] = lambda fields: (
        next(answers) or envelope({"organizationId": ORG, "userId": "u"})
    )
    waits: list[float] = []
    with user_session(fake, retry=RetryPolicy(sleep=waits.append)) as bill:
        session_info(bill)
    assert waits == [1.0]


def test_an_answer_that_is_not_an_envelope_is_unexpected() -> None:
    fake = FakeV2(routes={"/v2/GetSessionInfo.json": lambda fields: httpx.Response(200, json={"sessionId": "x"})})
    with user_session(fake) as bill, pytest.raises(UnexpectedResponse):
        session_info(bill)


def test_list_orgs_needs_no_session() -> None:
    fake = FakeV2()
    orgs = list_orgs(
        BASE, dev_key=DEV_KEY, username="ada", password=PASSWORD, httpx_args={"transport": fake.transport()}
    )
    assert [(org.org_id, org.org_name) for org in orgs] == [(ORG, "Acme")]
    assert fake.logins == 0


def test_alist_orgs_is_the_async_twin_and_raises_bills_error() -> None:
    fake = FakeV2()
    args = {"transport": fake.transport()}
    orgs = asyncio.run(alist_orgs(BASE, dev_key=DEV_KEY, username="ada", password=PASSWORD, httpx_args=args))
    assert [org.org_id for org in orgs] == [ORG]
    fake.routes["/v2/ListOrgs.json"] = lambda fields: failure("BDC_1101", f"no match for {PASSWORD}")
    with pytest.raises(AuthenticationFailed) as refused:
        list_orgs(BASE, dev_key=DEV_KEY, username="ada", password=PASSWORD, httpx_args=args)
    assert refused.value.operation == "listOrgs"
    assert PASSWORD not in str(refused.value)


def _accounts(total: int) -> Callable[[dict[str, str]], httpx.Response]:
    def answer(fields: dict[str, str]) -> httpx.Response:
        data = json.loads(fields["data"])
        start, size = data["start"], data["max"]
        rows = [
            {"entity": "ChartOfAccount", "id": f"0ca{n:017d}", "name": f"A{n}"}
            for n in range(start, min(total, start + size))
        ]
        return envelope(rows)

    return answer


def test_paginate_v2_walks_pages_until_a_short_one() -> None:
    fake = FakeV2(routes={"/v2/List/ChartOfAccount.json": _accounts(2500)})
    with user_session(fake) as bill:
        names = [account.name for account in paginate_v2(list_chart_of_account.sync, client=bill.client)]
    assert len(names) == 2500
    assert names[:2] == ["A0", "A1"]
    pages = [json.loads(fields["data"]) for fields in fake.sent("/v2/List/ChartOfAccount.json")]
    assert [(page["start"], page["max"]) for page in pages] == [(0, 999), (999, 999), (1998, 999)]


def test_paginate_v2_sends_filters_and_resumes_from_start() -> None:
    fake = FakeV2(routes={"/v2/List/ChartOfAccount.json": _accounts(30)})
    isactive = ListFilter(field="isActive", op=ListFilterOp.EQ, value="1")
    with user_session(fake) as bill:
        rows = list(
            paginate_v2(list_chart_of_account.sync, client=bill.client, filters=[isactive], page_size=10, start=20)
        )
    assert len(rows) == 10
    first = json.loads(fake.sent("/v2/List/ChartOfAccount.json")[0]["data"])
    assert first["filters"] == [{"field": "isActive", "op": "=", "value": "1"}]
    with pytest.raises(ValueError, match="page_size"):
        next(paginate_v2(list_chart_of_account.sync, client=None, page_size=1000))


def test_async_twins() -> None:
    fake = FakeV2(routes={"/v2/List/ChartOfAccount.json": _accounts(1200)})

    async def run() -> int:
        async with user_session(fake) as bill:
            await bill.alogin()
            info = await get_session_info.asyncio(client=bill.client, body=session_form())
            assert result(info, SessionInfo).organization_id == ORG
            return len([row async for row in apaginate_v2(list_chart_of_account.asyncio, client=bill.client)])

    assert asyncio.run(run()) == 1200
    assert fake.sent("/v2/Logout.json"), "async close signs out"


def test_secrets_stay_out_of_repr() -> None:
    bill = user_session(FakeV2())
    assert PASSWORD not in repr(bill)
    assert DEV_KEY not in repr(bill)


def test_multipart_forms_get_their_credentials_replaced() -> None:
    files = {"file": ("a.pdf", b"%PDF-1.4", "application/pdf")}
    request = httpx.Request("POST", f"{BASE}/v2/UploadAttachment.json", data={"devKey": "-", "data": "{}"}, files=files)
    request.read()
    filled = with_fields(request, {"devKey": DEV_KEY, "sessionId": "s9"})
    body = filled.content
    assert body.count(b'name="devKey"') == 1
    assert f'name="devKey"\r\n\r\n{DEV_KEY}\r\n'.encode() in body
    assert b'name="sessionId"\r\n\r\ns9\r\n' in body
    assert b"%PDF-1.4" in body
    assert filled.headers["Content-Type"] == request.headers["Content-Type"]
