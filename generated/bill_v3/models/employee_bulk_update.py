from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmployeeBulkUpdate")


@_attrs_define
class EmployeeBulkUpdate:
    """The employee named by `id` and the fields to change; an entry with only `id` changes nothing."""

    id: str
    """ The employee to change. """
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    short_name: str | Unset = UNSET
    """ A short name or code, as your accounting system knows it. """
    parent_id: str | Unset = UNSET
    """ The parent employee record, when this one sits under another; it must be one of your organization's. """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        first_name = self.first_name

        last_name = self.last_name

        short_name = self.short_name

        parent_id = self.parent_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if short_name is not UNSET:
            field_dict["shortName"] = short_name
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        short_name = d.pop("shortName", UNSET)

        parent_id = d.pop("parentId", UNSET)

        employee_bulk_update = cls(
            id=id,
            first_name=first_name,
            last_name=last_name,
            short_name=short_name,
            parent_id=parent_id,
        )

        return employee_bulk_update
