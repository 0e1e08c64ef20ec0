"""Webhooks end to end: subscribe through the session's events client, make the event happen through the v3
client, let the mock deliver to a real receiver on loopback, and check the notification as a receiver must."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bill_mock import create_app, running
from bill_sdk import OrgSession, expect
from bill_sdk.errors import InvalidRequest
from bill_sdk.webhooks import SIGNATURE_HEADER, parse_notification, verify_signature
from bill_v3.api.vendors import create_vendor
from bill_v3.models import AddressInput, Vendor, VendorCreate
from bill_v3_events.api.subscriptions import create_subscription, get_subscription
from bill_v3_events.models import (
    EventType,
    EventVersion,
    SubscribedEventInput,
    Subscription,
    SubscriptionCreate,
    SubscriptionCreated,
    SubscriptionStatusInput,
)

ADDRESS = AddressInput(line1="1 Main St", city="Austin", zip_or_postal_code="78701", country="US")


@dataclass
class Receiver:
    """The integration's notification endpoint: keeps every POST's headers and raw body."""

    received: list[tuple[dict[str, str], bytes]] = field(default_factory=list)

    async def endpoint(self, request: Request) -> Response:
        self.received.append((dict(request.headers), await request.body()))
        return Response(status_code=200)


@pytest.fixture(scope="module")
def root() -> Iterator[str]:
    with running(create_app()) as url:
        yield url


@pytest.fixture
def receiver() -> Iterator[tuple[Receiver, str]]:
    receiver = Receiver()
    with running(Starlette(routes=[Route("/hooks/bill", receiver.endpoint, methods=["POST"])])) as url:
        yield receiver, f"{url}/hooks/bill"


@pytest.fixture
def session(root: str) -> Iterator[OrgSession]:
    httpx.post(f"{root}/_mock/reset").raise_for_status()
    organization: dict[str, Any] = httpx.get(f"{root}/_mock/sandbox").raise_for_status().json()["organization"]
    with OrgSession(
        f"{root}/connect",
        dev_key=organization["devKey"],
        username=organization["username"],
        password=organization["password"],
        organization_id=organization["organizationId"],
    ) as bill:
        yield bill


def subscribe(session: OrgSession, url: str) -> SubscriptionCreated:
    body = SubscriptionCreate(
        name="Vendors",
        status=SubscriptionStatusInput(enabled=True),
        events=[SubscribedEventInput(type_=EventType.VENDOR_CREATED, version=EventVersion.V1)],
        notification_url=url,
    )
    answer = create_subscription.sync(client=session.events_client, body=body, x_idempotent_key=str(uuid.uuid4()))
    return expect(answer, SubscriptionCreated)


def test_a_subscribed_event_reaches_the_receiver_signed(
    root: str, session: OrgSession, receiver: tuple[Receiver, str]
) -> None:
    inbox, url = receiver
    subscription = subscribe(session, url)
    assert expect(get_subscription.sync(subscription.id, client=session.events_client), Subscription).id == (
        subscription.id
    )

    vendor = expect(
        create_vendor.sync(client=session.client, body=VendorCreate(name="Happy Music", address=ADDRESS)), Vendor
    )
    deliveries = httpx.post(f"{root}/_mock/webhooks/deliver").raise_for_status().json()["deliveries"]

    assert [delivery["outcome"] for delivery in deliveries] == ["delivered"]
    [(headers, body)] = inbox.received
    assert verify_signature(body, headers[SIGNATURE_HEADER], subscription.security_key)
    assert not verify_signature(body, headers[SIGNATURE_HEADER], "not-the-key")
    assert not verify_signature(body + b" ", headers[SIGNATURE_HEADER], subscription.security_key)
    notification = parse_notification(body)
    assert notification.metadata.subscription_id == subscription.id
    assert notification.metadata.organization_id == session.organization_id
    assert notification.metadata.event_type == "vendor.created"
    assert notification.data["vendor"]["id"] == vendor.id


def test_the_events_client_raises_bills_errors(session: OrgSession) -> None:
    with pytest.raises(InvalidRequest) as refused:
        subscribe(session, "ftp://example.com/hooks")
    assert refused.value.code.startswith("BDC_")
    assert refused.value.operation == "createSubscription"
