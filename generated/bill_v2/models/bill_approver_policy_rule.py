from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BillApproverPolicyRule")


@_attrs_define
class BillApproverPolicyRule:
    key: str | Unset = UNSET
    """ What the rule tests: `vendorId` or `billAmount`. """
    opr: str | Unset = UNSET
    """ The comparison: `>`, `>=` or `=`. """
    value: str | Unset = UNSET
    """ A vendor id or an amount, as text. """
    display_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        opr = self.opr

        value = self.value

        display_name = self.display_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if opr is not UNSET:
            field_dict["opr"] = opr
        if value is not UNSET:
            field_dict["value"] = value
        if display_name is not UNSET:
            field_dict["displayName"] = display_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key", UNSET)

        opr = d.pop("opr", UNSET)

        value = d.pop("value", UNSET)

        display_name = d.pop("displayName", UNSET)

        bill_approver_policy_rule = cls(
            key=key,
            opr=opr,
            value=value,
            display_name=display_name,
        )

        bill_approver_policy_rule.additional_properties = d
        return bill_approver_policy_rule

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
