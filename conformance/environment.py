"""The newman environment: the variables the collection's requests send that none of its scripts set.

Each comes from the mock's sandbox (`GET /_mock/sandbox`), is a fixed test value where the collection just
needs a value, or is the id of a record the collection needs to exist but no script captures: that one is
looked up the way a person filling in the environment would, from a list operation read with the sandbox
organization's session before the run. Where even that finds nothing, a placeholder id is used: well formed
(BILL's prefix where one is known), so the answer is "not found" rather than "malformed", and the report
names the requests that sent it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = [
    "SOURCES",
    "Environment",
    "Fixed",
    "Listed",
    "Lister",
    "Placeholder",
    "Sandbox",
    "Source",
    "build",
    "newman_environment",
    "unknown_id",
]

API_PREFIX = "/connect"
EVENTS_PREFIX = "/connect-events"


@dataclass(frozen=True, slots=True)
class Sandbox:
    """A value at a dotted path of the sandbox's JSON, e.g. "organization.devKey"."""

    path: str


@dataclass(frozen=True, slots=True)
class Fixed:
    value: str


@dataclass(frozen=True, slots=True)
class Placeholder:
    """An id of the right shape that names no record."""

    value: str


def unknown_id(prefix: str) -> Placeholder:
    """BILL's 3-character prefix, then padding to its 20 characters."""
    return Placeholder((prefix + "CONFORMANCE").ljust(20, "0"))


@dataclass(frozen=True, slots=True)
class Listed:
    """The id of a record a v3 list operation returns: the first with every `prefer` field, else the first.

    `path` may hold {organizationId}, filled in from the sandbox. An empty list or an error gives `fallback`.
    """

    path: str
    fallback: Placeholder
    prefer: tuple[tuple[str, str], ...] = ()


Source = Sandbox | Fixed | Listed | Placeholder
Lister = Callable[[str], Sequence[Mapping[str, Any]]]
"""Reads a v3 list path (e.g. "/v3/roles") with an organization session and returns its records."""

SOURCES: Mapping[str, Source] = {
    # Credentials and the signed-in user, from the sandbox.
    "developer_key": Sandbox("organization.devKey"),
    "username": Sandbox("organization.username"),
    "password": Sandbox("organization.password"),
    "organization_id": Sandbox("organization.organizationId"),
    "bill_approver_user_id": Sandbox("organization.userId"),
    "app_key": Sandbox("partner.appKey"),
    "partner_username": Sandbox("partner.username"),
    "partner_password": Sandbox("partner.password"),
    "mfa_token": Sandbox("mfa.token"),
    "user_phone_no": Sandbox("phone"),
    "org_phone_no": Sandbox("phone"),
    # Values the collection only needs to be plausible. The network search looks for the vendor the
    # collection itself creates ("Create a vendor").
    "mfa_device_name": Fixed("conformance-run"),
    "mfa_machine_name": Fixed("conformance-host"),
    "network_vendor_name": Fixed("Happy Music Supplies"),
    "vendor_email": Fixed("vendor@example.com"),
    "webhook_notification_url": Fixed("https://example.com/bill-webhooks"),
    # A fresh UUID4 per request: create-subscription and create-security-key share the variable, and one
    # key sent to both would be a replay.
    "webhook_idempotency_key": Fixed("{{$guid}}"),
    # Records that exist before the run but that no script captures: looked up.
    "org_user_role_id": Listed("/v3/roles", unknown_id("0po"), prefer=(("type", "ADMINISTRATOR"),)),
    "billing_statement_id": Listed("/v3/organizations/{organizationId}/billing-statements", unknown_id("0bs")),
    "org_card_account_id": Listed("/v3/funding-accounts/cards?cardUserStatus=VERIFIED", unknown_id("cac")),
    "org_bank_account_user_id": Listed("/v3/funding-accounts/banks/users", unknown_id("bau")),
    "org_card_account_user_id": Listed("/v3/funding-accounts/cards/users", unknown_id("cau")),
    # Records no script captures and none exists before the run: placeholders.
    "document_id": unknown_id("00h"),
    "bill_id01": unknown_id("00n"),
    "bill_id02": unknown_id("00n"),
    "webhook_bill_id": unknown_id("00n"),
    # Set only by the request that sends it ("Resend an event"), so it needs a first value: a UUID, like
    # BILL's event ids, that names no event.
    "webhook_event_id": Placeholder("00000000-0000-4000-8000-000000000000"),
}


@dataclass(frozen=True, slots=True)
class Environment:
    values: dict[str, str]
    placeholders: frozenset[str]
    """Variables that hold a placeholder id."""
    missing: tuple[str, ...]
    """Sandbox paths the sandbox did not have; their variables are left out."""


def build(
    sandbox: Mapping[str, Any],
    root_url: str,
    needed: Iterable[str],
    lister: Lister,
    sources: Mapping[str, Source] = SOURCES,
) -> Environment:
    """The environment for a mock at `root_url` (e.g. http://127.0.0.1:8080), for the variables `needed`."""
    values = {"baseUrl": root_url + API_PREFIX, "webhookBaseUrl": root_url + EVENTS_PREFIX}
    placeholders: set[str] = set()
    missing: list[str] = []
    for name in sorted(set(needed)):
        source = sources.get(name)
        if isinstance(source, Listed):
            found = _listed_id(source, sandbox, lister)
            source = source.fallback if found is None else Fixed(found)
        if isinstance(source, Sandbox):
            found = _lookup(sandbox, source.path)
            if found is None:
                missing.append(source.path)
            else:
                values[name] = found
        elif isinstance(source, Fixed):
            values[name] = source.value
        elif isinstance(source, Placeholder):
            values[name] = source.value
            placeholders.add(name)
    return Environment(values=values, placeholders=frozenset(placeholders), missing=tuple(missing))


def _listed_id(source: Listed, sandbox: Mapping[str, Any], lister: Lister) -> str | None:
    organization_id = _lookup(sandbox, "organization.organizationId") or ""
    records = [record for record in lister(source.path.format(organizationId=organization_id)) if record.get("id")]
    preferred = [r for r in records if all(str(r.get(key)) == value for key, value in source.prefer)]
    chosen = preferred or records
    return str(chosen[0]["id"]) if chosen else None


def _lookup(document: Mapping[str, Any], path: str) -> str | None:
    node: Any = document
    for part in path.split("."):
        if not isinstance(node, Mapping) or part not in node:
            return None
        node = node[part]
    return None if node is None or isinstance(node, dict | list) else str(node)


def newman_environment(environment: Environment, name: str = "bill-mock") -> dict[str, Any]:
    """The environment file newman reads (`-e`)."""
    return {
        "name": name,
        "values": [{"key": key, "value": value, "enabled": True} for key, value in environment.values.items()],
    }
