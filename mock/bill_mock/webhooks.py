"""BILL's webhooks ("Connect Events"): the events catalog, subscriptions, idempotent creation, and signed delivery.

Rules kept here, from BILL's webhook guides:
- an organization has at most 10 subscriptions, and no two with the same events and the same URL;
- creation and key rotation show the security key once; reads never show it;
- `X-Idempotent-Key`: a successful answer is replayed for 24 hours; a key still in use by a running request
  is refused with 429; errors are not remembered, so a failed request can be retried with its key;
- every notification is POSTed with `x-bill-sha-signature` = base64(HMAC-SHA256(securityKey, raw body));
  only a 200 counts as delivered. Failures are retried after 2, 4, 8 and 16 seconds of mock time; after
  the fifth failure the notification goes to the dead-letter list and BILL turns the subscription off;
- the notification history of a subscription is kept 180 days (BILL raised it from 90 in September 2025).

Delivery is deterministic: `emit()` only queues. Due notifications are sent when the control plane is asked
to (`POST /_mock/webhooks/deliver`) and after every `POST /_mock/clock/advance`, outside the request lock.
BILL requires https notification URLs; the mock also takes http://127.0.0.1 and http://localhost ones so
tests can receive notifications on a loopback port.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import json
import random
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import httpx

import bill_spec
from bill_mock import errors
from bill_mock.clock import format_timestamp
from bill_mock.errors import BillError
from bill_mock.handlers import Call, Handler, Reply
from bill_mock.mock import Mock
from bill_mock.state import Store

__all__ = [
    "CATALOG",
    "DELIVERY_TIMEOUT_SECONDS",
    "HISTORY_TTL",
    "IDEMPOTENCY_HEADER",
    "IDEMPOTENCY_TTL",
    "MAX_FAILURES",
    "MAX_SUBSCRIPTIONS",
    "SIGNATURE_HEADER",
    "TRANSPORT_STATE",
    "CatalogEvent",
    "DeliveryOutcome",
    "Notification",
    "Subscription",
    "WebhookTables",
    "deliver_due",
    "emit",
    "idempotency_in_flight",
    "idempotent",
    "sign",
]

MAX_SUBSCRIPTIONS = 10
IDEMPOTENCY_HEADER = "X-Idempotent-Key"
IDEMPOTENCY_TTL = timedelta(hours=24)
HISTORY_TTL = timedelta(days=180)
SIGNATURE_HEADER = "x-bill-sha-signature"
MAX_FAILURES = 5
"""Failed attempts after which a notification goes to the dead-letter list."""
DELIVERY_TIMEOUT_SECONDS = 10.0
"""BILL counts a notification as failed when no 200 arrives within 10 seconds (real time: it is the network)."""
TRANSPORT_STATE = "webhook_transport"
"""Name of the app.state attribute that, when set to an httpx.AsyncBaseTransport, carries every delivery."""

_RANDOM_SEED = 0x5EB400C


@dataclass(frozen=True, slots=True)
class CatalogEvent:
    type: str
    versions: tuple[str, ...] = ("1",)

    @property
    def object_key(self) -> str:
        """The notification's field that holds the object: bill.created -> bill, bank-account.created -> bankAccount."""
        head, *rest = self.type.split(".", 1)[0].split("-")
        return head + "".join(part.capitalize() for part in rest)


CATALOG: tuple[CatalogEvent, ...] = tuple(
    CatalogEvent(event_type)
    for event_type in (
        "vendor.created",
        "vendor.updated",
        "vendor.archived",
        "vendor.restored",
        "autopay.failed",
        "bill.created",
        "bill.updated",
        "bill.archived",
        "bill.restored",
        "payment.updated",
        "payment.failed",
        "bank-account.created",
        "bank-account.updated",
        "card-account.created",
        "card-account.updated",
        "invoice.created",
        "invoice.updated",
        "invoice.archived",
        "invoice.restored",
        "risk-verification.updated",
    )
)
"""The organization-level events BILL documents, each with its payload versions (Spend & Expense ones need
an apiToken session and are not served)."""
_BY_TYPE = {event.type: event for event in CATALOG}


# records


@dataclass(slots=True)
class Subscription:
    id: str
    organization_id: str
    name: str
    enabled: bool
    events: list[tuple[str, str]]
    """(type, version) pairs, in the order they were sent."""
    url: str
    security_key: str
    created: datetime
    updated: datetime


@dataclass(frozen=True, slots=True)
class Attempt:
    """One try at delivering a notification: the status the URL answered, or why there was no answer."""

    time: datetime
    status_code: int | None = None
    error: str | None = None


