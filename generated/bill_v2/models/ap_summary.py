from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ap_summary_counts import APSummaryCounts


T = TypeVar("T", bound="APSummary")


@_attrs_define
class APSummary:
    bills: APSummaryCounts
    """ Bill counts and totals by when they fall due. """
    approvals: APSummaryCounts | Unset = UNSET
    """ Bill counts and totals by when they fall due. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bills = self.bills.to_dict()

        approvals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.approvals, Unset):
            approvals = self.approvals.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bills": bills,
            }
        )
        if approvals is not UNSET:
            field_dict["approvals"] = approvals

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ap_summary_counts import APSummaryCounts  # noqa: PLC0415

        d = dict(src_dict)
        bills = APSummaryCounts.from_dict(d.pop("bills"))

        _approvals = d.pop("approvals", UNSET)
        approvals: APSummaryCounts | Unset
        if isinstance(_approvals, Unset):
            approvals = UNSET
        else:
            approvals = APSummaryCounts.from_dict(_approvals)

        ap_summary = cls(
            bills=bills,
            approvals=approvals,
        )

        ap_summary.additional_properties = d
        return ap_summary

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
