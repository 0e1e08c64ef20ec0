"""The webhooks API's wire side (served under /connect-events): one handler per operation of bill-v3-events.yaml.

Its handlers live in their own table, EVENT_HANDLERS, apart from the v3 API's HANDLERS; the rules are in
bill_mock.webhooks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from bill_mock import render, webhooks
from bill_mock.clock import format_timestamp
from bill_mock.handlers import Call, Handler, Reply, handles
from bill_mock.rules.listing import Listing
from bill_mock.webhooks import Notification, Subscription

__all__ = ["EVENT_HANDLERS"]

EVENT_HANDLERS: dict[str, Handler] = {}

T = TypeVar("T")


def _handles(operation_id: str) -> Callable[[Handler], Handler]:
    return handles(operation_id, registry=EVENT_HANDLERS)


# wire forms


def _subscription(record: Subscription) -> dict[str, Any]:
    return {
        "id": record.id,
        "name": record.name,
        "organizationId": record.organization_id,
        "status": {"enabled": record.enabled},
        "events": [{"type": event_type, "version": version} for event_type, version in record.events],
        "notificationUrl": record.url,
        "createdTime": format_timestamp(record.created),
        "updatedTime": format_timestamp(record.updated),
    }


def _notification(record: Notification) -> dict[str, Any]:
    wire: dict[str, Any] = {
        "id": record.id,
        "type": record.event_type,
        "version": record.version,
        "subscriptionId": record.subscription_id,
        "payload": record.body,
        "createdTime": format_timestamp(record.created),
    }
    status = record.last_status
    if status is not None:
        wire["statusCode"] = status
    return wire


def _forward_page(call: Call, name: str, items: list[T], render_item: Callable[[T], dict[str, Any]]) -> Reply:
    """One page of a webhooks list: BILL's paging, but these lists only ever go forward (no prevPage)."""
    listing: Listing[T] = Listing(name)
    listed = listing.page(items, call.list_query())
    page = render.page([render_item(item) for item in listed.results], listed)
    page.pop("prevPage", None)
    return Reply(body=page)


def _subscription_of(call: Call) -> Subscription:
    return webhooks.subscription_in(call.store, call.organization_id, call.path("subscriptionId"))


# events


@_handles("getEventCatalog")
def _catalog(call: Call) -> Reply:
    return Reply(body=[{"type": event.type, "versions": list(event.versions)} for event in webhooks.CATALOG])


@_handles("listSubscriptionEvents")
def _list_events(call: Call) -> Reply:
    subscription = _subscription_of(call)
    entity_id = call.request.query.get("entityId")
    notifications = webhooks.history(call.store, call.now, subscription, entity_id)
    # The list name ties page tokens to this subscription and entity filter.
    return _forward_page(call, f"webhook-events:{subscription.id}:{entity_id or ''}", notifications, _notification)


@_handles("resendEvent")
def _resend(call: Call) -> Reply:
    notification = webhooks.resend(call.store, call.now, _subscription_of(call), call.path("eventId"))
    return Reply(body=_notification(notification))


# subscriptions


@_handles("createSubscription")
@webhooks.idempotent("createSubscription")
def _create(call: Call) -> Reply:
    subscription = webhooks.create_subscription(call.store, call.now, call.organization_id, call.body)
    return Reply(body={**_subscription(subscription), "securityKey": subscription.security_key})


@_handles("listSubscriptions")
def _list(call: Call) -> Reply:
    subscriptions = webhooks.subscriptions_of(call.store, call.organization_id)
    return _forward_page(call, "webhook-subscriptions", subscriptions, _subscription)


@_handles("getSubscription")
def _get(call: Call) -> Reply:
    return Reply(body=_subscription(_subscription_of(call)))


@_handles("replaceSubscription")
@_handles("updateSubscription")
def _update(call: Call) -> Reply:
    subscription = _subscription_of(call)
    webhooks.update_subscription(call.store, call.now, subscription, call.body)
    return Reply(body=_subscription(subscription))


@_handles("deleteSubscription")
def _delete(call: Call) -> Reply:
    webhooks.delete_subscription(call.store, _subscription_of(call))
    return Reply()


@_handles("createSubscriptionSecurityKey")
@webhooks.idempotent("createSubscriptionSecurityKey")
def _rotate_key(call: Call) -> Reply:
    return Reply(body={"securityKey": webhooks.rotate_key(call.store, call.now, _subscription_of(call))})


@_handles("sendTestEvent")
def _send_test(call: Call) -> Reply:
    notification = webhooks.send_test(call.store, call.now, _subscription_of(call), call.body)
    return Reply(body=_notification(notification))
