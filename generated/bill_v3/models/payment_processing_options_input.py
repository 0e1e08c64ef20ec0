from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentProcessingOptionsInput")


@_attrs_define
class PaymentProcessingOptionsInput:
    request_pay_faster: bool | Unset = UNSET
    create_bill: bool | Unset = UNSET
    """ Create the bill along with the payment; leave billId out then. """
    request_check_delivery_type: str | Unset = UNSET
    """ For checks, for example STANDARD. """

    def to_dict(self) -> dict[str, Any]:
        request_pay_faster = self.request_pay_faster

        create_bill = self.create_bill

        request_check_delivery_type = self.request_check_delivery_type

        field_dict: dict[str, Any] = {}

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

        payment_processing_options_input = cls(
            request_pay_faster=request_pay_faster,
            create_bill=create_bill,
            request_check_delivery_type=request_check_delivery_type,
        )

        return payment_processing_options_input
