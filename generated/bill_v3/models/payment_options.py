from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_options_funding_options import PaymentOptionsFundingOptions


T = TypeVar("T", bound="PaymentOptions")


@_attrs_define
class PaymentOptions:
    amount: float | Unset = UNSET
    vendor_id: str | Unset = UNSET
    funding_options: PaymentOptionsFundingOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        vendor_id = self.vendor_id

        funding_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.funding_options, Unset):
            funding_options = self.funding_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if vendor_id is not UNSET:
            field_dict["vendorId"] = vendor_id
        if funding_options is not UNSET:
            field_dict["fundingOptions"] = funding_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_options_funding_options import PaymentOptionsFundingOptions  # noqa: PLC0415

        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        vendor_id = d.pop("vendorId", UNSET)

        _funding_options = d.pop("fundingOptions", UNSET)
        funding_options: PaymentOptionsFundingOptions | Unset
        if isinstance(_funding_options, Unset):
            funding_options = UNSET
        else:
            funding_options = PaymentOptionsFundingOptions.from_dict(_funding_options)

        payment_options = cls(
            amount=amount,
            vendor_id=vendor_id,
            funding_options=funding_options,
        )

        payment_options.additional_properties = d
        return payment_options

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
