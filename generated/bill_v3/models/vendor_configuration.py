from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.international_payments_configuration import InternationalPaymentsConfiguration


T = TypeVar("T", bound="VendorConfiguration")


@_attrs_define
class VendorConfiguration:
    international_payments: InternationalPaymentsConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        international_payments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.international_payments, Unset):
            international_payments = self.international_payments.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if international_payments is not UNSET:
            field_dict["internationalPayments"] = international_payments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.international_payments_configuration import InternationalPaymentsConfiguration  # noqa: PLC0415

        d = dict(src_dict)
        _international_payments = d.pop("internationalPayments", UNSET)
        international_payments: InternationalPaymentsConfiguration | Unset
        if isinstance(_international_payments, Unset):
            international_payments = UNSET
        else:
            international_payments = InternationalPaymentsConfiguration.from_dict(_international_payments)

        vendor_configuration = cls(
            international_payments=international_payments,
        )

        vendor_configuration.additional_properties = d
        return vendor_configuration

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