@dataclass(slots=True)
class Notification:
    id: str
    subscription_id: str
    organization_id: str
    event_type: str
    version: str
    body: str
    """The JSON text POSTed, fixed when the event happened."""
    created: datetime
    entity_id: str | None = None
    manual: bool = False
    """A test or a resend, which a client asked for: delivered even while the subscription is turned off."""
    due: datetime | None = None
    """When the next attempt is due; None once delivered or dead-lettered."""
    failures: int = 0
    """Failed attempts in the current round (a resend starts a new round)."""
    dead: bool = False
    sending: bool = False
    attempts: list[Attempt] = field(default_factory=list)

    @property
    def last_status(self) -> int | None:
        return next((a.status_code for a in reversed(self.attempts) if a.status_code is not None), None)


@dataclass(frozen=True, slots=True)
class _Replay:
    request: tuple[str, tuple[tuple[str, str], ...]]
    """The operation and path values the key was first used with."""
    reply: Reply
    expires: datetime


@dataclass(slots=True)
class WebhookTables:
    subscriptions: dict[str, Subscription] = field(default_factory=dict)
    notifications: dict[str, Notification] = field(default_factory=dict)
    """Every notification still in the history, oldest first."""
    replays: dict[tuple[str, str], _Replay] = field(default_factory=dict)
    """Successful answers by (organization id, idempotency key)."""
    keys_in_flight: set[str] = field(default_factory=set)
    random: random.Random = field(default_factory=lambda: random.Random(_RANDOM_SEED))  # noqa: S311 - test data

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.random.getrandbits(128), version=4))

    def security_key(self) -> str:
        return base64.b64encode(self.random.randbytes(32)).decode("ascii")


def _tables(store: Store) -> WebhookTables:
    return store.area(WebhookTables)


# subscriptions


def subscriptions_of(store: Store, organization_id: str) -> list[Subscription]:
    return [sub for sub in _tables(store).subscriptions.values() if sub.organization_id == organization_id]


def subscription_in(store: Store, organization_id: str, subscription_id: str) -> Subscription:
    subscription = _tables(store).subscriptions.get(subscription_id.lower())
    if subscription is None or subscription.organization_id != organization_id:
        raise errors.not_found("subscription", subscription_id)
    return subscription


def create_subscription(store: Store, now: datetime, organization_id: str, fields: Mapping[str, Any]) -> Subscription:
    tables = _tables(store)
    if len(subscriptions_of(store, organization_id)) >= MAX_SUBSCRIPTIONS:
        raise BillError(
            400,
            "BDC_1119",
            f"An organization can have at most {MAX_SUBSCRIPTIONS} subscriptions. Delete one, or add these "
            "events to an existing subscription.",
        )
    events = _events(fields["events"])
    url = str(fields["notificationUrl"])
    _refuse_duplicate(store, organization_id, events, url, exclude=None)
    subscription = Subscription(
        id=tables.uuid(),
        organization_id=organization_id,
        name=str(fields["name"]),
        enabled=bool(fields["status"]["enabled"]),
        events=events,
        url=url,
        security_key=tables.security_key(),
        created=now,
        updated=now,
    )
    tables.subscriptions[subscription.id] = subscription
    return subscription


def update_subscription(store: Store, now: datetime, subscription: Subscription, fields: Mapping[str, Any]) -> None:
    """Changes the fields sent; a PUT sends them all, a PATCH any of them."""
    events = _events(fields["events"]) if "events" in fields else subscription.events
    url = str(fields.get("notificationUrl", subscription.url))
    _refuse_duplicate(store, subscription.organization_id, events, url, exclude=subscription.id)
    subscription.events = events
    subscription.url = url
    if "name" in fields:
        subscription.name = str(fields["name"])
    if "status" in fields:
        subscription.enabled = bool(fields["status"]["enabled"])
    subscription.updated = now


def delete_subscription(store: Store, subscription: Subscription) -> None:
    """Removes the subscription with its history, so nothing of it is sent or retried any more."""
    tables = _tables(store)
    del tables.subscriptions[subscription.id]
    for notification_id in [n.id for n in tables.notifications.values() if n.subscription_id == subscription.id]:
        del tables.notifications[notification_id]


def rotate_key(store: Store, now: datetime, subscription: Subscription) -> str:
    subscription.security_key = _tables(store).security_key()
    subscription.updated = now
    return subscription.security_key


