"""BILL's wire form of the store's records: camelCase keys, BILL timestamps, empty fields left out."""

from __future__ import annotations

from typing import Any

from bill_mock.clock import format_timestamp
from bill_mock.rules.listing import Page
from bill_mock.state import MfaPhone, Organization, RiskVerification, Role, Store, User

__all__ = ["mfa_phone", "organization", "page", "risk_verification", "role", "user"]


def organization(store: Store, org: Organization) -> dict[str, Any]:
    wire: dict[str, Any] = {"id": org.id, "archived": org.archived, "name": org.name, **org.details}
    partner = store.partners.get(org.partner_id) if org.partner_id else None
    if partner is not None:
        wire["partnerName"] = partner.name
    wire["createdTime"] = format_timestamp(org.created)
    wire["updatedTime"] = format_timestamp(org.updated)
    return wire


def user(store: Store, record: User) -> dict[str, Any]:
    wire: dict[str, Any] = {
        "id": record.id,
        "archived": record.archived,
        "firstName": record.first_name,
    }
    if record.last_name is not None:
        wire["lastName"] = record.last_name
    wire["email"] = record.email
    role_record = store.roles[record.role_id]
    wire["role"] = {"id": role_record.id, "type": role_record.type, "description": role_record.description}
    wire["createdTime"] = format_timestamp(record.created)
    wire["updatedTime"] = format_timestamp(record.updated)
    return wire


def role(record: Role) -> dict[str, Any]:
    return {
        "id": record.id,
        "type": record.type,
        "description": record.description,
        "createdTime": format_timestamp(record.created),
        "updatedTime": format_timestamp(record.updated),
    }


def page(results: list[dict[str, Any]], listed: Page[Any]) -> dict[str, Any]:
    wire: dict[str, Any] = {"results": results}
    if listed.next_page is not None:
        wire["nextPage"] = listed.next_page
    if listed.prev_page is not None:
        wire["prevPage"] = listed.prev_page
    return wire


def risk_verification(record: RiskVerification) -> dict[str, Any]:
    return {
        "processingStatus": record.processing_status,
        "decision": record.decision,
        "referenceId": record.reference_id,
    }


def mfa_phone(record: MfaPhone) -> dict[str, Any]:
    return {"type": record.type, "last4digits": record.number[-4:], "primary": record.primary}
