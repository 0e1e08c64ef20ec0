"""Receiving BILL webhook notifications: check the signature, then read the notification.

BILL signs every notification it POSTs to a subscription's URL: the `x-bill-sha-signature` header holds
base64(HMAC-SHA256(securityKey, raw body)), where securityKey is the key BILL showed once when the
subscription was created (or its key last rotated). Check the signature over the raw bytes, before parsing:

    if not verify_signature(request_body, request.headers[SIGNATURE_HEADER], security_key):
        return 401
    notification = parse_notification(request_body)
    if already_seen(notification.metadata.event_id):  # BILL may deliver an event more than once
        return 200
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = [
    "SIGNATURE_HEADER",
    "MalformedNotification",
    "Notification",
    "NotificationMetadata",
    "parse_notification",
    "verify_signature",
]

SIGNATURE_HEADER = "x-bill-sha-signature"

_METADATA_FIELDS = {
    "eventId": "event_id",
    "subscriptionId": "subscription_id",
    "organizationId": "organization_id",
    "eventType": "event_type",
    "version": "version",
}


class MalformedNotification(ValueError):
    """A body that is not a BILL notification; the message names the field that is missing or wrong."""


@dataclass(frozen=True, slots=True)
class NotificationMetadata:
    """Which event this is, for which subscription and organization, in which payload version."""

    event_id: str
    """Unique per notification: keep it to skip a notification delivered twice."""
    subscription_id: str
    organization_id: str
    event_type: str
    """Such as `bill.created` or `vendor.archived`."""
    version: str


@dataclass(frozen=True, slots=True)
class Notification:
    metadata: NotificationMetadata
    data: Mapping[str, Any]
    """Everything besides the metadata, such as {"bill": {...}} for a bill event."""

    @property
    def entity_key(self) -> str:
        """The field named after the event's object: bill.created -> bill, bank-account.updated -> bankAccount."""
        head, *rest = self.metadata.event_type.split(".", 1)[0].split("-")
        return head + "".join(part.capitalize() for part in rest)

    @property
    def entity(self) -> Mapping[str, Any] | None:
        """The object the event is about, as BILL's API renders it, when the notification carries one."""
        value = self.data.get(self.entity_key)
        return value if isinstance(value, Mapping) else None


def verify_signature(body: bytes, signature: str, security_key: str) -> bool:
    """True when `signature` is BILL's signature of exactly these bytes under `security_key`.

    The comparison takes the same time wherever the signatures differ, so it leaks nothing to a forger.
    """
    expected = base64.b64encode(hmac.new(security_key.encode("utf-8"), body, hashlib.sha256).digest())
    return hmac.compare_digest(expected, signature.strip().encode("utf-8"))


def parse_notification(body: bytes) -> Notification:
    """The notification in `body`, or MalformedNotification naming what is missing.

    BILL describes its notification payloads as JSON-escaped strings; a body that is a JSON string holding
    the notification's JSON text is read as well as the object itself.
    """
    try:
        document: Any = json.loads(body.decode("utf-8"))
        if isinstance(document, str):
            document = json.loads(document)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise MalformedNotification(f"the notification body is not JSON text: {exc.__class__.__name__}") from None
    if not isinstance(document, dict):
        raise MalformedNotification("the notification body is not a JSON object")
    metadata = document.get("metadata")
    if not isinstance(metadata, dict):
        raise MalformedNotification("the notification has no 'metadata' object")
    values: dict[str, str] = {}
    for wire_name, attribute in _METADATA_FIELDS.items():
        value = metadata.get(wire_name)
        if not isinstance(value, str) or not value:
            problem = "is missing" if value is None else "must be a non-empty string"
            raise MalformedNotification(f"the notification's metadata.{wire_name} {problem}")
        values[attribute] = value
    data = {name: value for name, value in document.items() if name != "metadata"}
    return Notification(metadata=NotificationMetadata(**values), data=data)
