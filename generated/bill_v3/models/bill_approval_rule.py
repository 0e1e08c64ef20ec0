from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bill_approval_rule_values_item import BillApprovalRuleValuesItem


T = TypeVar("T", bound="BillApprovalRule")


@_attrs_define
class BillApprovalRule:
    key: str | Unset = UNSET
    op: str | Unset = UNSET
    values: list[BillApprovalRuleValuesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        op = self.op

        values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = []
            for values_item_data in self.values:
                values_item = values_item_data.to_dict()
                values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if op is not UNSET:
            field_dict["op"] = op
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bill_approval_rule_values_item import BillApprovalRuleValuesItem  # noqa: PLC0415

        d = dict(src_dict)
        key = d.pop("key", UNSET)

        op = d.pop("op", UNSET)

        _values = d.pop("values", UNSET)
        values: list[BillApprovalRuleValuesItem] | Unset = UNSET
        if _values is not UNSET:
            values = []
            for values_item_data in _values:
                values_item = BillApprovalRuleValuesItem.from_dict(values_item_data)

                values.append(values_item)

        bill_approval_rule = cls(
            key=key,
            op=op,
            values=values,
        )

        bill_approval_rule.additional_properties = d
        return bill_approval_rule

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
