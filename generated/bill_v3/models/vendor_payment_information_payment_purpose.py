from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vendor_payment_information_payment_purpose_code import VendorPaymentInformationPaymentPurposeCode


T = TypeVar("T", bound="VendorPaymentInformationPaymentPurpose")


@_attrs_define
class VendorPaymentInformationPaymentPurpose:
    text: str | Unset = UNSET
    code: VendorPaymentInformationPaymentPurposeCode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.code, Unset):
            code = self.code.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vendor_payment_information_payment_purpose_code import VendorPaymentInformationPaymentPurposeCode  # noqa: PLC0415

        d = dict(src_dict)
        text = d.pop("text", UNSET)

        _code = d.pop("code", UNSET)
        code: VendorPaymentInformationPaymentPurposeCode | Unset
        if isinstance(_code, Unset):
            code = UNSET
        else:
            code = VendorPaymentInformationPaymentPurposeCode.from_dict(_code)

        vendor_payment_information_payment_purpose = cls(
            text=text,
            code=code,
        )

        vendor_payment_information_payment_purpose.additional_properties = d
        return vendor_payment_information_payment_purpose

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
