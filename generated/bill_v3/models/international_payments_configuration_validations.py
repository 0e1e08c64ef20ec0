from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.international_payments_configuration_validations_fields_item import (
        InternationalPaymentsConfigurationValidationsFieldsItem,
    )


T = TypeVar("T", bound="InternationalPaymentsConfigurationValidations")


@_attrs_define
class InternationalPaymentsConfigurationValidations:
    fields: list[InternationalPaymentsConfigurationValidationsFieldsItem] | Unset = UNSET
    """ The bank and regulatory fields BILL checks, each with the pattern it must match. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.international_payments_configuration_validations_fields_item import (
            InternationalPaymentsConfigurationValidationsFieldsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _fields = d.pop("fields", UNSET)
        fields: list[InternationalPaymentsConfigurationValidationsFieldsItem] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = InternationalPaymentsConfigurationValidationsFieldsItem.from_dict(fields_item_data)

                fields.append(fields_item)

        international_payments_configuration_validations = cls(
            fields=fields,
        )

        international_payments_configuration_validations.additional_properties = d
        return international_payments_configuration_validations

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
