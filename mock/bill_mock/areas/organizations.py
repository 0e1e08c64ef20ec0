"""The signed-in organization's own operations: its details, industries, billing statements and price
plan, its users and its roles.

Users and roles are the store's records that the partner operations manage too (`store.users`,
`store.roles`), so a user created either way is seen both ways; the user rules themselves are the
partner module's, applied to the session's organization.

Rules kept here: a session reaches only its own organization (any other id is 403 BDC_1145, whether or
not it exists, so nothing is learned about other organizations); reading or changing the organization,
reading its price plan and adding a user need an ADMINISTRATOR (403 BDC_1145 otherwise); a new user signs
in with their email, which must not belong to a BILL user yet; billing statements are read either by
date range or by page, not both.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from bill_mock import errors, render
from bill_mock.errors import BillError, shown_value
from bill_mock.handlers import ROLES, USERS, Call, Reply, handles
from bill_mock.ids import ALPHANUMERIC
from bill_mock.rules import partner
from bill_mock.rules.listing import Listing, ListQuery
from bill_mock.state import Organization, Store, User

__all__ = [
    "ADMINISTRATOR",
    "DEFAULT_PRICE_PLAN",
    "INDUSTRIES",
    "PRICE_PLANS",
    "BillingStatement",
    "PricePlan",
    "billing_statements",
    "create_user",
    "own_organization",
    "price_plan",
    "require_administrator",
    "update_organization",
]

ADMINISTRATOR = partner.DEFAULT_ROLE

INDUSTRIES: tuple[str, ...] = (
    "Accounting",
    "Advertising & Marketing",
    "Agriculture",
    "Architecture & Engineering",
    "Automotive",
    "Construction",
    "Consulting",
    "Education",
    "Entertainment",
    "Financial Services",
    "Food & Beverage",
    "Government",
    "Healthcare",
    "Hospitality",
    "Insurance",
    "Legal",
    "Manufacturing",
    "Non-profit",
    "Real Estate",
    "Retail",
    "Software",
    "Transportation & Logistics",
    "Wholesale & Distribution",
    "Other",
)
"""The mock's fixed list of industry values, in the order it lists them."""

_NESTED = frozenset({"address", "mailingAddress", "companyOwner", "processingOptions"})
"""Organization fields that a PATCH changes key by key instead of replacing."""


# the organization


def own_organization(call: Call, organization_id: str) -> Organization:
    """The session's organization, if that is the id asked for; any other id is refused the same way."""
    if organization_id != call.organization_id:
        raise errors.wrong_scope(
            "A session reaches only its own organization; use the organizationId it signed in with."
        )
    return call.store.organizations[organization_id]


def require_administrator(store: Store, user_id: str, doing: str) -> User:
    user = store.users[user_id]
    if store.roles[user.role_id].type != ADMINISTRATOR:
        raise errors.wrong_scope(f"Only a user with the {ADMINISTRATOR} role can {doing}; sign in as one.")
    return user


def update_organization(now: datetime, org: Organization, fields: Mapping[str, Any]) -> Organization:
    """PATCH semantics, one level down as well: `{"address": {"city": ...}}` keeps the other address fields."""
    for name, value in fields.items():
        if name == "name":
            org.name = str(value)
        elif name in _NESTED and isinstance(value, Mapping):
            current = org.details.get(name)
            org.details[name] = {**(current if isinstance(current, Mapping) else {}), **value}
        else:
            org.details[name] = value
    org.updated = now
    return org


# price plan


@dataclass(frozen=True, slots=True)
class PricePlan:
    id: str
    name: str
    monthly_price: float
    users_included: int
    extra_user_price: float
    allow_trial: bool = True

    def to_wire(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "monthlyPrice": self.monthly_price,
            "allowTrial": self.allow_trial,
            "priceVariesPerUser": True,
            "planTerms": [
                {"name": "userCount", "tier": 1, "quantity": self.users_included, "price": 0},
                {"name": "userCount", "tier": 2, "quantity": 1000, "price": self.extra_user_price},
                {"name": "suaProcessedCount", "tier": 1, "quantity": 1000, "price": 0.49},
                {"name": "discount", "tier": 1, "quantity": 1, "price": 0},
            ],
        }


