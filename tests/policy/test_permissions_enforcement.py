"""Sessions enforce the permission table through the generated clients: a denied call raises PermissionDenied
before anything is sent (the transport sees no request, not even a sign-in); an allowed one goes out."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

from bill_sdk import (
    ManualClock,
    OrgSession,
    PartnerSession,
    PermissionDenied,
    PermissionTable,
    SessionScopeError,
)
from bill_sdk.v2 import TokenSession, UserSession, form, session_form
from bill_v2.api.ap_transactions import pay_bills
from bill_v2.api.approvals import approve, set_approvers
from bill_v2.api.invoices import mail_invoice, send_invoice
from bill_v2.api.session import get_session_info as v2_session_info
from bill_v2.api.users import crud_create_user
from bill_v2.api.vendors import crud_create_vendor, crud_create_vendor_bank_account
from bill_v3.api.vendors import list_vendors
from bill_v3_events.api.subscriptions import list_subscriptions

from .fakebill import APP_KEY, BASE_URL, DEV_KEY, ORG_ID, PASSWORD, USER_ID, FakeBill
from .permission_support import SHIPPED, edit, table

V2_BASE = "https://bill.test/api"
TOKEN = "sync-token-value-0123456789"  # noqa: S105 - test credential
INVOICE_ALLOW = "      allow: [create, read, list, update, delete, undelete, record-payment]"
SEND = "        send: Sync-token sessions cannot send invoices; sign in as a user to send.\n"


@dataclass
class FakeV2:
    """A BILL v2 that signs everyone in and answers every other call with an empty success envelope."""

    seen: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        endpoint = request.url.path.removeprefix("/api")
        self.seen.append((endpoint, dict(parse_qsl(request.content.decode(errors="replace")))))
        data: Any = {}
        if endpoint == "/v2/Login.json":
            data = {"sessionId": f"s{len(self.seen)}", "orgId": ORG_ID, "apiEndPoint": V2_BASE, "usersId": USER_ID}
        if endpoint == "/v2/GetSessionInfo.json":
            data = {"organizationId": ORG_ID, "userId": USER_ID}
        if endpoint == "/v2/Crud/Create/Vendor.json":
            data = {"entity": "Vendor", "id": "00901GYCSRGZVFZ2r8ar", "name": "Acme"}
        return httpx.Response(200, json={"response_status": 0, "response_message": "Success", "response_data": data})

    def endpoints(self) -> list[str]:
        return [endpoint for endpoint, _ in self.seen]


def token_session(fake: FakeV2, **kwargs: Any) -> TokenSession:
    return TokenSession(
        V2_BASE,
        dev_key=DEV_KEY,
        token_name="erp-sync",  # noqa: S106 - test credential
        token=TOKEN,
        organization_id=ORG_ID,
        httpx_args={"transport": httpx.MockTransport(fake)},
        **kwargs,
    )


def user_session(fake: FakeV2, **kwargs: Any) -> UserSession:
    return UserSession(
        V2_BASE,
        dev_key=DEV_KEY,
        username="ada@example.com",
        password=PASSWORD,
        organization_id=ORG_ID,
        httpx_args={"transport": httpx.MockTransport(fake)},
        **kwargs,
    )


@pytest.fixture(autouse=True)
def _shipped_table(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BILL_PERMISSIONS", raising=False)


# -- v2: token sessions ------------------------------------------------------------------------------------

DENIED: list[tuple[str, Callable[[TokenSession], object]]] = [
    ("sendInvoice", lambda bill: send_invoice.sync(client=bill.client, body=form({"invoiceId": "00e01"}))),
    ("mailInvoice", lambda bill: mail_invoice.sync(client=bill.client, body=form({"invoiceId": "00e01"}))),
    ("payBills", lambda bill: pay_bills.sync(client=bill.client, body=form({"billPays": []}))),
    ("approve", lambda bill: approve.sync(client=bill.client, body=form({"objectId": "00n01"}))),
    ("setApprovers", lambda bill: set_approvers.sync(client=bill.client, body=form({"objectId": "00n01"}))),
    ("crudCreateUser", lambda bill: crud_create_user.sync(client=bill.client, body=form({"obj": {}}))),
    (
        "crudCreateVendorBankAccount",
        lambda bill: crud_create_vendor_bank_account.sync(client=bill.client, body=form({"obj": {}})),
    ),
]


@pytest.mark.parametrize(("operation", "call"), DENIED, ids=[name for name, _ in DENIED])
def test_a_token_session_is_denied_before_anything_is_sent(
    operation: str, call: Callable[[TokenSession], object]
) -> None:
    fake = FakeV2()
    with token_session(fake) as bill, pytest.raises(PermissionDenied) as raised:
        call(bill)
    assert fake.seen == [], "not even a sign-in: the table decided first"
    denied = raised.value
    decision = SHIPPED.decide("v2", operation, "token")
    assert isinstance(denied, SessionScopeError), "callers catching SessionScopeError keep working"
    assert (denied.session_kind, denied.operation, denied.api) == ("token", operation, "v2")
    assert (denied.bill_object, denied.action) == (decision.bill_object, decision.action)
    assert (denied.entry, denied.line, denied.table) == (decision.entry, decision.line, SHIPPED.source)
    assert denied.reason == decision.reason
    assert denied.reason in str(denied)
    assert TOKEN not in str(denied)
    assert DEV_KEY not in str(denied)


def test_an_mfa_protected_denial_says_so() -> None:
    with token_session(FakeV2()) as bill, pytest.raises(PermissionDenied) as raised:
        crud_create_vendor_bank_account.sync(client=bill.client, body=form({"obj": {}}))
    assert raised.value.mfa_required
    assert "MFA" in raised.value.reason


def test_a_token_session_makes_the_calls_the_seed_allows() -> None:
    fake = FakeV2()
    with token_session(fake) as bill:
        crud_create_vendor.sync(client=bill.client, body=form({"obj": {"entity": "Vendor", "name": "Acme"}}))
        v2_session_info.sync(client=bill.client, body=session_form())
    assert fake.endpoints()[:3] == ["/v2/Login.json", "/v2/Crud/Create/Vendor.json", "/v2/GetSessionInfo.json"]


def test_the_async_twins_are_denied_before_sending_too() -> None:
    fake = FakeV2()

    async def scenario() -> None:
        async with token_session(fake) as bill:
            with pytest.raises(PermissionDenied, match="cannot send invoices"):
                await send_invoice.asyncio(client=bill.client, body=form({"invoiceId": "00e01"}))
            await crud_create_vendor.asyncio(client=bill.client, body=form({"obj": {"entity": "Vendor", "name": "A"}}))

    asyncio.run(scenario())
    assert "/v2/SendInvoice.json" not in fake.endpoints()
    assert "/v2/Crud/Create/Vendor.json" in fake.endpoints()


def test_a_raw_request_the_spec_does_not_know_is_refused_to_tokens_only() -> None:
    fake = FakeV2()
    with token_session(fake) as bill, pytest.raises(PermissionDenied, match="fail-closed"):
        bill.client.get_httpx_client().post("/v2/NotInTheSpec.json", data={"data": "{}"})
    assert fake.seen == []
    with user_session(fake) as bill:
        bill.client.get_httpx_client().post("/v2/NotInTheSpec.json", data={"data": "{}"})
    assert "/v2/NotInTheSpec.json" in fake.endpoints()


def test_a_user_session_sends_what_tokens_may_not() -> None:
    fake = FakeV2()
    with user_session(fake) as bill:
        send_invoice.sync(client=bill.client, body=form({"invoiceId": "00e01"}))
    assert "/v2/SendInvoice.json" in fake.endpoints()


# -- choosing the table ------------------------------------------------------------------------------------


def tokens_may_send() -> str:
    return edit(INVOICE_ALLOW, INVOICE_ALLOW[:-1] + ", send]", edit(SEND, ""))


def test_permissions_takes_a_path_or_a_table(tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text(tokens_may_send())
    for permissions in (str(mine), mine, PermissionTable.from_path(mine)):
        fake = FakeV2()
        with token_session(fake, permissions=permissions) as bill:
            send_invoice.sync(client=bill.client, body=form({"invoiceId": "00e01"}))
            assert bill.permissions.source == str(mine)
        assert "/v2/SendInvoice.json" in fake.endpoints()


def test_bill_permissions_names_the_table_sessions_use(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text(tokens_may_send())
    monkeypatch.setenv("BILL_PERMISSIONS", str(mine))
    fake = FakeV2()
    with token_session(fake) as bill:
        send_invoice.sync(client=bill.client, body=form({"invoiceId": "00e01"}))
    assert "/v2/SendInvoice.json" in fake.endpoints()


def test_the_idle_timeout_of_each_kind_comes_from_the_table() -> None:
    fast = table(edit("    idle-timeout: 35m\n    mfa: true\n", "    idle-timeout: 10m\n    mfa: true\n"))
    fake, clock = FakeV2(), ManualClock()
    with user_session(fake, clock=clock, permissions=fast) as bill:
        v2_session_info.sync(client=bill.client, body=session_form())
        clock.advance(9 * 60 + 1)  # within a minute of the table's 10 minutes: renewed before the call
        v2_session_info.sync(client=bill.client, body=session_form())
        assert bill.login_count == 2
    fake, clock = FakeV2(), ManualClock()
    with token_session(fake, clock=clock) as bill:  # the shipped table: never
        v2_session_info.sync(client=bill.client, body=session_form())
        clock.advance(1000 * 3600)
        v2_session_info.sync(client=bill.client, body=session_form())
        assert bill.login_count == 1


# -- v3 and the webhooks API -------------------------------------------------------------------------------

USERS_MAY_NOT_READ_VENDORS = edit(
    "    mfa-required: [create-bank-account, delete-bank-account]\n",
    "    mfa-required: [create-bank-account, delete-bank-account]\n"
    "    user:\n      deny:\n        read: This integration does not read vendors; ask the AP team.\n",
)


def org_session(bill: FakeBill, **kwargs: Any) -> OrgSession:
    return OrgSession(
        BASE_URL,
        dev_key=DEV_KEY,
        username="ada@example.com",
        password=PASSWORD,
        organization_id=ORG_ID,
        httpx_args={"transport": bill.transport()},
        **kwargs,
    )


def test_an_org_session_enforces_its_table_before_sending() -> None:
    fake = FakeBill(routes={("GET", "/v3/vendors"): lambda request: httpx.Response(200, json={"results": []})})
    with org_session(fake) as session:
        list_vendors.sync(client=session.client)
    assert [seen.path for seen in fake.seen[:2]] == ["/v3/login", "/v3/vendors"]
    fake = FakeBill()
    with org_session(fake, permissions=table(USERS_MAY_NOT_READ_VENDORS)) as session:
        with pytest.raises(PermissionDenied, match="ask the AP team") as raised:
            list_vendors.sync(client=session.client)
        assert raised.value.entry == "objects.vendor.user.deny.read"
    assert fake.seen == []


def test_the_async_v3_flow_is_denied_before_sending() -> None:
    fake = FakeBill()

    async def scenario() -> None:
        session = OrgSession(
            BASE_URL,
            dev_key=DEV_KEY,
            username="ada@example.com",
            password=PASSWORD,
            organization_id=ORG_ID,
            httpx_args={"transport": fake.async_transport()},
            permissions=table(USERS_MAY_NOT_READ_VENDORS),
        )
        async with session:
            with pytest.raises(PermissionDenied):
                await list_vendors.asyncio(client=session.client)

    asyncio.run(scenario())
    assert fake.seen == []


def test_a_partner_session_is_kept_to_partner_operations() -> None:
    fake = FakeBill()
    partner = PartnerSession(
        BASE_URL, app_key=APP_KEY, username="partner", password=PASSWORD, httpx_args={"transport": fake.transport()}
    )
    with partner, pytest.raises(PermissionDenied, match=r"login_as_user") as raised:
        list_vendors.sync(client=partner.client)
    assert raised.value.entry == "scope.partner.reason"
    assert fake.seen == []


def test_a_partners_login_as_user_session_keeps_the_partners_table() -> None:
    fake = FakeBill()
    strict = table(USERS_MAY_NOT_READ_VENDORS)
    partner = PartnerSession(
        BASE_URL,
        app_key=APP_KEY,
        username="partner",
        password=PASSWORD,
        httpx_args={"transport": fake.transport()},
        permissions=strict,
    )
    user = partner.login_as_user(user_id=USER_ID, organization_id=ORG_ID, dev_key=DEV_KEY)
    assert user.permissions is strict
    with pytest.raises(PermissionDenied):
        list_vendors.sync(client=user.client)
    assert fake.seen == []


def test_the_webhooks_client_is_judged_as_the_events_api() -> None:
    no_webhooks = edit(
        "    about: Webhook subscriptions and events (the webhooks API, with an organization session).\n",
        "    about: Webhook subscriptions and events (the webhooks API, with an organization session).\n"
        "    user:\n      deny:\n        read: Webhooks are managed by the platform team; ask them.\n",
    )
    fake = FakeBill()
    with org_session(fake, permissions=table(no_webhooks)) as session:
        with pytest.raises(PermissionDenied) as raised:
            list_subscriptions.sync(client=session.events_client)
        assert raised.value.api == "events"
    assert fake.seen == []


def test_a_denial_never_carries_a_secret() -> None:
    fake = FakeBill()
    with (
        org_session(fake, permissions=table(USERS_MAY_NOT_READ_VENDORS)) as session,
        pytest.raises(PermissionDenied) as raised,
    ):
        list_vendors.sync(client=session.client)
    text = json.dumps(vars(raised.value), default=str) + str(raised.value) + repr(raised.value)
    assert PASSWORD not in text
    assert DEV_KEY not in text
