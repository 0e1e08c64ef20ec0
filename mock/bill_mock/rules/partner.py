"""What a BILL partner may do with its own session: organizations, their users and their roles.

Users and roles are always looked up inside one organization (the `organizationId` header), so an id
from another organization is simply not found there.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from bill_mock import errors
from bill_mock.state import Organization, Partner, Role, Store, User

__all__ = [
    "DEFAULT_ROLE",
    "create_organization",
    "create_user",
    "owned_organization",
    "role_in",
    "set_archived",
    "update_price_plan",
    "update_user",
    "user_in",
]

DEFAULT_ROLE = "ADMINISTRATOR"

_USER_FIELDS = {"firstName": "first_name", "lastName": "last_name", "email": "email"}


def owned_organization(store: Store, partner: Partner, organization_id: str) -> Organization:
    """The organization, if this partner created it: unknown ids are 404, other partners' ones 403."""
    org = store.organizations.get(organization_id)
    if org is None:
        raise errors.not_found("organization", organization_id)
    if org.partner_id != partner.id:
        raise errors.wrong_scope(
            "This partner did not create that organization; a partner session acts only on its own organizations."
        )
    return org


def create_organization(store: Store, now: datetime, partner: Partner, fields: Mapping[str, Any]) -> Organization:
    details = {key: value for key, value in fields.items() if key != "name"}
    return store.add_organization(str(fields["name"]), now, partner=partner, details=details)


def update_price_plan(store: Store, now: datetime, partner: Partner, organization_id: str, plan: str) -> None:
    org = owned_organization(store, partner, organization_id)
    org.price_plan = plan
    org.updated = now


def create_user(store: Store, now: datetime, organization_id: str, fields: Mapping[str, Any]) -> User:
    """A new user; without a roleId the user is an administrator, as in BILL."""
    if fields.get("acceptTermsOfService") is not True:
        raise errors.invalid_field("acceptTermsOfService", fields.get("acceptTermsOfService"))
    username = str(fields["username"])
    if store.username_taken(username):
        raise errors.invalid_field("username", username)
    role_id = fields.get("roleId")
    if role_id is None:
        role = store.role_of_type(organization_id, DEFAULT_ROLE)
    else:
        role = _role_for_user(store, organization_id, str(role_id))
    return store.add_user(
        organization_id,
        now,
        username=username,
        first_name=str(fields["firstName"]),
        last_name=fields.get("lastName"),
        email=str(fields["email"]),
        role_id=role.id,
        external_reference_id=fields.get("externalReferenceId"),
    )


def user_in(store: Store, organization_id: str, user_id: str) -> User:
    user = store.users.get(user_id)
    if user is None or user.organization_id != organization_id:
        raise errors.not_found("user", user_id)
    return user


def role_in(store: Store, organization_id: str, role_id: str) -> Role:
    role = store.roles.get(role_id)
    if role is None or role.organization_id != organization_id:
        raise errors.not_found("role", role_id)
    return role


def update_user(store: Store, now: datetime, organization_id: str, user_id: str, fields: Mapping[str, Any]) -> User:
    """Changes only the fields sent (PATCH semantics)."""
    user = user_in(store, organization_id, user_id)
    role_id = fields.get("roleId")
    role = _role_for_user(store, organization_id, str(role_id)) if role_id is not None else None
    for wire_name, attribute in _USER_FIELDS.items():
        if wire_name in fields:
            setattr(user, attribute, fields[wire_name])
    if role is not None:
        user.role_id = role.id
    user.updated = now
    return user


def set_archived(store: Store, now: datetime, organization_id: str, user_id: str, archived: bool) -> User:
    """Archives or restores; repeating either leaves the user as it is."""
    user = user_in(store, organization_id, user_id)
    if user.archived != archived:
        user.archived = archived
        user.updated = now
    return user


def _role_for_user(store: Store, organization_id: str, role_id: str) -> Role:
    """A role given in a user's fields must be one of the organization's: a bad value, not a missing object."""
    role = store.roles.get(role_id)
    if role is None or role.organization_id != organization_id:
        raise errors.invalid_field("roleId", role_id)
    return role
