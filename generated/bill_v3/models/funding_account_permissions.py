from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.funding_account_permissions_organization import FundingAccountPermissionsOrganization
    from ..models.funding_account_permissions_user import FundingAccountPermissionsUser


T = TypeVar("T", bound="FundingAccountPermissions")


@_attrs_define
class FundingAccountPermissions:
    organization: FundingAccountPermissionsOrganization | Unset = UNSET
    user: FundingAccountPermissionsUser | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.organization, Unset):
            organization = self.organization.to_dict()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if organization is not UNSET:
            field_dict["organization"] = organization
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.funding_account_permissions_organization import FundingAccountPermissionsOrganization  # noqa: PLC0415
        from ..models.funding_account_permissions_user import FundingAccountPermissionsUser  # noqa: PLC0415

        d = dict(src_dict)
        _organization = d.pop("organization", UNSET)
        organization: FundingAccountPermissionsOrganization | Unset
        if isinstance(_organization, Unset):
            organization = UNSET
        else:
            organization = FundingAccountPermissionsOrganization.from_dict(_organization)

        _user = d.pop("user", UNSET)
        user: FundingAccountPermissionsUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = FundingAccountPermissionsUser.from_dict(_user)

        funding_account_permissions = cls(
            organization=organization,
            user=user,
        )

        funding_account_permissions.additional_properties = d
        return funding_account_permissions

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
