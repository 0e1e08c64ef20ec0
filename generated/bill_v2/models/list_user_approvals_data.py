from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.approval_object_entity import ApprovalObjectEntity
from ..models.user_approval_type import UserApprovalType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_filter import ListFilter
    from ..models.list_sort import ListSort


T = TypeVar("T", bound="ListUserApprovalsData")


@_attrs_define
class ListUserApprovalsData:
    max_: int
    users_id: str | Unset = UNSET
    """ BILL user id (prefix `006`). """
    entity: ApprovalObjectEntity | Unset = UNSET
    """ The kind of document `objectId` names. """
    approval_type: UserApprovalType | Unset = UNSET
    """ Which documents to list: 0 not yet approved, 1 approved, 2 denied, 3 upcoming. """
    marker: None | str | Unset = UNSET
    """ null for the first page, then the marker of the last answer. """
    nested: bool | Unset = UNSET
    """ Include nested records, such as a bill's line items. """
    filters: list[ListFilter] | Unset = UNSET
    sort: list[ListSort] | Unset = UNSET
    related: list[str] | Unset = UNSET
    """ One related object to add to each result, such as Vendor. """

    def to_dict(self) -> dict[str, Any]:
        max_ = self.max_

        users_id = self.users_id

        entity: str | Unset = UNSET
        if not isinstance(self.entity, Unset):
            entity = self.entity.value

        approval_type: str | Unset = UNSET
        if not isinstance(self.approval_type, Unset):
            approval_type = self.approval_type.value

        marker: None | str | Unset
        if isinstance(self.marker, Unset):
            marker = UNSET
        else:
            marker = self.marker

        nested = self.nested

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        sort: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = []
            for sort_item_data in self.sort:
                sort_item = sort_item_data.to_dict()
                sort.append(sort_item)

        related: list[str] | Unset = UNSET
        if not isinstance(self.related, Unset):
            related = self.related

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "max": max_,
            }
        )
        if users_id is not UNSET:
            field_dict["usersId"] = users_id
        if entity is not UNSET:
            field_dict["entity"] = entity
        if approval_type is not UNSET:
            field_dict["approvalType"] = approval_type
        if marker is not UNSET:
            field_dict["marker"] = marker
        if nested is not UNSET:
            field_dict["nested"] = nested
        if filters is not UNSET:
            field_dict["filters"] = filters
        if sort is not UNSET:
            field_dict["sort"] = sort
        if related is not UNSET:
            field_dict["related"] = related

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_filter import ListFilter  # noqa: PLC0415
        from ..models.list_sort import ListSort  # noqa: PLC0415

        d = dict(src_dict)
        max_ = d.pop("max")

        users_id = d.pop("usersId", UNSET)

        _entity = d.pop("entity", UNSET)
        entity: ApprovalObjectEntity | Unset
        if isinstance(_entity, Unset):
            entity = UNSET
        else:
            entity = ApprovalObjectEntity(_entity)

        _approval_type = d.pop("approvalType", UNSET)
        approval_type: UserApprovalType | Unset
        if isinstance(_approval_type, Unset):
            approval_type = UNSET
        else:
            approval_type = UserApprovalType(_approval_type)

        def _parse_marker(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        marker = _parse_marker(d.pop("marker", UNSET))

        nested = d.pop("nested", UNSET)

        _filters = d.pop("filters", UNSET)
        filters: list[ListFilter] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:
                filters_item = ListFilter.from_dict(filters_item_data)

                filters.append(filters_item)

        _sort = d.pop("sort", UNSET)
        sort: list[ListSort] | Unset = UNSET
        if _sort is not UNSET:
            sort = []
            for sort_item_data in _sort:
                sort_item = ListSort.from_dict(sort_item_data)

                sort.append(sort_item)

        related = cast(list[str], d.pop("related", UNSET))

        list_user_approvals_data = cls(
            max_=max_,
            users_id=users_id,
            entity=entity,
            approval_type=approval_type,
            marker=marker,
            nested=nested,
            filters=filters,
            sort=sort,
            related=related,
        )

        return list_user_approvals_data
