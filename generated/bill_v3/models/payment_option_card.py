from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_option_card_fee_info import PaymentOptionCardFeeInfo


T = TypeVar("T", bound="PaymentOptionCard")


@_attrs_define
class PaymentOptionCard:
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    brand: str | Unset = UNSET
    available: bool | Unset = UNSET
    reason: str | Unset = UNSET
    process_date: datetime.date | Unset = UNSET
    delivery_date: datetime.date | Unset = UNSET
    fee_info: PaymentOptionCardFeeInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        brand = self.brand

        available = self.available

        reason = self.reason

        process_date: str | Unset = UNSET
        if not isinstance(self.process_date, Unset):
            process_date = self.process_date.isoformat()

        delivery_date: str | Unset = UNSET
        if not isinstance(self.delivery_date, Unset):
            delivery_date = self.delivery_date.isoformat()

        fee_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fee_info, Unset):
            fee_info = self.fee_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if brand is not UNSET:
            field_dict["brand"] = brand
        if available is not UNSET:
            field_dict["available"] = available
        if reason is not UNSET:
            field_dict["reason"] = reason
        if process_date is not UNSET:
            field_dict["processDate"] = process_date
        if delivery_date is not UNSET:
            field_dict["deliveryDate"] = delivery_date
        if fee_info is not UNSET:
            field_dict["feeInfo"] = fee_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_option_card_fee_info import PaymentOptionCardFeeInfo  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        brand = d.pop("brand", UNSET)

        available = d.pop("available", UNSET)

        reason = d.pop("reason", UNSET)

        _process_date = d.pop("processDate", UNSET)
        process_date: datetime.date | Unset
        if isinstance(_process_date, Unset):
            process_date = UNSET
        else:
            process_date = datetime.date.fromisoformat(_process_date)

        _delivery_date = d.pop("deliveryDate", UNSET)
        delivery_date: datetime.date | Unset
        if isinstance(_delivery_date, Unset):
            delivery_date = UNSET
        else:
            delivery_date = datetime.date.fromisoformat(_delivery_date)

        _fee_info = d.pop("feeInfo", UNSET)
        fee_info: PaymentOptionCardFeeInfo | Unset
        if isinstance(_fee_info, Unset):
            fee_info = UNSET
        else:
            fee_info = PaymentOptionCardFeeInfo.from_dict(_fee_info)

        payment_option_card = cls(
            id=id,
            name=name,
            brand=brand,
            available=available,
            reason=reason,
            process_date=process_date,
            delivery_date=delivery_date,
            fee_info=fee_info,
        )

        payment_option_card.additional_properties = d
        return payment_option_card

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
