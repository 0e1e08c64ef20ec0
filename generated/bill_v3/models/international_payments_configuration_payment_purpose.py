from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.international_payments_configuration_payment_purpose_codes_item import (
        InternationalPaymentsConfigurationPaymentPurposeCodesItem,
    )


T = TypeVar("T", bound="InternationalPaymentsConfigurationPaymentPurpose")


@_attrs_define
class InternationalPaymentsConfigurationPaymentPurpose:
    required: bool | Unset = UNSET
    """ Whether a payment to the vendor must state its purpose. """
    type_: str | Unset = UNSET
    """ CODE when the purpose is picked from codes, otherwise free text. """
    codes: list[InternationalPaymentsConfigurationPaymentPurposeCodesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        required = self.required

        type_ = self.type_

        codes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.codes, Unset):
            codes = []
            for codes_item_data in self.codes:
                codes_item = codes_item_data.to_dict()
                codes.append(codes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if required is not UNSET:
            field_dict["required"] = required
        if type_ is not UNSET:
            field_dict["type"] = type_
        if codes is not UNSET:
            field_dict["codes"] = codes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.international_payments_configuration_payment_purpose_codes_item import (
            InternationalPaymentsConfigurationPaymentPurposeCodesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        required = d.pop("required", UNSET)

        type_ = d.pop("type", UNSET)

        _codes = d.pop("codes", UNSET)
        codes: list[InternationalPaymentsConfigurationPaymentPurposeCodesItem] | Unset = UNSET
        if _codes is not UNSET:
            codes = []
            for codes_item_data in _codes:
                codes_item = InternationalPaymentsConfigurationPaymentPurposeCodesItem.from_dict(codes_item_data)

                codes.append(codes_item)

        international_payments_configuration_payment_purpose = cls(
            required=required,
            type_=type_,
            codes=codes,
        )

        international_payments_configuration_payment_purpose.additional_properties = d
        return international_payments_configuration_payment_purpose

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
