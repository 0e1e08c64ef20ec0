"""BILL's webhooks API in the mock (/connect-events): subscriptions, idempotency, signed delivery, retries."""

from __future__ import annotations

import asyncio
import json
import threading
import uuid
from collections.abc import AsyncIterator, Mapping
from typing import Any

import httpx
import jsonschema_rs
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

import bill_spec
from bill_mock import MockClock, running, webhooks
from bill_mock.mock import Mock
from bill_mock.webhook_api import EVENT_HANDLERS
from bill_sdk.webhooks import parse_notification, verify_signature
from tests.mock.ar_support import Ar
from tests.mock.support import Bill, Client, error_code, error_message, spec_body
from tests.mock.test_bills import bill_body, new_bill
from tests.mock.test_vendors import new_vendor

EVENTS = "/connect-events"
DOCUMENT = bill_spec.load(bill_spec.EVENTS_SPEC)
INDEX = bill_spec.events_index()
LOOPBACK_URL = "http://127.0.0.1:9/hooks/bill"


def new_key() -> str:
    return str(uuid.uuid4())


def subscription_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "name": "Bill management",
        "status": {"enabled": True},
        "events": [{"type": "vendor.created", "version": "1"}, {"type": "bill.created", "version": "1"}],
        "notificationUrl": LOOPBACK_URL,
    }
    return {**body, **overrides}


class Hooks:
    """Calls into the webhooks API with the sandbox organization's session."""

    def __init__(self, bill: Bill, headers: dict[str, str] | None = None) -> None:
        self.bill = bill
        self.headers = headers if headers is not None else bill.org_headers()

    def call(self, method: str, path: str, headers: Mapping[str, str] | None = None, **kwargs: Any) -> httpx.Response:
        return self.bill.client.request(method, EVENTS + path, headers={**self.headers, **(headers or {})}, **kwargs)

    def create(self, key: str | None = None, **overrides: Any) -> httpx.Response:
        headers = {webhooks.IDEMPOTENCY_HEADER: key or new_key()}
        return self.call("POST", "/v3/subscriptions", headers, json=subscription_body(**overrides))

    def created(self, **overrides: Any) -> dict[str, Any]:
        response = self.create(**overrides)
        assert response.status_code == 200, response.text
        created: dict[str, Any] = response.json()
        return created

    def rotate(self, subscription_id: str, key: str | None = None) -> httpx.Response:
        headers = {webhooks.IDEMPOTENCY_HEADER: key or new_key()}
        return self.call("POST", f"/v3/subscriptions/{subscription_id}/security_key", headers)

    def history(self, subscription_id: str, **params: Any) -> dict[str, Any]:
        response = self.call("GET", f"/v3/events/subscription/{subscription_id}", params=params)
        assert response.status_code == 200, response.text
        page: dict[str, Any] = response.json()
        return page


