from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vendor_payment_purpose_input_code import VendorPaymentPurposeInputCode


T = TypeVar("T", bound="VendorPaymentPurposeInput")


@_attrs_define
class VendorPaymentPurposeInput:
    text: str | Unset = UNSET
    code: VendorPaymentPurposeInputCode | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.code, Unset):
            code = self.code.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vendor_payment_purpose_input_code import VendorPaymentPurposeInputCode  # noqa: PLC0415

        d = dict(src_dict)
        text = d.pop("text", UNSET)

        _code = d.pop("code", UNSET)
        code: VendorPaymentPurposeInputCode | Unset
        if isinstance(_code, Unset):
            code = UNSET
        else:
            code = VendorPaymentPurposeInputCode.from_dict(_code)

        vendor_payment_purpose_input = cls(
            text=text,
            code=code,
        )

        return vendor_payment_purpose_input
