from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.user_update import UserUpdate


T = TypeVar("T", bound="UserUpdateData")


@_attrs_define
class UserUpdateData:
    obj: UserUpdate

    def to_dict(self) -> dict[str, Any]:
        obj = self.obj.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "obj": obj,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_update import UserUpdate  # noqa: PLC0415

        d = dict(src_dict)
        obj = UserUpdate.from_dict(d.pop("obj"))

        user_update_data = cls(
            obj=obj,
        )

        return user_update_data
