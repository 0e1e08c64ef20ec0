"""Signing in and out, and deciding whether a request's credentials may make a call.

BILL's rules kept here: a session ends after 35 idle minutes and every accepted call restarts that
timer; a sessionId works only with the key it was opened with; partner sessions cannot call
organization operations and organization sessions cannot call partner operations.

Sync-token sessions (v2's token sign-in) never expire by default, as the seed's token page says; BILL's
current page says 48 idle hours, so the control plane can set an idle limit for them
(`POST /_mock/sessions {"tokenIdleSeconds": N}`, kept in `SessionSettings`). The v3 API refuses them: the
mock enforces a token's limited rights on v2 only (rules/token_access.py).
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from datetime import datetime, timedelta

from bill_mock import errors
from bill_mock.rules.partner import owned_organization
from bill_mock.state import Partner, Session, SessionKind, Store, SyncToken, User
from bill_spec import Operation

__all__ = [
    "IDLE_LIMIT",
    "Caller",
    "Credentials",
    "SessionSettings",
    "authenticate",
    "live_session",
    "login",
    "login_as_user",
    "logout",
    "partner_login",
    "token_login",
]

IDLE_LIMIT = timedelta(minutes=35)

_KEY_HEADER: dict[SessionKind, str] = {"organization": "devKey", "partner": "appKey"}


@dataclass(slots=True)
class SessionSettings:
    """The store's session settings (reached with `store.area(SessionSettings)`, so a reset restores them)."""

    token_idle: timedelta | None = None
    """How long a sync-token session may sit idle; None: it never expires."""


@dataclass(frozen=True, slots=True)
class Credentials:
    """The credential headers of one request, as sent."""

    dev_key: str | None = None
    app_key: str | None = None
    session_id: str | None = None
    organization_id: str | None = None


@dataclass(frozen=True, slots=True)
class Caller:
    """Who is calling: the live session and the organization the call acts on."""

    session: Session
    organization_id: str | None
    """The session's own organization, or on partner calls the one named in the organizationId header."""

    @property
    def user_id(self) -> str:
        if self.session.user_id is None:
            raise LookupError("a partner session has no signed-in user")
        return self.session.user_id

    @property
    def partner_id(self) -> str:
        if self.session.partner_id is None:
            raise LookupError("an organization session has no partner")
        return self.session.partner_id


def login(
    store: Store,
    now: datetime,
    *,
    dev_key: str,
    username: str,
    organization_id: str,
    password: str | None = None,
    console_api_token: str | None = None,
    remember_me_id: str | None = None,
) -> Session:
    """Opens an organization session bound to `dev_key`; a valid remember-me id makes it MFA-trusted."""
    if dev_key not in store.dev_keys:
        raise errors.bad_key("devKey")
    if password is None and console_api_token is None:
        raise errors.missing_field("password")
    user = store.user_by_username(username)
    org = store.organizations.get(organization_id)
    # No console token is ever issued by the mock, so that path can only fail, as an unknown token does.
    if (
        user is None
        or org is None
        or org.archived
        or user.archived
        or user.organization_id != organization_id
        or password is None
        or user.password is None
        or password != user.password
    ):
        raise errors.bad_login()
    return _open(store, now, "organization", dev_key, user=user, trusted=_remembered(store, now, user, remember_me_id))


def token_login(store: Store, now: datetime, *, dev_key: str, token: SyncToken, secret: str) -> Session:
    """Opens a sync-token session for the token's organization, acting as the user who made the token."""
    if dev_key not in store.dev_keys:
        raise errors.bad_key("devKey")
    user = store.users.get(token.user_id)
    org = store.organizations.get(token.organization_id)
    if (
        user is None
        or org is None
        or org.archived
        or user.archived
        or not hmac.compare_digest(secret.encode("utf-8"), token.token.encode("utf-8"))
    ):
        raise errors.bad_login()
    return _open(store, now, "organization", dev_key, user=user, token=True)


def partner_login(store: Store, now: datetime, *, app_key: str, username: str, password: str) -> Session:
    partner = store.partner_by_app_key(app_key)
    if partner is None:
        raise errors.bad_key("appKey")
    if username.casefold() != partner.username.casefold() or password != partner.password:
        raise errors.bad_login()
    return _open(store, now, "partner", app_key, partner=partner)


def login_as_user(
    store: Store,
    now: datetime,
    partner: Partner,
    *,
    user_id: str,
    organization_id: str,
    remember_me_id: str | None = None,
) -> Session:
    """An organization session for a user of one of the partner's organizations.

    The session is not bound to a key yet: the first registered devKey it is used with claims it.
    """
    owned_organization(store, partner, organization_id)
    user = store.users.get(user_id)
    if user is None or user.organization_id != organization_id:
        raise errors.not_found("user", user_id)
    if user.archived:
        raise errors.invalid_field("userId", user_id)
    return _open(store, now, "organization", None, user=user, trusted=_remembered(store, now, user, remember_me_id))


