"""Receiving webhook notifications: signature checks and parsing (bill_sdk.webhooks)."""

from __future__ import annotations

import json

import pytest

from bill_mock.webhooks import sign
from bill_sdk.webhooks import MalformedNotification, parse_notification, verify_signature

BODY = b'{"metadata":{"eventId":"e"}}'
KEY = "k3y"
SIGNATURE = "RsZdjlnays4rzIY9jNfXIc9ccoGi2egZOkU24VH/ueQ="
"""base64 of HMAC-SHA256("k3y", BODY), computed with `openssl dgst -sha256 -hmac k3y -binary | base64`."""

METADATA = {
    "eventId": "625947c4-8e6b-48f0-ae72-ea9c9375ec27",
    "subscriptionId": "f6d06930-e3e2-4509-be37-4dbda29efc61",
    "organizationId": "00802DEVKGROHKDIY4zyx",
    "eventType": "bank-account.created",
    "version": "1",
}


def notification(**overrides: object) -> bytes:
    metadata = {key: value for key, value in {**METADATA, **overrides}.items() if value is not None}
    return json.dumps({"metadata": metadata, "bankAccount": {"id": "bac02ABCDEFGHIJKLMNO"}}).encode()


def test_a_signature_made_with_the_key_over_the_exact_bytes_verifies() -> None:
    assert verify_signature(BODY, SIGNATURE, KEY)
    assert verify_signature(BODY, f"  {SIGNATURE}\n", KEY), "header whitespace is not part of the signature"


@pytest.mark.parametrize(
    ("body", "signature", "key"),
    [
        (BODY + b" ", SIGNATURE, KEY),  # one byte more
        (BODY, SIGNATURE, "k3y "),  # another key
        (BODY, SIGNATURE[:-2] + "A=", KEY),  # another signature
        (BODY, "", KEY),
        (BODY, "é" * 44, KEY),  # not even ASCII: refused, not an exception
    ],
)
def test_anything_else_does_not_verify(body: bytes, signature: str, key: str) -> None:
    assert not verify_signature(body, signature, key)


def test_the_client_checks_what_the_mock_signs() -> None:
    body = notification()
    assert verify_signature(body, sign("a-subscription-key", body), "a-subscription-key")


def test_parse_reads_the_typed_metadata_and_the_object() -> None:
    parsed = parse_notification(notification())
    assert parsed.metadata.event_id == METADATA["eventId"]
    assert parsed.metadata.subscription_id == METADATA["subscriptionId"]
    assert parsed.metadata.organization_id == METADATA["organizationId"]
    assert parsed.metadata.event_type == "bank-account.created"
    assert parsed.metadata.version == "1"
    assert parsed.entity_key == "bankAccount"
    assert parsed.entity == {"id": "bac02ABCDEFGHIJKLMNO"}
    assert set(parsed.data) == {"bankAccount"}


def test_parse_reads_a_json_escaped_string_body_too() -> None:
    escaped = json.dumps(notification().decode()).encode()
    assert escaped.startswith(b'"{\\"metadata')
    assert parse_notification(escaped).metadata.event_type == "bank-account.created"


def test_an_event_without_its_object_has_no_entity() -> None:
    body = json.dumps({"metadata": {**METADATA, "eventType": "bill.created"}, "bill": "not an object"}).encode()
    assert parse_notification(body).entity is None


@pytest.mark.parametrize("field", ["eventId", "subscriptionId", "organizationId", "eventType", "version"])
def test_a_missing_metadata_field_is_named(field: str) -> None:
    with pytest.raises(MalformedNotification, match=rf"metadata\.{field} is missing"):
        parse_notification(notification(**{field: None}))


def test_a_wrongly_typed_metadata_field_is_named() -> None:
    with pytest.raises(MalformedNotification, match=r"metadata\.version must be a non-empty string"):
        parse_notification(notification(version=1))


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"\xff", "not JSON text"),
        (b"{", "not JSON text"),
        (b"[]", "not a JSON object"),
        (b'"[1]"', "not a JSON object"),
        (b'{"bill": {}}', "no 'metadata' object"),
        (b'{"metadata": []}', "no 'metadata' object"),
    ],
)
def test_a_body_that_is_not_a_notification_says_why(body: bytes, message: str) -> None:
    with pytest.raises(MalformedNotification, match=message):
        parse_notification(body)
