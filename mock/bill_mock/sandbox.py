"""The seeded sandbox: fixed credentials and objects a client or a test can start from at once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bill_mock.rules import mfa, partner, risk
from bill_mock.state import Store

__all__ = ["Sandbox", "seed"]

ORG_DEV_KEY = "mock-devkey-organization-0001"
ORG_USERNAME = "admin@sandbox.example"
ORG_PASSWORD = "sandbox-password-1"  # noqa: S105 - published test credentials of a local mock
PARTNER_APP_KEY = "mock-appkey-partner-0001"
PARTNER_USERNAME = "partner@sandbox.example"
PARTNER_PASSWORD = "partner-password-1"  # noqa: S105 - published test credentials of a local mock
PARTNER_DEV_KEY = "mock-devkey-partner-0001"
SYNC_TOKEN_NAME = "mock-sync-token"  # noqa: S105 - the name of a published test token
SYNC_TOKEN = "mock-synctoken-organization-0001"  # noqa: S105 - published test credentials of a local mock
V2_BASE_PATH = "/api"
"""Where the mock serves v2, like BILL's https://api.bill.com/api: operations are at {base}/v2/<Name>.json."""
PHONE = "4155550100"
BANK_ROUTING_NUMBER = "074000010"
"""A routing number whose ABA check digit is right, for adding a test bank account."""
BANK_ACCOUNT_NUMBER = "111222333"
BANK_VERIFICATION_DEPOSIT = "0.50"
"""The test deposit that verifies any bank account in the sandbox, as BILL's sandbox does."""


@dataclass(frozen=True, slots=True)
class Sandbox:
    """What `/_mock/sandbox` hands out; the ids come from the seeded store, so they survive a reset."""

    organization_id: str
    user_id: str
    partner_organization_id: str
    partner_user_id: str
    mfa_token: str

    def to_wire(self) -> dict[str, Any]:
        return {
            "organization": {
                "devKey": ORG_DEV_KEY,
                "username": ORG_USERNAME,
                "password": ORG_PASSWORD,
                "organizationId": self.organization_id,
                "userId": self.user_id,
            },
            "partner": {
                "appKey": PARTNER_APP_KEY,
                "username": PARTNER_USERNAME,
                "password": PARTNER_PASSWORD,
                "devKey": PARTNER_DEV_KEY,
                "organizationId": self.partner_organization_id,
                "userId": self.partner_user_id,
            },
            "v2": {
                "basePath": V2_BASE_PATH,
                "devKey": ORG_DEV_KEY,
                "userName": ORG_USERNAME,
                "password": ORG_PASSWORD,
                "orgId": self.organization_id,
            },
            "syncToken": {"name": SYNC_TOKEN_NAME, "token": SYNC_TOKEN, "orgId": self.organization_id},
            "mfa": {"token": self.mfa_token},
            "phone": PHONE,
            "bankAccount": {
                "routingNumber": BANK_ROUTING_NUMBER,
                "accountNumber": BANK_ACCOUNT_NUMBER,
                "depositAmount": float(BANK_VERIFICATION_DEPOSIT),
            },
        }


def seed(store: Store, now: datetime) -> Sandbox:
    """Fills an empty store: an organization whose administrator can sign in, with a phone on file, an
    MFA phone and a sync token for v2, and a partner that owns one organization with one administrator."""
    store.dev_keys.update({ORG_DEV_KEY, PARTNER_DEV_KEY})
    org = store.add_organization(
        "Sandbox Company",
        now,
        details={
            "address": {"line1": "1 Sandbox Way", "city": "San Jose", "zipOrPostalCode": "95002", "country": "US"}
        },
    )
    admin = store.add_user(
        org.id,
        now,
        username=ORG_USERNAME,
        first_name="Sandbox",
        last_name="Admin",
        email=ORG_USERNAME,
        role_id=store.role_of_type(org.id, partner.DEFAULT_ROLE).id,
        password=ORG_PASSWORD,
    )
    risk.add_phone(store, admin.id, PHONE, "MOBILE")
    pending = mfa.setup(store, admin.id, PHONE, "TEXT")
    mfa.validate_setup(store, admin.id, pending.id, store.mfa_token)
    store.add_sync_token(org.id, admin.id, name=SYNC_TOKEN_NAME, token=SYNC_TOKEN)

    reseller = store.add_partner(
        "Sandbox Partner", app_key=PARTNER_APP_KEY, username=PARTNER_USERNAME, password=PARTNER_PASSWORD
    )
    client_org = partner.create_organization(
        store,
        now,
        reseller,
        {
            "name": "Partner Client Company",
            "address": {"line1": "2 Partner Road", "city": "Austin", "zipOrPostalCode": "78701", "country": "US"},
        },
    )
    client_admin = partner.create_user(
        store,
        now,
        client_org.id,
        {
            "firstName": "Client",
            "lastName": "Admin",
            "email": "client.admin@sandbox.example",
            "username": "clientadmin",
            "acceptTermsOfService": True,
        },
    )
    return Sandbox(
        organization_id=org.id,
        user_id=admin.id,
        partner_organization_id=client_org.id,
        partner_user_id=client_admin.id,
        mfa_token=store.mfa_token,
    )
