from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.international_payments_configuration_payment_purpose import (
        InternationalPaymentsConfigurationPaymentPurpose,
    )
    from ..models.international_payments_configuration_validations import InternationalPaymentsConfigurationValidations


T = TypeVar("T", bound="InternationalPaymentsConfiguration")


@_attrs_define
class InternationalPaymentsConfiguration:
    payment_purpose: InternationalPaymentsConfigurationPaymentPurpose | Unset = UNSET
    validations: InternationalPaymentsConfigurationValidations | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_purpose: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_purpose, Unset):
            payment_purpose = self.payment_purpose.to_dict()

        validations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validations, Unset):
            validations = self.validations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_purpose is not UNSET:
            field_dict["paymentPurpose"] = payment_purpose
        if validations is not UNSET:
            field_dict["validations"] = validations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.international_payments_configuration_payment_purpose import (
            InternationalPaymentsConfigurationPaymentPurpose,  # noqa: PLC0415
        )
        from ..models.international_payments_configuration_validations import (
            InternationalPaymentsConfigurationValidations,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _payment_purpose = d.pop("paymentPurpose", UNSET)
        payment_purpose: InternationalPaymentsConfigurationPaymentPurpose | Unset
        if isinstance(_payment_purpose, Unset):
            payment_purpose = UNSET
        else:
            payment_purpose = InternationalPaymentsConfigurationPaymentPurpose.from_dict(_payment_purpose)

        _validations = d.pop("validations", UNSET)
        validations: InternationalPaymentsConfigurationValidations | Unset
        if isinstance(_validations, Unset):
            validations = UNSET
        else:
            validations = InternationalPaymentsConfigurationValidations.from_dict(_validations)

        international_payments_configuration = cls(
            payment_purpose=payment_purpose,
            validations=validations,
        )

        international_payments_configuration.additional_properties = d
        return international_payments_configuration

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