def _events(raw: Sequence[Mapping[str, Any]]) -> list[tuple[str, str]]:
    events: list[tuple[str, str]] = []
    for position, item in enumerate(raw):
        event_type, version = str(item["type"]), str(item["version"])
        entry = _BY_TYPE.get(event_type)
        if entry is None:
            raise errors.invalid_field(f"events[{position}].type", event_type)
        if version not in entry.versions:
            raise errors.invalid_field(f"events[{position}].version", version)
        if (event_type, version) not in events:
            events.append((event_type, version))
    return events


def _refuse_duplicate(
    store: Store, organization_id: str, events: list[tuple[str, str]], url: str, exclude: str | None
) -> None:
    for other in subscriptions_of(store, organization_id):
        if other.id != exclude and other.url == url and set(other.events) == set(events):
            raise BillError(
                400,
                "BDC_1119",
                f"Subscription {other.id} already sends these events to this notificationUrl. Update that "
                "subscription instead of creating a duplicate.",
            )


# notifications


def emit(store: Store, organization_id: str, event_type: str, payload: Mapping[str, Any], now: datetime) -> list[str]:
    """Queues a notification of `event_type` about `payload` (the object as the API renders it) for every
    enabled subscription of the organization that subscribed to it; returns the new event ids.

    Areas call this when their objects change, e.g. emit(call.store, call.organization_id, "vendor.created",
    render.vendor(vendor), call.now). Nothing is sent until the control plane delivers.
    """
    catalog_event = _BY_TYPE.get(event_type)
    if catalog_event is None:
        raise ValueError(f"{event_type!r} is not an event of the catalog")
    tables = _tables(store)
    _forget_old(tables, now)
    queued: list[str] = []
    for subscription in subscriptions_of(store, organization_id):
        if not subscription.enabled:
            continue
        for subscribed_type, version in subscription.events:
            if subscribed_type == event_type:
                data = {catalog_event.object_key: dict(payload)}
                queued.append(_queue(tables, now, subscription, event_type, version, data, manual=False).id)
    return queued


def send_test(store: Store, now: datetime, subscription: Subscription, fields: Mapping[str, Any]) -> Notification:
    """A notification of test values, signed and queued like a real one, for a client to check its endpoint."""
    event_type = str(fields.get("eventType") or subscription.events[0][0])
    subscribed = dict(subscription.events)
    version = str(fields.get("version") or subscribed.get(event_type) or _BY_TYPE[event_type].versions[-1])
    if version not in _BY_TYPE[event_type].versions:
        raise errors.invalid_field("version", version)
    key = _BY_TYPE[event_type].object_key
    data: dict[str, Any] = {name: value for name, value in fields.items() if name not in ("eventType", "version")}
    data.setdefault(key, {"id": f"test-{key}-id"})
    tables = _tables(store)
    _forget_old(tables, now)
    return _queue(tables, now, subscription, event_type, version, data, manual=True)


def resend(store: Store, now: datetime, subscription: Subscription, event_id: str) -> Notification:
    """Starts a new round of delivery for an earlier notification, even one in the dead-letter list."""
    tables = _tables(store)
    _forget_old(tables, now)
    notification = tables.notifications.get(event_id.lower())
    if notification is None or notification.subscription_id != subscription.id:
        raise errors.not_found("event", event_id)
    notification.due = now
    notification.failures = 0
    notification.dead = False
    notification.manual = True
    return notification


def history(store: Store, now: datetime, subscription: Subscription, entity_id: str | None) -> list[Notification]:
    """The subscription's notifications, newest first, optionally only those about one object."""
    tables = _tables(store)
    _forget_old(tables, now)
    return [
        notification
        for notification in reversed(tables.notifications.values())
        if notification.subscription_id == subscription.id
        and (entity_id is None or notification.entity_id == entity_id)
    ]


def _queue(
    tables: WebhookTables,
    now: datetime,
    subscription: Subscription,
    event_type: str,
    version: str,
    data: dict[str, Any],
    *,
    manual: bool,
) -> Notification:
    event_id = tables.uuid()
    metadata = {
        "eventId": event_id,
        "subscriptionId": subscription.id,
        "organizationId": subscription.organization_id,
        "eventType": event_type,
        "version": version,
    }
    subject = data.get(_BY_TYPE[event_type].object_key)
    entity_id = subject.get("id") if isinstance(subject, Mapping) else None
    notification = Notification(
        id=event_id,
        subscription_id=subscription.id,
        organization_id=subscription.organization_id,
        event_type=event_type,
        version=version,
        body=json.dumps({"metadata": metadata, **data}, separators=(",", ":"), ensure_ascii=False),
        created=now,
        entity_id=entity_id if isinstance(entity_id, str) else None,
        manual=manual,
        due=now,
    )
    tables.notifications[event_id] = notification
    return notification