def logout(store: Store, caller: Caller) -> None:
    store.sessions.pop(caller.session.id, None)


def authenticate(store: Store, now: datetime, operation: Operation, credentials: Credentials) -> Caller | None:
    """The caller behind a request, or a BillError saying why the call is refused.

    Order matters to clients: key, then session, then the session's binding, then scope; a call that
    passes all four restarts the session's idle timer even if its input is rejected later.
    """
    if operation.scope == "public":
        return None
    if credentials.dev_key is None and credentials.app_key is None:
        raise errors.bad_key("devKey or appKey header")
    for header, key in (("devKey", credentials.dev_key), ("appKey", credentials.app_key)):
        if key is not None and not _registered(store, header, key):
            raise errors.bad_key(header)
    session = _live_session(store, now, credentials.session_id)
    if session.token:
        raise errors.session_invalid(
            "Session is invalid for the v3 API: a sync-token session works on v2 only. Sign in with /v3/login."
        )
    header = _KEY_HEADER[session.kind]
    key = credentials.dev_key if session.kind == "organization" else credentials.app_key
    if key is None:
        raise errors.session_invalid(f"Session is invalid with this key. Send the {header} it was opened with.")
    if session.key is None:
        session.key = key  # a login-as-user session belongs to the first devKey that uses it
    elif key != session.key:
        raise errors.session_invalid(f"Session is invalid with this key. Send the {header} it was opened with.")
    _check_scope(operation, session)
    organization_id = session.organization_id
    if session.kind == "partner" and "organizationId" in _required_headers(operation):
        organization_id = _partner_organization(store, session, credentials.organization_id)
    session.last_used = now
    return Caller(session=session, organization_id=organization_id)


def _partner_organization(store: Store, session: Session, organization_id: str | None) -> str:
    """The organization a partner call acts on: named in the header, and one this partner created."""
    if not organization_id:
        raise errors.missing_parameter("organizationId")
    partner = store.partners[session.partner_id or ""]  # a partner session always names its partner
    return owned_organization(store, partner, organization_id).id


def _registered(store: Store, header: str, key: str) -> bool:
    return key in store.dev_keys if header == "devKey" else store.is_app_key(key)


def _live_session(store: Store, now: datetime, session_id: str | None) -> Session:
    session = live_session(store, now, session_id)
    if session is None:
        raise errors.session_invalid()
    return session


def live_session(store: Store, now: datetime, session_id: str | None) -> Session | None:
    """The session `session_id` names, or None when there is none or it has gone idle (it is forgotten then)."""
    session = store.sessions.get(session_id) if session_id else None
    if session is None:
        return None
    if _expired(store, session, now):
        del store.sessions[session.id]
        return None
    return session


def _expired(store: Store, session: Session, now: datetime) -> bool:
    limit = store.area(SessionSettings).token_idle if session.token else IDLE_LIMIT
    return limit is not None and now - session.last_used >= limit


def _check_scope(operation: Operation, session: Session) -> None:
    if operation.scope == "partner" and session.kind != "partner":
        raise errors.wrong_scope(
            "Use a partner session (appKey and a sessionId from /v3/partner/login): "
            "an organization session cannot call this partner operation."
        )
    if operation.scope == "organization" and session.kind != "organization":
        raise errors.wrong_scope(
            "Use an organization session (devKey and a sessionId from /v3/login or /v3/partner/login-as-user): "
            "a partner session cannot call this organization operation."
        )


def _required_headers(operation: Operation) -> frozenset[str]:
    """Credential headers every alternative of the operation's security needs."""
    if not operation.security:
        return frozenset()
    return frozenset.intersection(*operation.security)


def _remembered(store: Store, now: datetime, user: User, remember_me_id: str | None) -> bool:
    remembered = store.remember_me.get(remember_me_id) if remember_me_id else None
    return remembered is not None and remembered.user_id == user.id and now < remembered.expires


def _open(
    store: Store,
    now: datetime,
    kind: SessionKind,
    key: str | None,
    *,
    user: User | None = None,
    partner: Partner | None = None,
    trusted: bool = False,
    token: bool = False,
) -> Session:
    _forget_idle_sessions(store, now)
    session = Session(
        id=store.ids.secret(40),
        kind=kind,
        key=key,
        last_used=now,
        organization_id=user.organization_id if user else None,
        user_id=user.id if user else None,
        partner_id=partner.id if partner else None,
        trusted=trusted,
        token=token,
    )
    store.sessions[session.id] = session
    return session


def _forget_idle_sessions(store: Store, now: datetime) -> None:
    """Keeps a long-running mock from holding every session it ever opened."""
    expired = [sid for sid, s in store.sessions.items() if _expired(store, s, now)]
    for session_id in expired:
        del store.sessions[session_id]