class Receiver:
    """An httpx transport standing in for the notification URL; answers with the scripted statuses."""

    def __init__(self, *statuses: int | type[httpx.TransportError]) -> None:
        self.script = list(statuses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.script.pop(0) if self.script else 200
        if isinstance(answer, type):
            raise answer("scripted failure", request=request)
        return httpx.Response(answer)

    def install(self, app: Starlette) -> Receiver:
        setattr(app.state, webhooks.TRANSPORT_STATE, httpx.MockTransport(self))
        return self


@pytest.fixture
def hooks(bill: Bill) -> Hooks:
    return Hooks(bill)


def emit(mock: Mock, event_type: str, payload: dict[str, Any], organization_id: str | None = None) -> list[str]:
    with mock.lock:
        org = organization_id or mock.seeded.organization_id
        return webhooks.emit(mock.store, org, event_type, payload, mock.clock.now())


def deliver(client: Client) -> list[dict[str, Any]]:
    response = client.post("/_mock/webhooks/deliver")
    assert response.status_code == 200, response.text
    deliveries: list[dict[str, Any]] = response.json()["deliveries"]
    return deliveries


def advance(client: Client, seconds: float) -> None:
    assert client.post("/_mock/clock/advance", json={"seconds": seconds}).status_code == 200


VENDOR = {"id": "00902ABCDEFGHIJKLMNO", "name": "Happy Music Supplies", "archived": False}


# the API surface


def test_every_events_operation_has_a_handler_and_no_other() -> None:
    assert set(EVENT_HANDLERS) == {operation.operation_id for operation in INDEX}
    assert {operation.bill_object for operation in INDEX} == {"webhook"}
    assert {operation.scope for operation in INDEX} == {"organization"}


def test_the_catalog_lists_each_event_with_its_versions_and_matches_the_spec(hooks: Hooks) -> None:
    response = hooks.call("GET", "/v3/events/catalog")
    assert response.status_code == 200
    catalog = response.json()
    assert {"type": "bill.created", "versions": ["1"]} in catalog
    types = [entry["type"] for entry in catalog]
    assert types == DOCUMENT["components"]["schemas"]["EventType"]["enum"]
    assert {"vendor.archived", "payment.failed", "invoice.restored", "risk-verification.updated"} <= set(types)


def test_the_webhooks_api_needs_a_session_and_lives_under_its_own_base(bill: Bill, hooks: Hooks) -> None:
    assert error_code(bill.client.get(EVENTS + "/v3/events/catalog")) == "BDC_1102"
    assert hooks.call("GET", "/v3/events/catalog", {"sessionId": "nope"}).status_code == 401
    assert error_code(hooks.call("GET", "/v3/login/session")) == "BDC_1121"
    assert bill.call("GET", "/v3/subscriptions", hooks.headers).status_code == 404


# subscriptions


def test_create_shows_the_security_key_once(hooks: Hooks, mock: Mock) -> None:
    created = hooks.created()
    assert uuid.UUID(created["id"]).version == 4
    assert created["organizationId"] == mock.seeded.organization_id
    assert created["status"] == {"enabled": True}
    assert created["events"] == subscription_body()["events"]
    assert created["notificationUrl"] == LOOPBACK_URL
    assert created["createdTime"] == created["updatedTime"] == "2026-01-01T00:00:00.000+00:00"
    assert len(created["securityKey"]) >= 32
    read = hooks.call("GET", f"/v3/subscriptions/{created['id']}").json()
    assert "securityKey" not in read
    assert read == {key: value for key, value in created.items() if key != "securityKey"}
    listed = hooks.call("GET", "/v3/subscriptions").json()
    assert listed == {"results": [read]}


def test_create_needs_the_required_fields_and_a_catalog_event(hooks: Hooks) -> None:
    for field in ("name", "status", "events", "notificationUrl"):
        body = subscription_body()
        del body[field]
        response = hooks.call("POST", "/v3/subscriptions", {webhooks.IDEMPOTENCY_HEADER: new_key()}, json=body)
        assert response.status_code == 400
        assert error_code(response) == "BDC_1117"
        assert field in error_message(response)
    assert error_code(hooks.create(status={})) == "BDC_1117"
    assert error_code(hooks.create(events=[])) == "BDC_1119"
    assert error_code(hooks.create(events=[{"type": "spend.transaction.updated", "version": "1"}])) == "BDC_1119"
    assert error_code(hooks.create(events=[{"type": "bill.created", "version": "2"}])) == "BDC_1119"


@pytest.mark.parametrize(
    "url",
    ["https://hooks.example.com/bill", "http://127.0.0.1:8080/hook", "http://localhost/hook", "http://localhost:9"],
)
def test_https_urls_and_loopback_http_urls_are_accepted(hooks: Hooks, url: str) -> None:
    assert hooks.create(notificationUrl=url).status_code == 200


@pytest.mark.parametrize(
    "url", ["http://hooks.example.com/bill", "http://127.0.0.2/hook", "ftp://127.0.0.1/", "https://", "hook"]
)
def test_other_urls_are_refused(hooks: Hooks, url: str) -> None:
    response = hooks.create(notificationUrl=url)
    assert response.status_code == 400
    assert error_code(response) == "BDC_1119"


def test_an_organization_has_at_most_ten_subscriptions(hooks: Hooks) -> None:
    for number in range(webhooks.MAX_SUBSCRIPTIONS):
        hooks.created(notificationUrl=f"https://hooks.example.com/{number}")
    response = hooks.create(notificationUrl="https://hooks.example.com/eleventh")
    assert response.status_code == 400
    assert error_code(response) == "BDC_1119"
    assert "at most 10 subscriptions" in error_message(response)
    first = hooks.call("GET", "/v3/subscriptions", params={"max": 1}).json()
    assert hooks.call("DELETE", f"/v3/subscriptions/{first['results'][0]['id']}").status_code == 200
    assert hooks.create(notificationUrl="https://hooks.example.com/eleventh").status_code == 200


def test_the_same_events_and_url_twice_is_refused_in_any_order(hooks: Hooks) -> None:
    first = hooks.created()
    reordered = list(reversed(subscription_body()["events"]))
    response = hooks.create(events=reordered, name="another name")
    assert response.status_code == 400
    assert first["id"] in error_message(response)
    assert hooks.create(events=reordered[:1]).status_code == 200, "other events to the same URL are fine"
    assert hooks.create(notificationUrl="https://hooks.example.com/other").status_code == 200


def test_put_replaces_and_patch_changes_only_what_is_sent(hooks: Hooks, clock: MockClock) -> None:
    created = hooks.created()
    path = f"/v3/subscriptions/{created['id']}"
    clock.advance(60)
    replacement = subscription_body(
        name="Invoices", events=[{"type": "invoice.created", "version": "1"}], status={"enabled": False}
    )
    replaced = hooks.call("PUT", path, json=replacement).json()
    assert replaced["events"] == [{"type": "invoice.created", "version": "1"}]
    assert replaced["status"] == {"enabled": False}
    assert replaced["name"] == "Invoices"
    assert replaced["updatedTime"] == "2026-01-01T00:01:00.000+00:00"
    assert replaced["createdTime"] == created["createdTime"]
    patched = hooks.call("PATCH", path, json={"name": "Manage invoices"}).json()
    assert patched == {**replaced, "name": "Manage invoices"}
    partial = {"name": "Only a name"}
    assert error_code(hooks.call("PUT", path, json=partial)) == "BDC_1117", "PUT needs every field"


def test_an_update_cannot_make_a_duplicate(hooks: Hooks) -> None:
    first = hooks.created()
    second = hooks.created(notificationUrl="https://hooks.example.com/other")
    response = hooks.call("PATCH", f"/v3/subscriptions/{second['id']}", json={"notificationUrl": LOOPBACK_URL})
    assert response.status_code == 400
    assert first["id"] in error_message(response)
    same = hooks.call("PATCH", f"/v3/subscriptions/{first['id']}", json={"notificationUrl": LOOPBACK_URL})
    assert same.status_code == 200, "a subscription never duplicates itself"


def test_delete_answers_200_without_a_body_and_the_subscription_is_gone(hooks: Hooks) -> None:
    created = hooks.created()
    path = f"/v3/subscriptions/{created['id']}"
    deleted = hooks.call("DELETE", path)
    assert deleted.status_code == 200
    assert deleted.content == b""
    for method in ("GET", "DELETE", "PATCH"):
        response = hooks.call(method, path, json={})
        assert response.status_code == 404
        assert error_code(response) == "BDC_1205"


def test_another_organizations_subscription_is_not_found(bill: Bill, hooks: Hooks) -> None:
    created = hooks.created()
    partner = bill.partner_headers()
    other = Hooks(bill, bill.login_as(partner, bill.partner["userId"]))
    response = other.call("GET", f"/v3/subscriptions/{created['id']}")
    assert response.status_code == 404
    assert error_code(response) == "BDC_1205"
    assert other.call("GET", "/v3/subscriptions").json() == {"results": []}
    assert other.created()["organizationId"] == bill.partner["organizationId"]


def test_a_bad_subscription_id_is_a_bad_parameter(hooks: Hooks) -> None:
    response = hooks.call("GET", "/v3/subscriptions/not-a-uuid")
    assert response.status_code == 400
    assert error_code(response) == "BDC_1129"


def test_lists_page_forward_only(hooks: Hooks) -> None:
    for number in range(3):
        hooks.created(notificationUrl=f"https://hooks.example.com/{number}")
    first = hooks.call("GET", "/v3/subscriptions", params={"max": 2}).json()
    assert [s["notificationUrl"][-1] for s in first["results"]] == ["0", "1"]
    assert "prevPage" not in first
    second = hooks.call("GET", "/v3/subscriptions", params={"max": 2, "page": first["nextPage"]}).json()
    assert [s["notificationUrl"][-1] for s in second["results"]] == ["2"]
    assert set(second) == {"results"}, "no prevPage, and no nextPage on the last page"


def test_a_reset_forgets_every_subscription(bill: Bill, client: Client) -> None:
    Hooks(bill).created()
    assert client.post("/_mock/reset").status_code == 200
    assert Hooks(bill).call("GET", "/v3/subscriptions").json() == {"results": []}


# X-Idempotent-Key


def test_create_and_rotation_need_a_uuid4_idempotency_key(hooks: Hooks) -> None:
    body = subscription_body()
    missing = hooks.call("POST", "/v3/subscriptions", json=body)
    assert missing.status_code == 400
    assert error_code(missing) == "BDC_1108"
    assert webhooks.IDEMPOTENCY_HEADER in error_message(missing)
    for malformed in ("not-a-uuid", str(uuid.uuid1()), str(uuid.uuid4()) + "0"):
        response = hooks.create(key=malformed)
        assert response.status_code == 400, malformed
        assert error_code(response) == "BDC_1129"
    created = hooks.created()
    assert error_code(hooks.call("POST", f"/v3/subscriptions/{created['id']}/security_key")) == "BDC_1108"
    assert error_code(hooks.rotate(created["id"], key="nope")) == "BDC_1129"


def test_the_same_key_within_24_hours_replays_the_first_answer(hooks: Hooks, bill: Bill, clock: MockClock) -> None:
    key = new_key()
    first = hooks.create(key=key)
    again = hooks.create(key=key.upper(), name="a different body changes nothing")
    assert again.status_code == 200
    assert again.json() == first.json(), "same subscription id and same one-time key"
    assert len(hooks.call("GET", "/v3/subscriptions").json()["results"]) == 1
    clock.advance(24 * 3600)
    later = Hooks(bill).create(key=key, notificationUrl="https://hooks.example.com/later")
    assert later.status_code == 200
    assert later.json()["id"] != first.json()["id"], "after 24 hours the key is new again"


def test_rotation_replays_too_and_gives_a_new_key_otherwise(hooks: Hooks) -> None:
    created = hooks.created()
    key = new_key()
    rotated = hooks.rotate(created["id"], key=key)
    assert rotated.status_code == 200
    assert set(rotated.json()) == {"securityKey"}
    assert rotated.json()["securityKey"] != created["securityKey"]
    assert hooks.rotate(created["id"], key=key).json() == rotated.json()
    assert hooks.rotate(created["id"]).json() != rotated.json()


def test_a_key_used_for_another_request_is_refused(hooks: Hooks) -> None:
    key = new_key()
    created = hooks.create(key=key).json()
    response = hooks.rotate(created["id"], key=key)
    assert response.status_code == 400
    assert error_code(response) == "BDC_1129"
    assert "new UUID4" in error_message(response)


def test_errors_are_not_replayed_so_a_fixed_request_may_reuse_its_key(hooks: Hooks) -> None:
    key = new_key()
    assert hooks.create(key=key, notificationUrl="http://example.com").status_code == 400
    assert hooks.create(key=key).status_code == 200


def test_a_key_still_in_flight_is_refused_with_429(app: Starlette, bill: Bill, hooks: Hooks) -> None:
    key = new_key()
    headers = {**hooks.headers, webhooks.IDEMPOTENCY_HEADER: key, "content-type": "application/json"}

    async def scenario() -> tuple[httpx.Response, httpx.Response, httpx.Response]:
        entered, gate = asyncio.Event(), asyncio.Event()

        async def slow_body() -> AsyncIterator[bytes]:
            entered.set()
            yield json.dumps(subscription_body()).encode()
            await gate.wait()

        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bill.test") as client:
            first = asyncio.create_task(client.post(EVENTS + "/v3/subscriptions", headers=headers, content=slow_body()))
            await entered.wait()
            busy = await client.post(EVENTS + "/v3/subscriptions", headers=headers, json=subscription_body())
            gate.set()
            done = await first
            replayed = await client.post(EVENTS + "/v3/subscriptions", headers=headers, json=subscription_body())
        return busy, done, replayed

    busy, done, replayed = asyncio.run(scenario())
    assert busy.status_code == 429
    assert error_code(busy) == "BDC_1322"
    assert done.status_code == 200
    assert replayed.json() == done.json()


# delivery


def test_a_notification_is_posted_signed_with_the_subscription_key(app: Starlette, hooks: Hooks, mock: Mock) -> None:
    receiver = Receiver().install(app)
    created = hooks.created()
    [event_id] = emit(mock, "vendor.created", VENDOR)
    [delivery] = deliver(hooks.bill.client)
    assert delivery["outcome"] == "delivered"
    assert delivery["statusCode"] == 200
    [request] = receiver.requests
    assert str(request.url) == LOOPBACK_URL
    assert request.method == "POST"
    assert request.headers["content-type"] == "application/json"
    assert verify_signature(request.content, request.headers[webhooks.SIGNATURE_HEADER], created["securityKey"])
    notification = parse_notification(request.content)
    assert notification.metadata.event_id == event_id
    assert notification.metadata.subscription_id == created["id"]
    assert notification.metadata.organization_id == mock.seeded.organization_id
    assert notification.metadata.event_type == "vendor.created"
    assert notification.metadata.version == "1"
    assert notification.data == {"vendor": VENDOR}
    assert deliver(hooks.bill.client) == [], "a delivered notification is not sent again"


def test_only_enabled_subscriptions_to_that_event_of_that_organization_are_notified(
    app: Starlette, bill: Bill, hooks: Hooks, mock: Mock
) -> None:
    receiver = Receiver().install(app)
    hooks.created(notificationUrl="https://a.example.com/")
    hooks.created(notificationUrl="https://b.example.com/", events=[{"type": "bill.updated", "version": "1"}])
    off = hooks.created(notificationUrl="https://c.example.com/", status={"enabled": False})
    other = Hooks(bill, bill.login_as(bill.partner_headers(), bill.partner["userId"]))
    other.created(notificationUrl="https://d.example.com/")
    assert len(emit(mock, "vendor.created", VENDOR)) == 1
    assert emit(mock, "invoice.created", {"id": "00e02ABCDEFGHIJKLMNO"}) == []
    deliver(bill.client)
    assert [str(r.url) for r in receiver.requests] == ["https://a.example.com/"]
    hooks.call("PATCH", f"/v3/subscriptions/{off['id']}", json={"status": {"enabled": True}})
    emit(mock, "vendor.created", VENDOR)
    deliver(bill.client)
    assert sorted(str(r.url) for r in receiver.requests[1:]) == ["https://a.example.com/", "https://c.example.com/"]


def test_an_unknown_event_type_is_a_programming_error(mock: Mock) -> None:
    with pytest.raises(ValueError, match="not an event of the catalog"):
        emit(mock, "vendor.deleted", VENDOR)


def test_failures_are_retried_with_backoff_then_dead_lettered_and_the_subscription_turned_off(
    app: Starlette, hooks: Hooks, mock: Mock
) -> None:
    receiver = Receiver(500, 204, httpx.ConnectError, httpx.ReadTimeout, 404).install(app)
    created = hooks.created()
    emit(mock, "vendor.created", VENDOR)
    [first] = deliver(hooks.bill.client)
    assert first["outcome"] == "retrying"
    assert first["statusCode"] == 500
    assert first["nextAttempt"] == "2026-01-01T00:00:02.000+00:00"
    assert deliver(hooks.bill.client) == [], "not due before its backoff"
    for wait, seen in ((2, 2), (4, 3), (8, 4)):
        hooks.bill.client.post("/_mock/clock/advance", json={"seconds": wait - 1})
        assert len(receiver.requests) == seen - 1, "one second early is still too early"
        advance(hooks.bill.client, 1)  # advancing the clock delivers what became due
        assert len(receiver.requests) == seen
    pending = hooks.bill.client.get("/_mock/webhooks").json()["pending"]
    assert [attempt.get("statusCode", attempt.get("error")) for attempt in pending[0]["attempts"]] == [
        500,
        204,
        "ConnectError",
        "timeout",
    ]
    advance(hooks.bill.client, 16)
    assert len(receiver.requests) == 5
    dead = hooks.bill.client.get("/_mock/webhooks").json()
    assert dead["pending"] == []
    assert len(dead["deadLetters"]) == 1
    assert dead["deadLetters"][0]["failures"] == webhooks.MAX_FAILURES
    subscription = hooks.call("GET", f"/v3/subscriptions/{created['id']}").json()
    assert subscription["status"] == {"enabled": False}
    assert subscription["updatedTime"] == "2026-01-01T00:00:30.000+00:00"
    [event] = hooks.history(created["id"])["results"]
    assert event["statusCode"] == 404
    assert emit(mock, "vendor.created", VENDOR) == [], "a turned-off subscription gets nothing"


def test_a_connection_error_leaves_no_status_in_the_history(app: Starlette, hooks: Hooks, mock: Mock) -> None:
    Receiver(httpx.ConnectError).install(app)
    created = hooks.created()
    emit(mock, "vendor.created", VENDOR)
    [delivery] = deliver(hooks.bill.client)
    assert delivery["error"] == "ConnectError"
    assert "statusCode" not in delivery
    [event] = hooks.history(created["id"])["results"]
    assert "statusCode" not in event


def test_retries_use_the_current_key_after_a_rotation(app: Starlette, hooks: Hooks, mock: Mock) -> None:
    receiver = Receiver(503).install(app)
    created = hooks.created()
    emit(mock, "bill.created", {"id": "00n02ABCDEFGHIJKLMNO"})
    deliver(hooks.bill.client)
    new_key_value = hooks.rotate(created["id"]).json()["securityKey"]
    advance(hooks.bill.client, 2)
    retry = receiver.requests[-1]
    assert retry.content == receiver.requests[0].content, "the body is fixed when the event happens"
    assert verify_signature(retry.content, retry.headers[webhooks.SIGNATURE_HEADER], new_key_value)
    assert not verify_signature(retry.content, retry.headers[webhooks.SIGNATURE_HEADER], created["securityKey"])


def test_a_test_notification_uses_test_values_or_the_ones_sent(app: Starlette, hooks: Hooks) -> None:
    receiver = Receiver().install(app)
    created = hooks.created(status={"enabled": False})
    path = f"/v3/subscriptions/{created['id']}/test"
    plain = hooks.call("POST", path)
    assert plain.status_code == 200
    queued = plain.json()
    assert queued["type"] == "vendor.created"
    assert queued["subscriptionId"] == created["id"]
    assert "statusCode" not in queued, "nothing was sent yet"
    assert json.loads(queued["payload"])["vendor"] == {"id": "test-vendor-id"}
    custom = {"eventType": "bill.created", "version": "1", "bill": {"id": "test-bill-id", "amount": 100}}
    hooks.call("POST", path, json=custom)
    deliver(hooks.bill.client)
    assert len(receiver.requests) == 2, "tests are sent even while the subscription is turned off"
    body = parse_notification(receiver.requests[1].content)
    assert body.metadata.event_type == "bill.created"
    assert body.entity == {"id": "test-bill-id", "amount": 100}
    assert error_code(hooks.call("POST", path, json={"eventType": "bill.deleted"})) == "BDC_1119"


def test_resend_starts_a_new_round_even_from_the_dead_letter_list(app: Starlette, hooks: Hooks, mock: Mock) -> None:
    receiver = Receiver(*[500] * webhooks.MAX_FAILURES).install(app)
    created = hooks.created()
    [event_id] = emit(mock, "vendor.created", VENDOR)
    deliver(hooks.bill.client)
    for wait in (2, 4, 8, 16):
        advance(hooks.bill.client, wait)
    assert hooks.bill.client.get("/_mock/webhooks").json()["deadLetters"]
    resent = hooks.call("POST", f"/v3/events/subscription/{created['id']}/event/{event_id}")
    assert resent.status_code == 200
    assert resent.json()["id"] == event_id
    [delivery] = deliver(hooks.bill.client)
    assert delivery["outcome"] == "delivered"
    assert receiver.requests[-1].content == receiver.requests[0].content
    assert hooks.history(created["id"])["results"][0]["statusCode"] == 200
    assert hooks.bill.client.get("/_mock/webhooks").json() == {"pending": [], "deadLetters": []}
    unknown = hooks.call("POST", f"/v3/events/subscription/{created['id']}/event/{uuid.uuid4()}")
    assert error_code(unknown) == "BDC_1205"


def test_the_history_is_newest_first_filters_by_entity_and_forgets_after_180_days(
    app: Starlette, bill: Bill, hooks: Hooks, mock: Mock, clock: MockClock
) -> None:
    Receiver().install(app)
    created = hooks.created()
    emit(mock, "vendor.created", VENDOR)
    clock.advance(1)
    emit(mock, "bill.created", {"id": "00n02ABCDEFGHIJKLMNO", "vendorId": VENDOR["id"]})
    deliver(bill.client)
    page = hooks.history(created["id"], max=1)
    [newest] = page["results"]
    assert newest["type"] == "bill.created"
    assert newest["statusCode"] == 200
    assert "prevPage" not in page
    [older] = hooks.history(created["id"], max=1, page=page["nextPage"])["results"]
    assert older["type"] == "vendor.created"
    assert json.loads(older["payload"])["vendor"] == VENDOR
    assert [e["type"] for e in hooks.history(created["id"], entityId=VENDOR["id"])["results"]] == ["vendor.created"]
    clock.advance(webhooks.HISTORY_TTL.total_seconds() - 0.5)  # the first event is now just too old
    fresh = Hooks(bill)
    assert [e["type"] for e in fresh.history(created["id"])["results"]] == ["bill.created"]


def test_delivery_to_a_real_loopback_receiver(app: Starlette, hooks: Hooks, mock: Mock) -> None:
    received: list[tuple[bytes, str]] = []

    async def hook(request: Request) -> Response:
        received.append((await request.body(), request.headers[webhooks.SIGNATURE_HEADER]))
        return Response(status_code=200)

    receiver = Starlette(routes=[Route("/hooks/bill", hook, methods=["POST"])])
    setattr(app.state, webhooks.TRANSPORT_STATE, None)  # the real network, to 127.0.0.1 only
    with running(receiver) as base_url:
        created = hooks.created(notificationUrl=base_url + "/hooks/bill")
        emit(mock, "vendor.created", VENDOR)
        [delivery] = deliver(hooks.bill.client)
    assert delivery["outcome"] == "delivered"
    [(body, signature)] = received
    assert verify_signature(body, signature, created["securityKey"])
    assert parse_notification(body).entity == VENDOR


def test_delivery_happens_outside_the_request_lock(app: Starlette, hooks: Hooks, mock: Mock) -> None:
    """While a notification is on the wire, the mock still answers (here, the receiver calls the mock back)."""
    answered: list[int] = []

    def receiver(request: httpx.Request) -> httpx.Response:
        holder: list[bool] = []

        def probe() -> None:
            holder.append(mock.lock.acquire(timeout=5))
            mock.lock.release()

        thread = threading.Thread(target=probe)
        thread.start()
        thread.join()
        answered.append(int(holder == [True]))
        return httpx.Response(200)

    setattr(app.state, webhooks.TRANSPORT_STATE, httpx.MockTransport(receiver))
    hooks.created()
    emit(mock, "vendor.created", VENDOR)
    deliver(hooks.bill.client)
    assert answered == [1]


# events the other areas emit


def _delivered(bill: Bill, receiver: Receiver) -> list[tuple[str, dict[str, Any]]]:
    """The (event type, object) of every notification delivered now."""
    deliver(bill.client)
    notifications = [parse_notification(request.content) for request in receiver.requests]
    receiver.requests.clear()
    return [(n.metadata.event_type, dict(n.entity or {})) for n in notifications]


def test_invoice_changes_are_notified(app: Starlette, bill: Bill, hooks: Hooks) -> None:
    receiver = Receiver().install(app)
    events = ["invoice.created", "invoice.updated", "invoice.archived", "invoice.restored"]
    hooks.created(events=[{"type": event, "version": "1"} for event in events])
    ar = Ar(bill, hooks.headers)
    invoice = ar.invoice(ar.customer()["id"])
    assert _delivered(bill, receiver) == [("invoice.created", invoice)]
    path = f"/v3/invoices/{invoice['id']}"
    patched = ar.ok("PATCH", path, json={"invoiceNumber": "INV-WEBHOOK-1"})
    archived = ar.ok("POST", path + "/archive")
    restored = ar.ok("POST", path + "/restore")
    assert _delivered(bill, receiver) == [
        ("invoice.updated", patched),
        ("invoice.archived", archived),
        ("invoice.restored", restored),
    ]


def test_vendor_and_bill_changes_are_notified(app: Starlette, bill: Bill, hooks: Hooks) -> None:
    receiver = Receiver().install(app)
    changes = ("created", "updated", "archived", "restored")
    events = [f"{kind}.{change}" for kind in ("vendor", "bill") for change in changes]
    hooks.created(events=[{"type": event, "version": "1"} for event in events])
    org = hooks.headers

    def ok(method: str, path: str, json: Any = None) -> Any:
        response = bill.call(method, path, org, json=json)
        assert 200 <= response.status_code < 300, response.text
        return spec_body(response)

    vendor = new_vendor(bill, org)
    created = new_bill(bill, org, vendor["id"])
    assert _delivered(bill, receiver) == [("vendor.created", vendor), ("bill.created", created)]
    vendor_path, bill_path = f"/v3/vendors/{vendor['id']}", f"/v3/bills/{created['id']}"
    expected = [
        ("vendor.updated", ok("PATCH", vendor_path, {"shortName": "HMS"})),
        ("bill.updated", ok("PATCH", bill_path, {"description": "Patched"})),
        ("bill.updated", ok("PUT", bill_path, bill_body(vendor["id"]))),
        ("bill.archived", ok("POST", bill_path + "/archive")),
        ("bill.restored", ok("POST", bill_path + "/restore")),
        ("vendor.archived", ok("POST", vendor_path + "/archive")),
        ("vendor.restored", ok("POST", vendor_path + "/restore")),
    ]
    assert _delivered(bill, receiver) == expected
    bodies = [{"name": name, "address": vendor["address"]} for name in ("One", "Two")]
    many = ok("POST", "/v3/vendors/bulk", bodies)["vendors"]
    bills = ok("POST", "/v3/bills/bulk", [bill_body(vendor["id"]), bill_body(vendor["id"])])
    delivered = _delivered(bill, receiver)
    assert delivered == [("vendor.created", v) for v in many] + [("bill.created", b) for b in bills]


# every success answer keeps to the events spec


def _schema_of(method: str, path: str, status: int) -> Mapping[str, Any] | None:
    operation = INDEX.match(method, path)
    assert operation is not None
    content = DOCUMENT["paths"][operation.path][method.lower()]["responses"][str(status)].get("content")
    return None if content is None else content["application/json"]["schema"]


def test_every_success_answer_keeps_to_the_events_spec(app: Starlette, hooks: Hooks, mock: Mock) -> None:
    Receiver().install(app)
    created = hooks.created()
    sid = created["id"]
    emit(mock, "vendor.created", VENDOR)
    deliver(hooks.bill.client)
    [event] = hooks.history(sid)["results"]
    replies = [
        hooks.create(notificationUrl="https://hooks.example.com/"),
        hooks.call("GET", "/v3/events/catalog"),
        hooks.call("GET", f"/v3/events/subscription/{sid}", params={"max": 1}),
        hooks.call("POST", f"/v3/events/subscription/{sid}/event/{event['id']}"),
        hooks.call("GET", "/v3/subscriptions", params={"max": 1}),
        hooks.call("GET", f"/v3/subscriptions/{sid}"),
        hooks.call("PUT", f"/v3/subscriptions/{sid}", json=subscription_body(name="Put")),
        hooks.call("PATCH", f"/v3/subscriptions/{sid}", json={"name": "Patch"}),
        hooks.rotate(sid),
        hooks.call("POST", f"/v3/subscriptions/{sid}/test", json={"eventType": "bill.created"}),
        hooks.call("DELETE", f"/v3/subscriptions/{sid}"),
    ]
    covered = set()
    for response in replies:
        path = response.request.url.path.removeprefix(EVENTS)
        assert 200 <= response.status_code < 300, (path, response.text)
        schema = _schema_of(response.request.method, path, response.status_code)
        if schema is None:
            assert response.content == b""
        else:
            validator = jsonschema_rs.Draft4Validator({**schema, "components": DOCUMENT["components"]})
            problems = [error.message for error in validator.iter_errors(response.json())]
            assert not problems, (path, problems)
        operation = INDEX.match(response.request.method, path)
        assert operation is not None
        covered.add(operation.operation_id)
    assert covered == {operation.operation_id for operation in INDEX}


@pytest.fixture(autouse=True)
def _no_stray_transport(app: Starlette) -> None:
    """Tests that install no receiver must not reach the network: point deliveries at a refusing transport."""

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("no receiver in this test", request=request)

    setattr(app.state, webhooks.TRANSPORT_STATE, httpx.MockTransport(refuse))
