from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserCreate")


@_attrs_define
class UserCreate:
    first_name: str
    email: str
    username: str
    """ Unique and case-insensitive; BILL asks for letters and digits, never an email. """
    accept_terms_of_service: bool
    """ Must be true. """
    last_name: str | Unset = UNSET
    role_id: str | Unset = UNSET
    """ BILL user role id (prefix `0po`). """
    external_reference_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        email = self.email

        username = self.username

        accept_terms_of_service = self.accept_terms_of_service

        last_name = self.last_name

        role_id = self.role_id

        external_reference_id = self.external_reference_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "firstName": first_name,
                "email": email,
                "username": username,
                "acceptTermsOfService": accept_terms_of_service,
            }
        )
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if role_id is not UNSET:
            field_dict["roleId"] = role_id
        if external_reference_id is not UNSET:
            field_dict["externalReferenceId"] = external_reference_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_name = d.pop("firstName")

        email = d.pop("email")

        username = d.pop("username")

        accept_terms_of_service = d.pop("acceptTermsOfService")

        last_name = d.pop("lastName", UNSET)

        role_id = d.pop("roleId", UNSET)

        external_reference_id = d.pop("externalReferenceId", UNSET)

        user_create = cls(
            first_name=first_name,
            email=email,
            username=username,
            accept_terms_of_service=accept_terms_of_service,
            last_name=last_name,
            role_id=role_id,
            external_reference_id=external_reference_id,
        )

        return user_create
