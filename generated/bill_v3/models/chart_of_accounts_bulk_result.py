from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.chart_of_accounts import ChartOfAccounts


T = TypeVar("T", bound="ChartOfAccountsBulkResult")


@_attrs_define
class ChartOfAccountsBulkResult:
    chart_of_accounts: list[ChartOfAccounts]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chart_of_accounts = []
        for chart_of_accounts_item_data in self.chart_of_accounts:
            chart_of_accounts_item = chart_of_accounts_item_data.to_dict()
            chart_of_accounts.append(chart_of_accounts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chartOfAccounts": chart_of_accounts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chart_of_accounts import ChartOfAccounts  # noqa: PLC0415

        d = dict(src_dict)
        chart_of_accounts = []
        _chart_of_accounts = d.pop("chartOfAccounts")
        for chart_of_accounts_item_data in _chart_of_accounts:
            chart_of_accounts_item = ChartOfAccounts.from_dict(chart_of_accounts_item_data)

            chart_of_accounts.append(chart_of_accounts_item)

        chart_of_accounts_bulk_result = cls(
            chart_of_accounts=chart_of_accounts,
        )

        chart_of_accounts_bulk_result.additional_properties = d
        return chart_of_accounts_bulk_result

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
