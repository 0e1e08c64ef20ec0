from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InternationalPaymentsConfigurationValidationsFieldsItem")


@_attrs_define
class InternationalPaymentsConfigurationValidationsFieldsItem:
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    regular_expression: str | Unset = UNSET
    required: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        regular_expression = self.regular_expression

        required = self.required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if regular_expression is not UNSET:
            field_dict["regularExpression"] = regular_expression
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        regular_expression = d.pop("regularExpression", UNSET)

        required = d.pop("required", UNSET)

        international_payments_configuration_validations_fields_item = cls(
            name=name,
            description=description,
            regular_expression=regular_expression,
            required=required,
        )

        international_payments_configuration_validations_fields_item.additional_properties = d
        return international_payments_configuration_validations_fields_item

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
