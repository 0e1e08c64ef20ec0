from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.active_flag import ActiveFlag
from ..models.timezone_id import TimezoneId
from ..models.user_entity import UserEntity
from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A person who can sign in to the organization, with one role (`profileId`)."""

    entity: UserEntity
    id: str
    """ BILL user id (prefix `006`). """
    is_active: ActiveFlag | Unset = UNSET
    """ "1" active, "2" inactive (deleted). """
    created_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    updated_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    login_id: str | Unset = UNSET
    """ The user's sign-in record (prefix `005`). """
    profile_id: str | Unset = UNSET
    """ The user's role (prefix `0po`). """
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    timezone_id: TimezoneId | Unset = UNSET
    """ BILL's time-zone code: "1" Hawaii, "2" Alaska, "3" Pacific, "4" Mountain, "5" Central, "6" Eastern, "7"
    Puerto Rico, "8" Argentina, "9" GMT, "10" Central Europe, "11" Egypt, "12" East Africa, "13" India, "14"
    Bangladesh, "15" Vietnam, "16" China, "17" Japan, "18" Australia East, "19" Solomon Islands, "21" New Zealand,
    "22" MST7MDT, "23" EST5EDT. """
    partner_user_group_type: str | Unset = UNSET
    """ Partner-only field. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

        created_time = self.created_time

        updated_time = self.updated_time

        login_id = self.login_id

        profile_id = self.profile_id

        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        timezone_id: str | Unset = UNSET
        if not isinstance(self.timezone_id, Unset):
            timezone_id = self.timezone_id.value

        partner_user_group_type = self.partner_user_group_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity": entity,
                "id": id,
            }
        )
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time
        if login_id is not UNSET:
            field_dict["loginId"] = login_id
        if profile_id is not UNSET:
            field_dict["profileId"] = profile_id
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if timezone_id is not UNSET:
            field_dict["timezoneId"] = timezone_id
        if partner_user_group_type is not UNSET:
            field_dict["partnerUserGroupType"] = partner_user_group_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = UserEntity(d.pop("entity"))

        id = d.pop("id")

        _is_active = d.pop("isActive", UNSET)
        is_active: ActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = ActiveFlag(_is_active)

        created_time = d.pop("createdTime", UNSET)

        updated_time = d.pop("updatedTime", UNSET)

        login_id = d.pop("loginId", UNSET)

        profile_id = d.pop("profileId", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        email = d.pop("email", UNSET)

        _timezone_id = d.pop("timezoneId", UNSET)
        timezone_id: TimezoneId | Unset
        if isinstance(_timezone_id, Unset):
            timezone_id = UNSET
        else:
            timezone_id = TimezoneId(_timezone_id)

        partner_user_group_type = d.pop("partnerUserGroupType", UNSET)

        user = cls(
            entity=entity,
            id=id,
            is_active=is_active,
            created_time=created_time,
            updated_time=updated_time,
            login_id=login_id,
            profile_id=profile_id,
            first_name=first_name,
            last_name=last_name,
            email=email,
            timezone_id=timezone_id,
            partner_user_group_type=partner_user_group_type,
        )

        user.additional_properties = d
        return user

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
