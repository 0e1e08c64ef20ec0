"""The v3 operations' wire side: validated request in, BILL rule called, BILL-shaped reply out.

One function per operationId, registered in HANDLERS; the app refuses to start if the spec and this
table disagree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar, overload

from bill_mock import render
from bill_mock.rules import mfa, partner, risk, sessions
from bill_mock.rules.listing import EQUALITY, ORDERING, Field, Listing, ListQuery
from bill_mock.rules.sessions import Caller
from bill_mock.state import Organization, Partner, Role, Store, User
from bill_mock.validation import ValidRequest

__all__ = ["HANDLERS", "Call", "Handler", "Reply", "handles"]


@dataclass(frozen=True, slots=True)
class Call:
    """Everything a handler may use: the store, the mock's time, the caller and the checked request."""

    store: Store
    now: datetime
    caller: Caller | None
    request: ValidRequest

    @property
    def body(self) -> dict[str, Any]:
        body = self.request.body
        return body if isinstance(body, dict) else {}

    @property
    def who(self) -> Caller:
        if self.caller is None:
            raise LookupError("this operation was routed without a session")
        return self.caller

    @property
    def organization_id(self) -> str:
        organization_id = self.who.organization_id
        if organization_id is None:
            raise LookupError("this call acts on no organization")
        return organization_id

    def path(self, name: str) -> str:
        return self.request.path[name]

    def list_query(self) -> ListQuery:
        return ListQuery.from_query(self.request.query)


@dataclass(frozen=True, slots=True)
class Reply:
    status: int = 200
    body: Any = None
    """None sends an empty body, as BILL does for operations that document no content."""


Handler = Callable[[Call], Reply]
HANDLERS: dict[str, Handler] = {}


HandlerT = TypeVar("HandlerT", bound=Callable[..., Any])


@overload
def handles(operation_id: str) -> Callable[[Handler], Handler]: ...
@overload
def handles(operation_id: str, registry: dict[str, HandlerT]) -> Callable[[HandlerT], HandlerT]: ...


def handles(operation_id: str, registry: dict[str, Any] | None = None) -> Callable[[Any], Any]:
    """Registers the decorated function as the handler of `operation_id` (area modules use it too).

    `registry` is HANDLERS, the v3 API's table, unless another API (the webhooks one, v2) keeps its own;
    each table has its own handler type, hence the type variable.
    """
    table: dict[str, Any] = HANDLERS if registry is None else registry

    def register(handler: Any) -> Any:
        claimed = table.get(operation_id)
        if claimed is not None and claimed is not handler:
            raise RuntimeError(f"{operation_id} already has a handler: {claimed.__module__}.{claimed.__name__}")
        table[operation_id] = handler
        return handler

    return register


_TIMES: dict[str, Field[Any]] = {
    "createdTime": Field(lambda item: item.created, kind="datetime", operators=ORDERING, sortable=True),
    "updatedTime": Field(lambda item: item.updated, kind="datetime", operators=ORDERING, sortable=True),
}
_TEXT = EQUALITY | {"sw"}

ORGANIZATIONS: Listing[Organization] = Listing(
    "organizations",
    {
        "id": Field(lambda org: org.id),
        "name": Field(lambda org: org.name, operators=_TEXT, sortable=True),
        "archived": Field(lambda org: org.archived, kind="boolean", operators=frozenset({"eq", "ne"})),
        **_TIMES,
    },
)
USERS: Listing[User] = Listing(
    "users",
    {
        "id": Field(lambda user: user.id),
        "firstName": Field(lambda user: user.first_name, operators=_TEXT, sortable=True),
        "lastName": Field(lambda user: user.last_name, operators=_TEXT, sortable=True),
        "email": Field(lambda user: user.email, operators=_TEXT, sortable=True),
        "archived": Field(lambda user: user.archived, kind="boolean", operators=frozenset({"eq", "ne"})),
        **_TIMES,
    },
)
ROLES: Listing[Role] = Listing(
    "roles",
    {
        "id": Field(lambda role: role.id),
        "type": Field(lambda role: role.type, operators=_TEXT, sortable=True),
        **_TIMES,
    },
)


# sessions


@handles("login")
def _login(call: Call) -> Reply:
    body = call.body
    session = sessions.login(
        call.store,
        call.now,
        dev_key=body["devKey"],
        username=body["username"],
        organization_id=body["organizationId"],
        password=body.get("password"),
        console_api_token=body.get("consoleApiToken"),
        remember_me_id=body.get("rememberMeId"),
    )
    return Reply(
        body={
            "sessionId": session.id,
            "organizationId": session.organization_id,
            "userId": session.user_id,
            "trusted": session.trusted,
        }
    )


@handles("logout")
def _logout(call: Call) -> Reply:
    sessions.logout(call.store, call.who)
    return Reply()


@handles("getSessionInfo")
def _session_info(call: Call) -> Reply:
    user_id = call.who.user_id
    return Reply(
        body={
            "organizationId": call.organization_id,
            "userId": user_id,
            "mfaStatus": "ENABLED" if mfa.mfa_enabled(call.store, user_id) else "DISABLED",
            "mfaBypass": False,
        }
    )


@handles("listLoginOrganizations")
def _login_organizations(call: Call) -> Reply:
    org = call.store.organizations[call.organization_id]
    return Reply(body={"results": [{"id": org.id, "name": org.name}]})


@handles("partnerLogin")
def _partner_login(call: Call) -> Reply:
    body = call.body
    session = sessions.partner_login(
        call.store, call.now, app_key=body["appKey"], username=body["username"], password=body["password"]
    )
    return Reply(body={"sessionId": session.id})


