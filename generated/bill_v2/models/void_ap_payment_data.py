from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.void_ap_payment_data_void_request_type import VoidAPPaymentDataVoidRequestType

T = TypeVar("T", bound="VoidAPPaymentData")


@_attrs_define
class VoidAPPaymentData:
    sent_pay_id: str
    void_request_type: VoidAPPaymentDataVoidRequestType
    """ 0 void and credit, 1 void and reissue, 2 void only, 3 void and reissue as a virtual card. """
    reason: str

    def to_dict(self) -> dict[str, Any]:
        sent_pay_id = self.sent_pay_id

        void_request_type = self.void_request_type.value

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sentPayId": sent_pay_id,
                "voidRequestType": void_request_type,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sent_pay_id = d.pop("sentPayId")

        void_request_type = VoidAPPaymentDataVoidRequestType(d.pop("voidRequestType"))

        reason = d.pop("reason")

        void_ap_payment_data = cls(
            sent_pay_id=sent_pay_id,
            void_request_type=void_request_type,
            reason=reason,
        )

        return void_ap_payment_data
