"""v2's sign-in, session and MFA operations, over the same sessions, users and MFA records as v3.

A v2 Login opens an organization session in the shared store, bound to the devKey: a user's ends after 35
idle minutes, a sync token's never (unless the control plane sets a limit), see rules/sessions.py. Login
tells a token from a user by userName: the name of one of the organization's sync tokens signs in with
that token, anything else as a user. MFA is v3's (rules/mfa.py): a challenge texts the sandbox's fixed
code, a right answer trusts the session, and with rememberMe the mfaId (v3's rememberMeId) trusts later
sign-ins from the same deviceId for 30 days.
"""

from __future__ import annotations

from typing import Any

from bill_mock import errors
from bill_mock.rules import mfa, sessions
from bill_mock.state import Organization, Store
from bill_mock.v2 import wire
from bill_mock.v2.handlers import V2Call, handles_v2

__all__ = ["API_PATH"]

API_PATH = "/api/v2"
"""What Login's apiEndPoint adds to the mock's base URL: where this session's calls go."""


@handles_v2("login")
def _login(call: V2Call) -> dict[str, Any]:
    form = call.form
    dev_key, user_name, password, org_id = form["devKey"], form["userName"], form["password"], form["orgId"]
    token = call.store.sync_token(org_id, user_name)
    if token is not None:
        session = sessions.token_login(call.store, call.now, dev_key=dev_key, token=token, secret=password)
    else:
        session = sessions.login(
            call.store,
            call.now,
            dev_key=dev_key,
            username=user_name,
            organization_id=org_id,
            password=password,
            remember_me_id=_remembered(call.store, form.get("mfaId"), form.get("deviceId")),
        )
    return {
        "sessionId": session.id,
        "orgId": session.organization_id,
        "apiEndPoint": call.base_url + API_PATH,
        "usersId": session.user_id,
    }


def _remembered(store: Store, mfa_id: str | None, device_id: str | None) -> str | None:
    """The remember-me id to trust the new session with: only with the device it was remembered for."""
    if not mfa_id:
        return None
    if not device_id:
        raise wire.missing_data("deviceId")
    remembered = store.remember_me.get(mfa_id)
    return mfa_id if remembered is not None and remembered.device == device_id else None


@handles_v2("listOrgs")
def _list_orgs(call: V2Call) -> list[dict[str, str]]:
    """The organizations the credentials open: a user's own, or the one of each token of that name."""
    store, form = call.store, call.form
    user_name, password = form["userName"], form["password"]
    found: list[Organization] = []
    user = store.user_by_username(user_name)
    if user is not None and user.password is not None and password == user.password and not user.archived:
        found.append(store.organizations[user.organization_id])
    else:
        for token in store.sync_tokens:
            if token.name == user_name and token.token == password:
                found.append(store.organizations[token.organization_id])
    listed = [org for org in found if not org.archived]
    if not listed:
        raise errors.bad_login()
    return [{"orgId": org.id, "orgName": org.name} for org in listed]


@handles_v2("getSessionInfo")
def _session_info(call: V2Call) -> dict[str, str]:
    return {"organizationId": call.organization_id, "userId": call.user_id}


@handles_v2("logout")
def _logout(call: V2Call) -> dict[str, Any]:
    sessions.logout(call.store, call.who)
    return {}


@handles_v2("currentTime")
def _current_time(call: V2Call) -> dict[str, str]:
    return {"currentTime": wire.format_timestamp(call.now)}


@handles_v2("mfaChallenge")
def _mfa_challenge(call: V2Call) -> dict[str, str]:
    if call.data.get("useBackup") is True:
        raise errors.invalid_field("useBackup", True)  # BILL dropped backup phones; the code goes to the primary
    return {"challengeId": mfa.challenge(call.store, call.user_id).id}


@handles_v2("mfaAuthenticate")
def _mfa_authenticate(call: V2Call) -> dict[str, str]:
    data = call.data
    remembered = mfa.validate_challenge(
        call.store,
        call.now,
        call.who,
        challenge_id=data["challengeId"],
        token=data["token"],
        remember_me=data.get("rememberMe", False),
        device=data["deviceId"],
    )
    # Without rememberMe the trust ends with this session: the mfaId then trusts no later sign-in.
    mfa_id = remembered.id if remembered is not None else call.store.ids.secret(32)
    return {"mfaId": mfa_id, "machineName": data["machineName"]}


@handles_v2("mfaStatus")
def _mfa_status(call: V2Call) -> dict[str, bool]:
    data = call.data
    remembered = call.store.remember_me.get(data["mfaId"])
    trusted = (
        remembered is not None
        and remembered.user_id == call.user_id
        and remembered.device == data["deviceId"]
        and call.now < remembered.expires
    )
    return {"isTrusted": trusted}
