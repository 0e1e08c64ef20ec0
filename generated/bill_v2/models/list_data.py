from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_filter import ListFilter
    from ..models.list_sort import ListSort


T = TypeVar("T", bound="ListData")


@_attrs_define
class ListData:
    """A page of a list: `start` counts from 0, `max` is 1 to 999. There is no total and no token; the last page is the
    first one shorter than `max`.

    """

    start: int
    max_: int
    filters: list[ListFilter] | Unset = UNSET
    sort: list[ListSort] | Unset = UNSET
    nested: bool | Unset = UNSET
    """ Include nested records such as line items. """
    show_audit: bool | Unset = UNSET
    """ Include who created and changed each record. """

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        max_ = self.max_

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

        nested = self.nested

        show_audit = self.show_audit

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "start": start,
                "max": max_,
            }
        )
        if filters is not UNSET:
            field_dict["filters"] = filters
        if sort is not UNSET:
            field_dict["sort"] = sort
        if nested is not UNSET:
            field_dict["nested"] = nested
        if show_audit is not UNSET:
            field_dict["showAudit"] = show_audit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_filter import ListFilter  # noqa: PLC0415
        from ..models.list_sort import ListSort  # noqa: PLC0415

        d = dict(src_dict)
        start = d.pop("start")

        max_ = d.pop("max")

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

        nested = d.pop("nested", UNSET)

        show_audit = d.pop("showAudit", UNSET)

        list_data = cls(
            start=start,
            max_=max_,
            filters=filters,
            sort=sort,
            nested=nested,
            show_audit=show_audit,
        )

        return list_data
