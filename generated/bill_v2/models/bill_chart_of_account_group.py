from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BillChartOfAccountGroup")


@_attrs_define
class BillChartOfAccountGroup:
    """Expense lines that share one account."""

    chart_of_account_id: str | Unset = UNSET
    count: int | Unset = UNSET
    total_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chart_of_account_id = self.chart_of_account_id

        count = self.count

        total_amount = self.total_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chart_of_account_id is not UNSET:
            field_dict["chartOfAccountId"] = chart_of_account_id
        if count is not UNSET:
            field_dict["count"] = count
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chart_of_account_id = d.pop("chartOfAccountId", UNSET)

        count = d.pop("count", UNSET)

        total_amount = d.pop("totalAmount", UNSET)

        bill_chart_of_account_group = cls(
            chart_of_account_id=chart_of_account_id,
            count=count,
            total_amount=total_amount,
        )

        bill_chart_of_account_group.additional_properties = d
        return bill_chart_of_account_group

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