def _forget_old(tables: WebhookTables, now: datetime) -> None:
    """Drops notifications older than BILL's history, unless an attempt is on the wire right now."""
    cutoff = now - HISTORY_TTL
    for notification_id in [n.id for n in tables.notifications.values() if n.created < cutoff and not n.sending]:
        del tables.notifications[notification_id]


# idempotency


@functools.cache
def idempotent_operations() -> frozenset[str]:
    """The webhooks operations whose spec requires an X-Idempotent-Key header."""
    document = bill_spec.load(bill_spec.EVENTS_SPEC)
    required: set[str] = set()
    for operation in bill_spec.events_index():
        definition = document["paths"][operation.path][operation.method.lower()]
        for parameter in definition.get("parameters", ()):
            ref = parameter.get("$ref", "")
            resolved = document["components"]["parameters"][ref.rsplit("/", 1)[-1]] if ref else parameter
            if resolved["in"] == "header" and resolved["name"] == IDEMPOTENCY_HEADER and resolved.get("required"):
                required.add(operation.operation_id)
    return frozenset(required)


@contextmanager
def idempotency_in_flight(mock: Mock, operation: bill_spec.Operation, headers: Mapping[str, str]) -> Iterator[None]:
    """Marks the request's X-Idempotent-Key as in use while it runs; a second request with it gets 429."""
    key = headers.get(IDEMPOTENCY_HEADER)
    if operation.operation_id not in idempotent_operations() or not key:
        yield
        return
    key = key.lower()
    with mock.lock:
        tables = _tables(mock.store)
        if key in tables.keys_in_flight:
            raise BillError(
                429,
                "BDC_1322",
                f"A request with this {IDEMPOTENCY_HEADER} is still running. Retry with the same key once it "
                "has finished to get its answer.",
            )
        tables.keys_in_flight.add(key)
    try:
        yield
    finally:
        with mock.lock:
            tables.keys_in_flight.discard(key)


def idempotent(operation_id: str) -> Callable[[Handler], Handler]:
    """Wraps a handler so that a successful answer is replayed for the same key within 24 hours."""

    def wrap(handler: Handler) -> Handler:
        @functools.wraps(handler)
        def replay_or_run(call: Call) -> Reply:
            tables = _tables(call.store)
            scope = (call.organization_id, call.request.headers[IDEMPOTENCY_HEADER].lower())
            request = (operation_id, tuple(sorted(call.request.path.items())))
            cached = tables.replays.get(scope)
            if cached is not None and call.now < cached.expires:
                if cached.request != request:
                    raise BillError(
                        400,
                        "BDC_1129",
                        f"This {IDEMPOTENCY_HEADER} was already used for another request in the last 24 hours. "
                        "Send a new UUID4 with every request.",
                    )
                return cached.reply
            reply = handler(call)
            if 200 <= reply.status < 300:
                for stale in [k for k, v in tables.replays.items() if v.expires <= call.now]:
                    del tables.replays[stale]
                tables.replays[scope] = _Replay(request, reply, call.now + IDEMPOTENCY_TTL)
            return reply

        return replay_or_run

    return wrap


# delivery


def sign(security_key: str, body: bytes) -> str:
    """BILL's signature of a notification body: base64 of its HMAC-SHA256 under the subscription's key."""
    digest = hmac.new(security_key.encode("utf-8"), body, hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


@dataclass(frozen=True, slots=True)
class _Job:
    notification_id: str
    url: str
    body: bytes
    signature: str


@dataclass(frozen=True, slots=True)
class DeliveryOutcome:
    """What one delivery attempt did, as `POST /_mock/webhooks/deliver` reports it."""

    event_id: str
    subscription_id: str
    event_type: str
    attempt: Attempt
    outcome: str
    """delivered, retrying or dead-letter."""
    next_attempt: datetime | None = None

    def to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "eventId": self.event_id,
            "subscriptionId": self.subscription_id,
            "eventType": self.event_type,
            "outcome": self.outcome,
            **attempt_to_wire(self.attempt),
        }
        if self.next_attempt is not None:
            wire["nextAttempt"] = format_timestamp(self.next_attempt)
        return wire


