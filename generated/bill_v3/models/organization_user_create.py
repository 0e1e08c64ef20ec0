from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="OrganizationUserCreate")


@_attrs_define
class OrganizationUserCreate:
    first_name: str
    last_name: str
    email: str
    """ Also the user's sign-in name. """
    role_id: str
    """ BILL user role id (prefix `0po`). """
    accept_terms_of_service: bool
    """ Must be true. """

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        role_id = self.role_id

        accept_terms_of_service = self.accept_terms_of_service

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "firstName": first_name,
                "lastName": last_name,
                "email": email,
                "roleId": role_id,
                "acceptTermsOfService": accept_terms_of_service,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_name = d.pop("firstName")

        last_name = d.pop("lastName")

        email = d.pop("email")

        role_id = d.pop("roleId")

        accept_terms_of_service = d.pop("acceptTermsOfService")

        organization_user_create = cls(
            first_name=first_name,
            last_name=last_name,
            email=email,
            role_id=role_id,
            accept_terms_of_service=accept_terms_of_service,
        )

        return organization_user_create