PRICE_PLANS: dict[str, PricePlan] = {
    plan.id: plan
    for plan in (
        PricePlan("PricePlan1", "Essentials", 45.0, 1, 45.0),
        PricePlan("PricePlan2", "Team", 55.0, 1, 55.0),
        PricePlan("PricePlan3", "Corporate", 79.0, 1, 79.0),
        PricePlan("PricePlan4", "Enterprise", 0.0, 5, 30.0, allow_trial=False),
    )
}
"""Plans by the `pricePlanType` a partner sets (updateOrganizationPricePlan)."""
DEFAULT_PRICE_PLAN = "PricePlan1"


def price_plan(org: Organization) -> PricePlan:
    """The organization's plan; a plan type the mock has no terms for keeps its name with the default terms."""
    plan_id = org.price_plan or DEFAULT_PRICE_PLAN
    known = PRICE_PLANS.get(plan_id)
    if known is not None:
        return known
    default = PRICE_PLANS[DEFAULT_PRICE_PLAN]
    return PricePlan(plan_id, plan_id, default.monthly_price, default.users_included, default.extra_user_price)


# billing statements

BILLING_STATEMENT_PREFIX = "0bs"
"""The mock's choice: BILL documents no prefix for billing statements."""
STATEMENT_MONTHS = 3


@dataclass(frozen=True, slots=True)
class BillingStatement:
    id: str
    period_start: date
    period_end: date
    invoice_date: date
    invoice_number: str
    lines: tuple[tuple[str, str, int, float], ...]
    """(type, description, quantity, amount) per charge."""
    paid_on: date | None

    @property
    def amount(self) -> float:
        return round(sum(line[3] for line in self.lines), 2)

    def to_wire(self, *, details: bool) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "id": self.id,
            "amount": self.amount,
            "billingPeriod": {"startDate": self.period_start.isoformat(), "endDate": self.period_end.isoformat()},
            "description": f"BILL charges for {self.period_start:%B %Y}",
            "invoiceDate": self.invoice_date.isoformat(),
            "invoiceNumber": self.invoice_number,
            "paymentStatus": "PAID" if self.paid_on else "UNPAID",
        }
        if self.paid_on:
            wire["paymentDate"] = self.paid_on.isoformat()
        if details:
            wire["statementDetails"] = [
                {"quantity": quantity, "description": description, "type": kind, "amount": amount}
                for kind, description, quantity, amount in self.lines
            ]
        return wire


def billing_statements(org: Organization) -> list[BillingStatement]:
    """A few monthly statements for the months before the organization joined the mock, newest first.

    They follow from the organization alone (its id and creation time), so they are the same on every
    read and after every reset, and reading them takes nothing from the store's id sequence.
    """
    statements = []
    joined = org.created.date()
    for age in range(1, STATEMENT_MONTHS + 1):
        period_start = _month_start(joined, months_back=age)
        invoice_date = _month_start(joined, months_back=age - 1)
        statements.append(
            BillingStatement(
                id=_statement_id(org.id, period_start),
                period_start=period_start,
                period_end=invoice_date - timedelta(days=1),
                invoice_date=invoice_date,
                invoice_number=f"BILL-{period_start:%Y%m}-{org.id[-6:]}",
                lines=(
                    ("SUBSCRIPTION", "Monthly subscription", 1, price_plan(org).monthly_price),
                    ("TRANSACTION", "ACH payments processed", 4 * age, round(0.49 * 4 * age, 2)),
                ),
                paid_on=None if age == 1 else invoice_date + timedelta(days=5),
            )
        )
    return statements


