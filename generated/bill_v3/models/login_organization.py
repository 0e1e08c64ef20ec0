from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.console_organization import ConsoleOrganization


T = TypeVar("T", bound="LoginOrganization")


@_attrs_define
class LoginOrganization:
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    console_organization: ConsoleOrganization | Unset = UNSET
    """ The accountant console organization that manages the listed one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        console_organization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.console_organization, Unset):
            console_organization = self.console_organization.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if console_organization is not UNSET:
            field_dict["consoleOrganization"] = console_organization

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.console_organization import ConsoleOrganization  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _console_organization = d.pop("consoleOrganization", UNSET)
        console_organization: ConsoleOrganization | Unset
        if isinstance(_console_organization, Unset):
            console_organization = UNSET
        else:
            console_organization = ConsoleOrganization.from_dict(_console_organization)

        login_organization = cls(
            id=id,
            name=name,
            console_organization=console_organization,
        )

        login_organization.additional_properties = d
        return login_organization

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
