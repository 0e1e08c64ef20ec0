from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.active_flag import ActiveFlag
from ..models.timezone_id import TimezoneId
from ..models.user_create_entity import UserCreateEntity
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserCreate")


@_attrs_define
class UserCreate:
    entity: UserCreateEntity
    profile_id: str
    """ The role to give the user. """
    first_name: str
    last_name: str
    email: str
    is_active: ActiveFlag | Unset = UNSET
    """ "1" active, "2" inactive (deleted). """
    timezone_id: TimezoneId | Unset = UNSET
    """ BILL's time-zone code: "1" Hawaii, "2" Alaska, "3" Pacific, "4" Mountain, "5" Central, "6" Eastern, "7"
    Puerto Rico, "8" Argentina, "9" GMT, "10" Central Europe, "11" Egypt, "12" East Africa, "13" India, "14"
    Bangladesh, "15" Vietnam, "16" China, "17" Japan, "18" Australia East, "19" Solomon Islands, "21" New Zealand,
    "22" MST7MDT, "23" EST5EDT. """

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        profile_id = self.profile_id

        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

        timezone_id: str | Unset = UNSET
        if not isinstance(self.timezone_id, Unset):
            timezone_id = self.timezone_id.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "entity": entity,
                "profileId": profile_id,
                "firstName": first_name,
                "lastName": last_name,
                "email": email,
            }
        )
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if timezone_id is not UNSET:
            field_dict["timezoneId"] = timezone_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = UserCreateEntity(d.pop("entity"))

        profile_id = d.pop("profileId")

        first_name = d.pop("firstName")

        last_name = d.pop("lastName")

        email = d.pop("email")

        _is_active = d.pop("isActive", UNSET)
        is_active: ActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = ActiveFlag(_is_active)

        _timezone_id = d.pop("timezoneId", UNSET)
        timezone_id: TimezoneId | Unset
        if isinstance(_timezone_id, Unset):
            timezone_id = UNSET
        else:
            timezone_id = TimezoneId(_timezone_id)

        user_create = cls(
            entity=entity,
            profile_id=profile_id,
            first_name=first_name,
            last_name=last_name,
            email=email,
            is_active=is_active,
            timezone_id=timezone_id,
        )

        return user_create
