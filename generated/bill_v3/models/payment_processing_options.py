from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentProcessingOptions")


@_attrs_define
class PaymentProcessingOptions:
    request_pay_faster: bool | Unset = UNSET
    create_bill: bool | Unset = UNSET
    request_check_delivery_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_pay_faster = self.request_pay_faster

        create_bill = self.create_bill

        request_check_delivery_type = self.request_check_delivery_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_pay_faster is not UNSET:
            field_dict["requestPayFaster"] = request_pay_faster
        if create_bill is not UNSET:
            field_dict["createBill"] = create_bill
        if request_check_delivery_type is not UNSET:
            field_dict["requestCheckDeliveryType"] = request_check_delivery_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_pay_faster = d.pop("requestPayFaster", UNSET)

        create_bill = d.pop("createBill", UNSET)

        request_check_delivery_type = d.pop("requestCheckDeliveryType", UNSET)

        payment_processing_options = cls(
            request_pay_faster=request_pay_faster,
            create_bill=create_bill,
            request_check_delivery_type=request_check_delivery_type,
        )

        payment_processing_options.additional_properties = d
        return payment_processing_options

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
