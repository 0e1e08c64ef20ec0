from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bill_chart_of_account_group import BillChartOfAccountGroup


T = TypeVar("T", bound="BillExpenseSummary")


@_attrs_define
class BillExpenseSummary:
    """Count and total of the expense lines."""

    count: int | Unset = UNSET
    total_amount: float | Unset = UNSET
    chart_of_account_group: list[BillChartOfAccountGroup] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        total_amount = self.total_amount

        chart_of_account_group: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.chart_of_account_group, Unset):
            chart_of_account_group = []
            for chart_of_account_group_item_data in self.chart_of_account_group:
                chart_of_account_group_item = chart_of_account_group_item_data.to_dict()
                chart_of_account_group.append(chart_of_account_group_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount
        if chart_of_account_group is not UNSET:
            field_dict["chartOfAccountGroup"] = chart_of_account_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bill_chart_of_account_group import BillChartOfAccountGroup  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count", UNSET)

        total_amount = d.pop("totalAmount", UNSET)

        _chart_of_account_group = d.pop("chartOfAccountGroup", UNSET)
        chart_of_account_group: list[BillChartOfAccountGroup] | Unset = UNSET
        if _chart_of_account_group is not UNSET:
            chart_of_account_group = []
            for chart_of_account_group_item_data in _chart_of_account_group:
                chart_of_account_group_item = BillChartOfAccountGroup.from_dict(chart_of_account_group_item_data)

                chart_of_account_group.append(chart_of_account_group_item)

        bill_expense_summary = cls(
            count=count,
            total_amount=total_amount,
            chart_of_account_group=chart_of_account_group,
        )

        bill_expense_summary.additional_properties = d
        return bill_expense_summary

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
