"""Risk verification (BILL's KYC/KYB checks): a phone on file, then one verification per organization."""

from __future__ import annotations

from bill_mock import errors
from bill_mock.state import Phone, RiskVerification, Store

__all__ = ["add_phone", "has_phone", "initiate", "verification"]

REQUIRED_ROLE = "ADMINISTRATOR"


def add_phone(store: Store, user_id: str, number: str, phone_type: str) -> None:
    """Sets the user's phone on file; a second call replaces the first phone."""
    store.phones[user_id] = Phone(number=number, type=phone_type)


def has_phone(store: Store, user_id: str) -> bool:
    return user_id in store.phones


def initiate(store: Store, organization_id: str, user_id: str) -> RiskVerification:
    """Starts verification; BILL needs an administrator with a phone on file. Starting again changes nothing."""
    user = store.users[user_id]
    if store.roles[user.role_id].type != REQUIRED_ROLE:
        raise errors.wrong_scope("Only an administrator of the organization can start risk verification.")
    if not has_phone(store, user_id):
        raise errors.missing_field("phone")
    existing = store.risk_verifications.get(organization_id)
    if existing is not None:
        return existing
    started = RiskVerification(reference_id=store.ids.secret(24), processing_status="IN_PROGRESS", decision="PENDING")
    store.risk_verifications[organization_id] = started
    return started


def verification(store: Store, organization_id: str) -> RiskVerification:
    found = store.risk_verifications.get(organization_id)
    if found is None:
        raise errors.not_found("risk verification for organization", organization_id)
    return found
