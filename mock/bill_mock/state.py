"""The mock's store of BILL objects: plain records and indexes, no HTTP and no rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, TypeVar

from bill_mock.ids import PREFIX_ORGANIZATION, PREFIX_ROLE, PREFIX_USER, IdFactory

__all__ = [
    "DEFAULT_ROLES",
    "SANDBOX_MFA_TOKEN",
    "MfaChallenge",
    "MfaPhone",
    "MfaSetup",
    "Organization",
    "Partner",
    "Phone",
    "RememberMe",
    "RiskVerification",
    "Role",
    "Session",
    "SessionKind",
    "Store",
    "SyncToken",
    "User",
]

DEFAULT_ROLES: tuple[tuple[str, str], ...] = (
    ("ADMINISTRATOR", "Full access, including users, settings and payments."),
    ("ACCOUNTANT", "Manages bills, invoices and the books; cannot pay."),
    ("APPROVER", "Approves bills and payments routed to them."),
    ("PAYER", "Pays approved bills."),
    ("CLERK", "Enters bills and invoices for others to approve and pay."),
    ("AUDITOR", "Reads everything, changes nothing."),
)
"""The roles every organization starts with: type and what the role may do."""

SessionKind = Literal["organization", "partner"]
AreaT = TypeVar("AreaT")

SANDBOX_MFA_TOKEN = "000000"  # noqa: S105 - the fixed code of a mock that sends no texts


@dataclass(slots=True)
class Organization:
    id: str
    name: str
    created: datetime
    updated: datetime
    partner_id: str | None = None
    details: dict[str, Any] = field(default_factory=dict)
    """Optional fields exactly as accepted at creation (address, phone, companyOwner, ...)."""
    archived: bool = False
    price_plan: str | None = None


@dataclass(slots=True)
class Role:
    id: str
    organization_id: str
    type: str
    description: str
    created: datetime
    updated: datetime


@dataclass(slots=True)
class User:
    id: str
    organization_id: str
    username: str
    first_name: str
    email: str
    role_id: str
    created: datetime
    updated: datetime
    last_name: str | None = None
    external_reference_id: str | None = None
    password: str | None = None
    """Only users who sign in themselves have one; partner-made users are reached by login-as-user."""
    archived: bool = False


@dataclass(slots=True)
class Partner:
    id: str
    name: str
    app_key: str
    username: str
    password: str
    organization_ids: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Session:
    id: str
    kind: SessionKind
    key: str | None
    """The devKey or appKey the session is bound to; None until a login-as-user session is first used."""
    last_used: datetime
    organization_id: str | None = None
    user_id: str | None = None
    partner_id: str | None = None
    trusted: bool = False
    token: bool = False
    """Opened with a sync token (v2): limited rights, no MFA, and no idle expiry unless the mock is told one."""


@dataclass(slots=True)
class SyncToken:
    """A token a user generated for an integration: `name` signs in as userName and `token` as password."""

    name: str
    token: str
    organization_id: str
    user_id: str
    """The user who generated it; a token session acts as that user, within the token's rights."""


@dataclass(slots=True)
class Phone:
    number: str
    type: str


@dataclass(slots=True)
class MfaPhone:
    number: str
    type: str
    primary: bool = True


@dataclass(slots=True)
class MfaSetup:
    id: str
    user_id: str
    phone: str
    type: str


@dataclass(slots=True)
class MfaChallenge:
    id: str
    user_id: str


@dataclass(slots=True)
class RememberMe:
    id: str
    user_id: str
    expires: datetime
    device: str | None = None


@dataclass(slots=True)
class RiskVerification:
    reference_id: str
    processing_status: str
    decision: str


