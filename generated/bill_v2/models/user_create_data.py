from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.user_create import UserCreate


T = TypeVar("T", bound="UserCreateData")


@_attrs_define
class UserCreateData:
    obj: UserCreate
    username: str
    """ Sign-in name of the user making the call. """

    def to_dict(self) -> dict[str, Any]:
        obj = self.obj.to_dict()

        username = self.username

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "obj": obj,
                "username": username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_create import UserCreate  # noqa: PLC0415

        d = dict(src_dict)
        obj = UserCreate.from_dict(d.pop("obj"))

        username = d.pop("username")

        user_create_data = cls(
            obj=obj,
            username=username,
        )

        return user_create_data