def _month_start(day: date, months_back: int) -> date:
    """The first day of the month `months_back` months before the one `day` falls in."""
    index = day.year * 12 + day.month - 1 - months_back
    return date(index // 12, index % 12 + 1, 1)


def _statement_id(organization_id: str, period_start: date) -> str:
    digest = hashlib.sha256(f"{organization_id}:{period_start.isoformat()}".encode()).digest()
    return BILLING_STATEMENT_PREFIX + "02" + "".join(ALPHANUMERIC[byte % len(ALPHANUMERIC)] for byte in digest[:15])


_STATEMENTS: Listing[BillingStatement] = Listing("billing-statements")


def _statements_in_range(statements: list[BillingStatement], query: Mapping[str, Any]) -> list[BillingStatement]:
    """The statements dated from invoiceDateFrom to invoiceDateTo, both given, without a page token."""
    start, end = query.get("invoiceDateFrom"), query.get("invoiceDateTo")
    if start is None:
        raise errors.missing_parameter("invoiceDateFrom")
    if end is None:
        raise errors.missing_parameter("invoiceDateTo")
    if "page" in query:
        raise BillError(
            400, "BDC_1129", "Invalid value for parameter: page. Page through statements without a date range."
        )
    first, last = date.fromisoformat(start), date.fromisoformat(end)
    if first > last:
        raise BillError(
            400, "BDC_1129", "Invalid value for parameter: invoiceDateFrom. It must not be after invoiceDateTo."
        )
    return [each for each in statements if first <= each.invoice_date <= last]


# users


def create_user(call: Call) -> User:
    """A user who finishes signing up by email; the email is their sign-in name, so it must be free."""
    require_administrator(call.store, call.who.user_id, "add users")
    email = str(call.body["email"])
    if call.store.username_taken(email):
        raise BillError(
            400,
            "BDC_1119",
            f"Invalid field,value: email, {shown_value('email', email)}. A BILL user already signs in with "
            "this email; use another address.",
        )
    return partner.create_user(call.store, call.now, call.organization_id, {**call.body, "username": email})


# handlers


@handles("listOrganizationIndustries")
def _industries(call: Call) -> Reply:
    return Reply(body={"results": list(INDUSTRIES)})


@handles("getOrganization")
def _get_organization(call: Call) -> Reply:
    org = own_organization(call, call.path("organizationId"))
    require_administrator(call.store, call.who.user_id, "read the organization")
    return Reply(body=render.organization(call.store, org))


@handles("updateOrganization")
def _update_organization(call: Call) -> Reply:
    org = own_organization(call, call.path("organizationId"))
    require_administrator(call.store, call.who.user_id, "change the organization")
    return Reply(body=render.organization(call.store, update_organization(call.now, org, call.body)))


@handles("getOrganizationPricePlan")
def _get_price_plan(call: Call) -> Reply:
    org = own_organization(call, call.path("organizationId"))
    require_administrator(call.store, call.who.user_id, "read the price plan")
    return Reply(body=price_plan(org).to_wire())


@handles("listBillingStatements")
def _list_billing_statements(call: Call) -> Reply:
    statements = billing_statements(own_organization(call, call.path("organizationId")))
    query = call.request.query
    if "invoiceDateFrom" in query or "invoiceDateTo" in query:
        in_range = _statements_in_range(statements, query)
        return Reply(body={"results": [each.to_wire(details=False) for each in in_range]})
    listed = _STATEMENTS.page(statements, ListQuery.from_query(query))
    return Reply(body=render.page([each.to_wire(details=False) for each in listed.results], listed))


@handles("getBillingStatement")
def _get_billing_statement(call: Call) -> Reply:
    statements = billing_statements(own_organization(call, call.path("organizationId")))
    wanted = call.path("billingStatementId")
    for statement in statements:
        if statement.id == wanted:
            return Reply(body=statement.to_wire(details=True))
    raise errors.not_found("billing statement", wanted)


@handles("createOrganizationUser")
def _create_user(call: Call) -> Reply:
    return Reply(201, render.user(call.store, create_user(call)))


@handles("listOrganizationUsers")
def _list_users(call: Call) -> Reply:
    listed = USERS.page(call.store.users_of(call.organization_id), call.list_query())
    return Reply(body=render.page([render.user(call.store, user) for user in listed.results], listed))


@handles("getOrganizationUser")
def _get_user(call: Call) -> Reply:
    return Reply(body=render.user(call.store, partner.user_in(call.store, call.organization_id, call.path("userId"))))


@handles("updateOrganizationUser")
def _update_user(call: Call) -> Reply:
    user = partner.update_user(call.store, call.now, call.organization_id, call.path("userId"), call.body)
    return Reply(body=render.user(call.store, user))


@handles("archiveOrganizationUser")
def _archive_user(call: Call) -> Reply:
    user = partner.set_archived(call.store, call.now, call.organization_id, call.path("userId"), archived=True)
    return Reply(body=render.user(call.store, user))


@handles("restoreOrganizationUser")
def _restore_user(call: Call) -> Reply:
    user = partner.set_archived(call.store, call.now, call.organization_id, call.path("userId"), archived=False)
    return Reply(body=render.user(call.store, user))


@handles("listOrganizationRoles")
def _list_roles(call: Call) -> Reply:
    listed = ROLES.page(call.store.roles_of(call.organization_id), call.list_query())
    return Reply(body=render.page([render.role(role) for role in listed.results], listed))


@handles("getOrganizationRole")
def _get_role(call: Call) -> Reply:
    return Reply(body=render.role(partner.role_in(call.store, call.organization_id, call.path("roleId"))))