def attempt_to_wire(attempt: Attempt) -> dict[str, Any]:
    wire: dict[str, Any] = {"time": format_timestamp(attempt.time)}
    if attempt.status_code is not None:
        wire["statusCode"] = attempt.status_code
    if attempt.error is not None:
        wire["error"] = attempt.error
    return wire


async def deliver_due(mock: Mock, transport: httpx.AsyncBaseTransport | None = None) -> list[DeliveryOutcome]:
    """Sends every notification that is due on the mock clock, once each, and records what happened.

    The network is used with the mock's lock released, so the mock keeps answering, even a notification URL
    that points back at it. `transport` replaces the network (tests pass an httpx.MockTransport).
    """
    with mock.lock:
        tables = _tables(mock.store)
        jobs = _due_jobs(tables, mock.clock.now())
    results: list[tuple[_Job, Attempt]] = []
    try:
        if jobs:
            async with httpx.AsyncClient(
                transport=transport, timeout=DELIVERY_TIMEOUT_SECONDS, follow_redirects=False, trust_env=False
            ) as client:
                for job in jobs:
                    results.append((job, await _post(client, job, mock)))
    finally:
        with mock.lock:
            outcomes = _record(tables, mock.clock.now(), results)
            for job in jobs:
                notification = tables.notifications.get(job.notification_id)
                if notification is not None:
                    notification.sending = False
    return outcomes


def pending_to_wire(store: Store) -> dict[str, list[dict[str, Any]]]:
    """The queue and the dead-letter list, as `GET /_mock/webhooks` shows them."""
    tables = _tables(store)

    def wire(notification: Notification) -> dict[str, Any]:
        entry: dict[str, Any] = {
            "eventId": notification.id,
            "subscriptionId": notification.subscription_id,
            "eventType": notification.event_type,
            "failures": notification.failures,
            "attempts": [attempt_to_wire(attempt) for attempt in notification.attempts],
        }
        if notification.due is not None:
            entry["due"] = format_timestamp(notification.due)
        return entry

    notifications = tables.notifications.values()
    return {
        "pending": [wire(n) for n in notifications if n.due is not None],
        "deadLetters": [wire(n) for n in notifications if n.dead],
    }


def _due_jobs(tables: WebhookTables, now: datetime) -> list[_Job]:
    _forget_old(tables, now)
    jobs: list[_Job] = []
    due = [n for n in tables.notifications.values() if n.due is not None and n.due <= now and not n.sending]
    for notification in sorted(due, key=lambda n: n.due or now):  # stable: same due time keeps creation order
        subscription = tables.subscriptions.get(notification.subscription_id)
        if subscription is None or not (subscription.enabled or notification.manual):
            continue
        body = notification.body.encode("utf-8")
        jobs.append(_Job(notification.id, subscription.url, body, sign(subscription.security_key, body)))
        notification.sending = True
    return jobs


async def _post(client: httpx.AsyncClient, job: _Job, mock: Mock) -> Attempt:
    headers = {"content-type": "application/json", SIGNATURE_HEADER: job.signature, "user-agent": "bill-mock"}
    try:
        response = await client.post(job.url, content=job.body, headers=headers)
    except httpx.TimeoutException:
        return Attempt(mock.clock.now(), error="timeout")
    except (httpx.HTTPError, httpx.InvalidURL, OSError, ValueError) as exc:
        return Attempt(mock.clock.now(), error=type(exc).__name__)
    return Attempt(mock.clock.now(), status_code=response.status_code)


def _record(tables: WebhookTables, now: datetime, results: list[tuple[_Job, Attempt]]) -> list[DeliveryOutcome]:
    outcomes: list[DeliveryOutcome] = []
    for job, attempt in results:
        notification = tables.notifications.get(job.notification_id)
        if notification is None:
            continue  # deleted with its subscription, or the mock was reset, while it was on the wire
        notification.attempts.append(attempt)
        next_attempt: datetime | None = None
        if attempt.status_code == 200:
            outcome, notification.due, notification.failures = "delivered", None, 0
        else:
            notification.failures += 1
            if notification.failures >= MAX_FAILURES:
                outcome, notification.due, notification.dead = "dead-letter", None, True
                subscription = tables.subscriptions.get(notification.subscription_id)
                if subscription is not None and not notification.manual and subscription.enabled:
                    subscription.enabled = False
                    subscription.updated = now
            else:
                outcome = "retrying"
                next_attempt = notification.due = now + timedelta(seconds=2**notification.failures)
        outcomes.append(
            DeliveryOutcome(
                notification.id, notification.subscription_id, notification.event_type, attempt, outcome, next_attempt
            )
        )
    return outcomes