class Store:
    """Every BILL object the mock knows, keyed by id, plus the indexes the rules need."""

    def __init__(self, seed: int = 0, *, mfa_token: str = SANDBOX_MFA_TOKEN) -> None:
        self.ids = IdFactory(seed)
        self.mfa_token = mfa_token
        """The code every MFA text would carry: the mock sends none, so it is fixed."""
        self.organizations: dict[str, Organization] = {}
        self.roles: dict[str, Role] = {}
        self.users: dict[str, User] = {}
        self.partners: dict[str, Partner] = {}
        self.dev_keys: set[str] = set()
        self.sessions: dict[str, Session] = {}
        self.sync_tokens: list[SyncToken] = []
        self.phones: dict[str, Phone] = {}
        """Phone on file for risk verification, by user id."""
        self.mfa_phones: dict[str, MfaPhone] = {}
        """MFA phone by user id; BILL keeps a single primary phone since backups were removed."""
        self.mfa_setups: dict[str, MfaSetup] = {}
        self.mfa_challenges: dict[str, MfaChallenge] = {}
        self.remember_me: dict[str, RememberMe] = {}
        self.risk_verifications: dict[str, RiskVerification] = {}
        """By organization id."""
        self._usernames: dict[str, str] = {}  # casefolded username -> user id
        self._areas: dict[type[Any], Any] = {}

    def area(self, kind: type[AreaT]) -> AreaT:
        """The tables of one API area (vendors and bills, invoices, ...), created empty on first use.

        Each area module declares its own dataclass of tables, so areas grow without editing this file;
        a reset builds a new Store and with it empty areas.
        """
        tables = self._areas.get(kind)
        if tables is None:
            tables = self._areas[kind] = kind()
        result: AreaT = tables
        return result

    # organizations and roles

    def add_organization(
        self, name: str, now: datetime, *, partner: Partner | None = None, details: dict[str, Any] | None = None
    ) -> Organization:
        """Creates an organization with BILL's six default roles."""
        org = Organization(
            id=self.ids.object_id(PREFIX_ORGANIZATION),
            name=name,
            created=now,
            updated=now,
            partner_id=partner.id if partner else None,
            details=dict(details or {}),
        )
        self.organizations[org.id] = org
        for role_type, description in DEFAULT_ROLES:
            role = Role(self.ids.object_id(PREFIX_ROLE), org.id, role_type, description, now, now)
            self.roles[role.id] = role
        if partner is not None:
            partner.organization_ids.append(org.id)
        return org

    def roles_of(self, organization_id: str) -> list[Role]:
        return [role for role in self.roles.values() if role.organization_id == organization_id]

    def role_of_type(self, organization_id: str, role_type: str) -> Role:
        for role in self.roles_of(organization_id):
            if role.type == role_type:
                return role
        raise LookupError(f"organization {organization_id} has no {role_type} role")

    # users

    def add_user(
        self,
        organization_id: str,
        now: datetime,
        *,
        username: str,
        first_name: str,
        email: str,
        role_id: str,
        last_name: str | None = None,
        external_reference_id: str | None = None,
        password: str | None = None,
    ) -> User:
        if self.username_taken(username):
            raise ValueError(f"username {username!r} is taken")
        user = User(
            id=self.ids.object_id(PREFIX_USER),
            organization_id=organization_id,
            username=username,
            first_name=first_name,
            email=email,
            role_id=role_id,
            created=now,
            updated=now,
            last_name=last_name,
            external_reference_id=external_reference_id,
            password=password,
        )
        self.users[user.id] = user
        self._usernames[username.casefold()] = user.id
        return user

    def username_taken(self, username: str) -> bool:
        return username.casefold() in self._usernames

    def user_by_username(self, username: str) -> User | None:
        user_id = self._usernames.get(username.casefold())
        return self.users.get(user_id) if user_id else None

    def users_of(self, organization_id: str) -> list[User]:
        return [user for user in self.users.values() if user.organization_id == organization_id]

    # partners and keys

    def add_partner(self, name: str, *, app_key: str, username: str, password: str) -> Partner:
        partner = Partner(id=self.ids.secret(20), name=name, app_key=app_key, username=username, password=password)
        self.partners[partner.id] = partner
        return partner

    def partner_by_app_key(self, app_key: str) -> Partner | None:
        return next((p for p in self.partners.values() if p.app_key == app_key), None)

    def is_app_key(self, key: str) -> bool:
        return self.partner_by_app_key(key) is not None

    # sync tokens

    def add_sync_token(self, organization_id: str, user_id: str, *, name: str, token: str) -> SyncToken:
        if self.sync_token(organization_id, name) is not None:
            raise ValueError(f"organization {organization_id} already has a sync token named {name!r}")
        created = SyncToken(name=name, token=token, organization_id=organization_id, user_id=user_id)
        self.sync_tokens.append(created)
        return created

    def sync_token(self, organization_id: str, name: str) -> SyncToken | None:
        """Token names are unique within an organization, not across BILL."""
        return next((t for t in self.sync_tokens if t.organization_id == organization_id and t.name == name), None)
