"""Multi-factor authentication: one primary phone per user, challenges, and remember-me ids.

The mock sends no texts: every code it "sends" is the sandbox's fixed token (`Store.mfa_token`).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from bill_mock import errors
from bill_mock.rules.sessions import Caller
from bill_mock.state import MfaChallenge, MfaPhone, MfaSetup, RememberMe, Store

__all__ = [
    "REMEMBER_ME_LIFETIME",
    "challenge",
    "mfa_enabled",
    "phones",
    "setup",
    "step_up",
    "validate_challenge",
    "validate_setup",
]

REMEMBER_ME_LIFETIME = timedelta(days=30)


def setup(store: Store, user_id: str, phone: str, delivery: str) -> MfaSetup:
    """Starts adding a phone; it becomes the user's MFA phone once the code is confirmed."""
    pending = MfaSetup(id=store.ids.secret(24), user_id=user_id, phone=phone, type=delivery)
    store.mfa_setups[pending.id] = pending
    return pending


def validate_setup(store: Store, user_id: str, setup_id: str, token: str) -> None:
    pending = store.mfa_setups.get(setup_id)
    if pending is None or pending.user_id != user_id:
        raise errors.invalid_field("setupId", setup_id)
    if token != store.mfa_token:
        raise errors.invalid_field("token", token)
    del store.mfa_setups[setup_id]
    # BILL removed backup phones: the confirmed phone replaces any earlier one as the primary.
    store.mfa_phones[user_id] = MfaPhone(number=pending.phone, type=pending.type, primary=True)


def challenge(store: Store, user_id: str) -> MfaChallenge:
    if user_id not in store.mfa_phones:
        raise errors.missing_field("phone")
    issued = MfaChallenge(id=store.ids.secret(24), user_id=user_id)
    store.mfa_challenges[issued.id] = issued
    return issued


def validate_challenge(
    store: Store,
    now: datetime,
    caller: Caller,
    *,
    challenge_id: str,
    token: str,
    remember_me: bool = False,
    device: str | None = None,
) -> RememberMe | None:
    """A right code makes the calling session trusted; with `remember_me`, also returns a 30-day id."""
    issued = store.mfa_challenges.get(challenge_id)
    if issued is None or issued.user_id != caller.user_id:
        raise errors.invalid_field("challengeId", challenge_id)
    if token != store.mfa_token:
        raise errors.invalid_field("token", token)
    del store.mfa_challenges[challenge_id]
    caller.session.trusted = True
    if not remember_me:
        return None
    remembered = RememberMe(
        id=store.ids.secret(32), user_id=caller.user_id, expires=now + REMEMBER_ME_LIFETIME, device=device
    )
    store.remember_me[remembered.id] = remembered
    return remembered


def step_up(store: Store, now: datetime, caller: Caller, remember_me_id: str) -> None:
    remembered = store.remember_me.get(remember_me_id)
    if remembered is None or remembered.user_id != caller.user_id or now >= remembered.expires:
        raise errors.invalid_field("rememberMeId", remember_me_id)
    caller.session.trusted = True


def phones(store: Store, user_id: str) -> list[MfaPhone]:
    phone = store.mfa_phones.get(user_id)
    return [phone] if phone else []


def mfa_enabled(store: Store, user_id: str) -> bool:
    return user_id in store.mfa_phones
