"""`make demo`: BILL's partner flow, end to end, against the embedded mock on a loopback port.

partner login -> create organization -> create user -> add the user's phone -> login as that user ->
start risk verification -> read it back -> 36 idle minutes -> read it again (the SDK signs in anew).

`partner_flow()` is the flow itself; the end-to-end tests run it too, so the demo cannot rot.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from bill_v3.api.partner import (
    create_organization,
    create_partner_user,
    create_partner_user_phone,
    get_partner_user,
)
from bill_v3.api.risk_verifications import get_risk_verification, initiate_risk_verification
from bill_v3.models import (
    AddressInput,
    CompanyOwner,
    Organization,
    OrganizationCreate,
    PhoneCreate,
    RiskVerification,
    User,
    UserCreate,
)

from ._results import expect
from .sessions import PartnerSession

IDLE_GAP_SECONDS = 36 * 60.0


@dataclass(frozen=True, slots=True)
class PartnerCredentials:
    """The partner half of the mock's `/_mock/sandbox` answer."""

    app_key: str
    username: str
    password: str
    dev_key: str
    phone: str

    @classmethod
    def from_sandbox(cls, sandbox: Mapping[str, Any]) -> PartnerCredentials:
        partner = sandbox.get("partner")
        if not isinstance(partner, Mapping):
            raise ValueError("the sandbox answer has no 'partner' object; is the base URL a bill-mock?")
        values = {key: partner.get(key) for key in ("appKey", "username", "password", "devKey")}
        values["phone"] = sandbox.get("phone")
        missing = sorted(key for key, value in values.items() if not isinstance(value, str) or not value)
        if missing:
            raise ValueError(f"the sandbox answer lacks {', '.join(missing)}")
        return cls(
            app_key=str(values["appKey"]),
            username=str(values["username"]),
            password=str(values["password"]),
            dev_key=str(values["devKey"]),
            phone=str(values["phone"]),
        )


@dataclass(frozen=True, slots=True)
class FlowResult:
    organization: Organization
    user: User
    verification: RiskVerification
    verification_after_idle: RiskVerification
    partner_sign_ins: int
    user_sign_ins: int


def partner_flow(
    base_url: str,
    credentials: PartnerCredentials,
    *,
    advance_clock: Callable[[float], None],
    say: Callable[[str], None] = print,
    username: str = "ricecakesadmin",
) -> FlowResult:
    """Run the seed's partner flow; `advance_clock` moves BILL's (the mock's) clock forward."""
    with PartnerSession(
        base_url, app_key=credentials.app_key, username=credentials.username, password=credentials.password
    ) as partner:
        partner.login()
        _step(say, 1, "Partner signs in", f"partner session open (sign-ins: {partner.login_count})")

        organization = expect(create_organization.sync(client=partner.client, body=_organization()), Organization)
        _step(say, 2, "Creates an organization", f"{organization.id} {organization.name!r}")

        in_org = partner.for_organization(organization.id)
        new_user = UserCreate(
            first_name="Tomato",
            last_name="Soupsmith",
            email="tomato@ricecakes.example",
            username=username,
            accept_terms_of_service=True,
        )
        user = expect(create_partner_user.sync(client=in_org, body=new_user), User)
        role = user.role.type_ if user.role and isinstance(user.role.type_, str) else "?"
        _step(say, 3, "Creates a user in it", f"{user.id} ({role})")

        phone = PhoneCreate(phone_number=credentials.phone, phone_type="MOBILE")
        create_partner_user_phone.sync_detailed(client=in_org, user_id=user.id, body=phone)
        expect(get_partner_user.sync(client=in_org, user_id=user.id), User)
        _step(say, 4, "Adds the user's phone", f"phone ending {credentials.phone[-4:]} on file")

        with partner.login_as_user(
            user_id=user.id, organization_id=organization.id, dev_key=credentials.dev_key
        ) as as_user:
            as_user.login()
            _step(
                say,
                5,
                "Signs in as that user",
                f"organization session open (sign-ins: {as_user.login_count})",
            )

            started = expect(initiate_risk_verification.sync(client=as_user.client), RiskVerification)
            _step(
                say,
                6,
                "Starts risk verification",
                f"{started.processing_status}, decision {started.decision}",
            )

            verification = expect(get_risk_verification.sync(client=as_user.client), RiskVerification)
            _step(say, 7, "Reads it back", f"reference {verification.reference_id}")

            advance_clock(IDLE_GAP_SECONDS)
            _step(say, 8, "Nobody calls for 36 minutes", "BILL drops both sessions")

            after_idle = expect(get_risk_verification.sync(client=as_user.client), RiskVerification)
            _step(
                say,
                9,
                "Reads it again",
                f"same reference, after one new sign-in each (user: {as_user.login_count}, "
                f"partner: {partner.login_count})",
            )
            return FlowResult(
                organization=organization,
                user=user,
                verification=verification,
                verification_after_idle=after_idle,
                partner_sign_ins=partner.login_count,
                user_sign_ins=as_user.login_count,
            )


def _organization() -> OrganizationCreate:
    return OrganizationCreate(
        name="Rice Cakes Inc",
        address=AddressInput(
            line1="987 Home St",
            city="San Jose",
            state_or_province="CA",
            zip_or_postal_code="95002",
            country="US",
        ),
        company_owner=CompanyOwner(name="Noodle Soupsmith"),
        tax_id_type="EIN",
        account_type="BUSINESS",
    )


def _step(say: Callable[[str], None], number: int, what: str, outcome: str) -> None:
    say(f"{number:>2}. {what} {'.' * max(3, 34 - len(what))} {outcome}")


def main() -> int:
    try:
        from bill_mock import create_app, running
    except ImportError:
        print("make demo needs the mock: pip install 'bill-sdk[mock]'", file=sys.stderr)
        return 2
    with running(create_app()) as root:
        sandbox = httpx.get(f"{root}/_mock/sandbox").raise_for_status().json()

        def advance_clock(seconds: float) -> None:
            httpx.post(f"{root}/_mock/clock/advance", json={"seconds": seconds}).raise_for_status()

        print(f"BILL partner flow against the embedded mock at {root}/connect\n")
        result = partner_flow(f"{root}/connect", PartnerCredentials.from_sandbox(sandbox), advance_clock=advance_clock)
    print(
        f"\nDone: organization {result.organization.id}, user {result.user.id}; "
        f"sign-ins: partner {result.partner_sign_ins}, user {result.user_sign_ins}."
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
