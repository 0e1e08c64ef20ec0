from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ARPaymentSummary")


@_attrs_define
class ARPaymentSummary:
    """Payments received, and expected, by period: a count and a total each."""

    last_month_count: int | Unset = UNSET
    last_month_total: str | Unset = UNSET
    """ An amount """
    current_month_count: int | Unset = UNSET
    current_month_total: str | Unset = UNSET
    """ An amount """
    last_7_days_count: int | Unset = UNSET
    last_7_days_total: str | Unset = UNSET
    """ An amount """
    today_count: int | Unset = UNSET
    today_total: str | Unset = UNSET
    """ An amount """
    next_7_days_count: int | Unset = UNSET
    next_7_days_total: str | Unset = UNSET
    """ An amount """
    future_count: int | Unset = UNSET
    future_total: str | Unset = UNSET
    """ An amount """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_month_count = self.last_month_count

        last_month_total = self.last_month_total

        current_month_count = self.current_month_count

        current_month_total = self.current_month_total

        last_7_days_count = self.last_7_days_count

        last_7_days_total = self.last_7_days_total

        today_count = self.today_count

        today_total = self.today_total

        next_7_days_count = self.next_7_days_count

        next_7_days_total = self.next_7_days_total

        future_count = self.future_count

        future_total = self.future_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_month_count is not UNSET:
            field_dict["lastMonthCount"] = last_month_count
        if last_month_total is not UNSET:
            field_dict["lastMonthTotal"] = last_month_total
        if current_month_count is not UNSET:
            field_dict["currentMonthCount"] = current_month_count
        if current_month_total is not UNSET:
            field_dict["currentMonthTotal"] = current_month_total
        if last_7_days_count is not UNSET:
            field_dict["last7DaysCount"] = last_7_days_count
        if last_7_days_total is not UNSET:
            field_dict["last7DaysTotal"] = last_7_days_total
        if today_count is not UNSET:
            field_dict["todayCount"] = today_count
        if today_total is not UNSET:
            field_dict["todayTotal"] = today_total
        if next_7_days_count is not UNSET:
            field_dict["next7DaysCount"] = next_7_days_count
        if next_7_days_total is not UNSET:
            field_dict["next7DaysTotal"] = next_7_days_total
        if future_count is not UNSET:
            field_dict["futureCount"] = future_count
        if future_total is not UNSET:
            field_dict["futureTotal"] = future_total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        last_month_count = d.pop("lastMonthCount", UNSET)

        last_month_total = d.pop("lastMonthTotal", UNSET)

        current_month_count = d.pop("currentMonthCount", UNSET)

        current_month_total = d.pop("currentMonthTotal", UNSET)

        last_7_days_count = d.pop("last7DaysCount", UNSET)

        last_7_days_total = d.pop("last7DaysTotal", UNSET)

        today_count = d.pop("todayCount", UNSET)

        today_total = d.pop("todayTotal", UNSET)

        next_7_days_count = d.pop("next7DaysCount", UNSET)

        next_7_days_total = d.pop("next7DaysTotal", UNSET)

        future_count = d.pop("futureCount", UNSET)

        future_total = d.pop("futureTotal", UNSET)

        ar_payment_summary = cls(
            last_month_count=last_month_count,
            last_month_total=last_month_total,
            current_month_count=current_month_count,
            current_month_total=current_month_total,
            last_7_days_count=last_7_days_count,
            last_7_days_total=last_7_days_total,
            today_count=today_count,
            today_total=today_total,
            next_7_days_count=next_7_days_count,
            next_7_days_total=next_7_days_total,
            future_count=future_count,
            future_total=future_total,
        )

        ar_payment_summary.additional_properties = d
        return ar_payment_summary

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
