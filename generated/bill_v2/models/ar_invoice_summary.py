from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ARInvoiceSummary")


@_attrs_define
class ARInvoiceSummary:
    """Open invoices by when they fall due: a count and a total each."""

    overdue_count: int | Unset = UNSET
    overdue_total: str | Unset = UNSET
    """ An amount """
    due_today_count: int | Unset = UNSET
    due_today_total: str | Unset = UNSET
    """ An amount """
    due_7_days_count: int | Unset = UNSET
    due_7_days_total: str | Unset = UNSET
    """ An amount """
    due_7_plus_days_count: int | Unset = UNSET
    due_7_plus_days_total: str | Unset = UNSET
    """ An amount """
    all_count: int | Unset = UNSET
    all_total: str | Unset = UNSET
    """ An amount """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        overdue_count = self.overdue_count

        overdue_total = self.overdue_total

        due_today_count = self.due_today_count

        due_today_total = self.due_today_total

        due_7_days_count = self.due_7_days_count

        due_7_days_total = self.due_7_days_total

        due_7_plus_days_count = self.due_7_plus_days_count

        due_7_plus_days_total = self.due_7_plus_days_total

        all_count = self.all_count

        all_total = self.all_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if overdue_count is not UNSET:
            field_dict["overdueCount"] = overdue_count
        if overdue_total is not UNSET:
            field_dict["overdueTotal"] = overdue_total
        if due_today_count is not UNSET:
            field_dict["dueTodayCount"] = due_today_count
        if due_today_total is not UNSET:
            field_dict["dueTodayTotal"] = due_today_total
        if due_7_days_count is not UNSET:
            field_dict["due7DaysCount"] = due_7_days_count
        if due_7_days_total is not UNSET:
            field_dict["due7DaysTotal"] = due_7_days_total
        if due_7_plus_days_count is not UNSET:
            field_dict["due7PlusDaysCount"] = due_7_plus_days_count
        if due_7_plus_days_total is not UNSET:
            field_dict["due7PlusDaysTotal"] = due_7_plus_days_total
        if all_count is not UNSET:
            field_dict["allCount"] = all_count
        if all_total is not UNSET:
            field_dict["allTotal"] = all_total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        overdue_count = d.pop("overdueCount", UNSET)

        overdue_total = d.pop("overdueTotal", UNSET)

        due_today_count = d.pop("dueTodayCount", UNSET)

        due_today_total = d.pop("dueTodayTotal", UNSET)

        due_7_days_count = d.pop("due7DaysCount", UNSET)

        due_7_days_total = d.pop("due7DaysTotal", UNSET)

        due_7_plus_days_count = d.pop("due7PlusDaysCount", UNSET)

        due_7_plus_days_total = d.pop("due7PlusDaysTotal", UNSET)

        all_count = d.pop("allCount", UNSET)

        all_total = d.pop("allTotal", UNSET)

        ar_invoice_summary = cls(
            overdue_count=overdue_count,
            overdue_total=overdue_total,
            due_today_count=due_today_count,
            due_today_total=due_today_total,
            due_7_days_count=due_7_days_count,
            due_7_days_total=due_7_days_total,
            due_7_plus_days_count=due_7_plus_days_count,
            due_7_plus_days_total=due_7_plus_days_total,
            all_count=all_count,
            all_total=all_total,
        )

        ar_invoice_summary.additional_properties = d
        return ar_invoice_summary

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
