from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.large_biller import LargeBiller
    from ..models.large_biller_match import LargeBillerMatch


T = TypeVar("T", bound="LargeBillerSearchResult")


@_attrs_define
class LargeBillerSearchResult:
    matched_on: LargeBillerMatch | Unset = UNSET
    """ Which of the search terms the results matched. """
    large_billers: list[LargeBiller] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        matched_on: dict[str, Any] | Unset = UNSET
        if not isinstance(self.matched_on, Unset):
            matched_on = self.matched_on.to_dict()

        large_billers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.large_billers, Unset):
            large_billers = []
            for large_billers_item_data in self.large_billers:
                large_billers_item = large_billers_item_data.to_dict()
                large_billers.append(large_billers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if matched_on is not UNSET:
            field_dict["matchedOn"] = matched_on
        if large_billers is not UNSET:
            field_dict["largeBillers"] = large_billers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.large_biller import LargeBiller  # noqa: PLC0415
        from ..models.large_biller_match import LargeBillerMatch  # noqa: PLC0415

        d = dict(src_dict)
        _matched_on = d.pop("matchedOn", UNSET)
        matched_on: LargeBillerMatch | Unset
        if isinstance(_matched_on, Unset):
            matched_on = UNSET
        else:
            matched_on = LargeBillerMatch.from_dict(_matched_on)

        _large_billers = d.pop("largeBillers", UNSET)
        large_billers: list[LargeBiller] | Unset = UNSET
        if _large_billers is not UNSET:
            large_billers = []
            for large_billers_item_data in _large_billers:
                large_billers_item = LargeBiller.from_dict(large_billers_item_data)

                large_billers.append(large_billers_item)

        large_biller_search_result = cls(
            matched_on=matched_on,
            large_billers=large_billers,
        )

        large_biller_search_result.additional_properties = d
        return large_biller_search_result

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