@handles("loginAsUser")
def _login_as_user(call: Call) -> Reply:
    body = call.body
    session = sessions.login_as_user(
        call.store,
        call.now,
        _partner(call),
        user_id=body["userId"],
        organization_id=body["organizationId"],
        remember_me_id=body.get("rememberMeId"),
    )
    return Reply(body={"sessionId": session.id, "trusted": session.trusted})


# partner: organizations


def _partner(call: Call) -> Partner:
    return call.store.partners[call.who.partner_id]


@handles("createOrganization")
def _create_organization(call: Call) -> Reply:
    org = partner.create_organization(call.store, call.now, _partner(call), call.body)
    return Reply(201, render.organization(call.store, org))


@handles("listPartnerOrganizations")
def _list_organizations(call: Call) -> Reply:
    owned = [call.store.organizations[org_id] for org_id in _partner(call).organization_ids]
    listed = ORGANIZATIONS.page(owned, call.list_query())
    return Reply(body=render.page([render.organization(call.store, org) for org in listed.results], listed))


@handles("updateOrganizationPricePlan")
def _update_price_plan(call: Call) -> Reply:
    partner.update_price_plan(
        call.store, call.now, _partner(call), call.path("organizationId"), call.body["pricePlanType"]
    )
    return Reply(body={"status": "SUCCESS"})


# partner: users and roles of the organization in the organizationId header


@handles("createPartnerUser")
def _create_user(call: Call) -> Reply:
    user = partner.create_user(call.store, call.now, call.organization_id, call.body)
    return Reply(201, render.user(call.store, user))


@handles("listPartnerUsers")
def _list_users(call: Call) -> Reply:
    listed = USERS.page(call.store.users_of(call.organization_id), call.list_query())
    return Reply(body=render.page([render.user(call.store, user) for user in listed.results], listed))


@handles("getPartnerUser")
def _get_user(call: Call) -> Reply:
    user = partner.user_in(call.store, call.organization_id, call.path("userId"))
    return Reply(body=render.user(call.store, user))


@handles("updatePartnerUser")
def _update_user(call: Call) -> Reply:
    user = partner.update_user(call.store, call.now, call.organization_id, call.path("userId"), call.body)
    return Reply(body=render.user(call.store, user))


@handles("archivePartnerUser")
def _archive_user(call: Call) -> Reply:
    user = partner.set_archived(call.store, call.now, call.organization_id, call.path("userId"), archived=True)
    return Reply(body=render.user(call.store, user))


@handles("restorePartnerUser")
def _restore_user(call: Call) -> Reply:
    user = partner.set_archived(call.store, call.now, call.organization_id, call.path("userId"), archived=False)
    return Reply(body=render.user(call.store, user))


@handles("listPartnerRoles")
def _list_roles(call: Call) -> Reply:
    listed = ROLES.page(call.store.roles_of(call.organization_id), call.list_query())
    return Reply(body=render.page([render.role(role) for role in listed.results], listed))


@handles("getPartnerRole")
def _get_role(call: Call) -> Reply:
    return Reply(body=render.role(partner.role_in(call.store, call.organization_id, call.path("roleId"))))


@handles("createPartnerUserPhone")
def _create_partner_user_phone(call: Call) -> Reply:
    user = partner.user_in(call.store, call.organization_id, call.path("userId"))
    risk.add_phone(call.store, user.id, call.body["phoneNumber"], call.body["phoneType"])
    return Reply()


# risk verification, for the signed-in user and organization


@handles("initiateRiskVerification")
def _initiate_risk_verification(call: Call) -> Reply:
    started = risk.initiate(call.store, call.organization_id, call.who.user_id)
    return Reply(body=render.risk_verification(started))


@handles("getRiskVerification")
def _get_risk_verification(call: Call) -> Reply:
    return Reply(body=render.risk_verification(risk.verification(call.store, call.organization_id)))


@handles("createRiskVerificationPhone")
def _create_risk_verification_phone(call: Call) -> Reply:
    risk.add_phone(call.store, call.who.user_id, call.body["phoneNumber"], call.body["phoneType"])
    return Reply()


@handles("getRiskVerificationPhone")
def _get_risk_verification_phone(call: Call) -> Reply:
    return Reply(body={"hasPhone": risk.has_phone(call.store, call.who.user_id)})


# MFA


@handles("setupMfa")
def _setup_mfa(call: Call) -> Reply:
    pending = mfa.setup(call.store, call.who.user_id, call.body["phone"], call.body["type"])
    return Reply(body={"setupId": pending.id})


@handles("validateMfaSetup")
def _validate_mfa_setup(call: Call) -> Reply:
    mfa.validate_setup(call.store, call.who.user_id, call.body["setupId"], call.body["token"])
    return Reply(body={"status": "SUCCESS"})


@handles("createMfaChallenge")
def _create_mfa_challenge(call: Call) -> Reply:
    issued = mfa.challenge(call.store, call.who.user_id)
    return Reply(body={"challengeId": issued.id})


@handles("validateMfaChallenge")
def _validate_mfa_challenge(call: Call) -> Reply:
    body = call.body
    remembered = mfa.validate_challenge(
        call.store,
        call.now,
        call.who,
        challenge_id=body["challengeId"],
        token=body["token"],
        remember_me=body.get("rememberMe", False),
        device=body.get("device"),
    )
    return Reply(body={"rememberMeId": remembered.id} if remembered else {})


@handles("stepUpSession")
def _step_up(call: Call) -> Reply:
    mfa.step_up(call.store, call.now, call.who, call.body["rememberMeId"])
    return Reply(body={"trusted": True})


@handles("listMfaPhones")
def _list_mfa_phones(call: Call) -> Reply:
    return Reply(body={"results": [render.mfa_phone(phone) for phone in mfa.phones(call.store, call.who.user_id)]})
