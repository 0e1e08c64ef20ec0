from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ap_conv_fee_entity import APConvFeeEntity
from ..types import UNSET, Unset

T = TypeVar("T", bound="APConvFee")


@_attrs_define
class APConvFee:
    """A convenience fee charged on a payment."""

    entity: APConvFeeEntity | Unset = UNSET
    id: str | Unset = UNSET
    created_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    ref_number: str | Unset = UNSET
    amount: float | Unset = UNSET
    payment_date: str | Unset = UNSET
    chart_of_account_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity: str | Unset = UNSET
        if not isinstance(self.entity, Unset):
            entity = self.entity.value

        id = self.id

        created_time = self.created_time

        ref_number = self.ref_number

        amount = self.amount

        payment_date = self.payment_date

        chart_of_account_id = self.chart_of_account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entity is not UNSET:
            field_dict["entity"] = entity
        if id is not UNSET:
            field_dict["id"] = id
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if ref_number is not UNSET:
            field_dict["refNumber"] = ref_number
        if amount is not UNSET:
            field_dict["amount"] = amount
        if payment_date is not UNSET:
            field_dict["paymentDate"] = payment_date
        if chart_of_account_id is not UNSET:
            field_dict["chartOfAccountId"] = chart_of_account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _entity = d.pop("entity", UNSET)
        entity: APConvFeeEntity | Unset
        if isinstance(_entity, Unset):
            entity = UNSET
        else:
            entity = APConvFeeEntity(_entity)

        id = d.pop("id", UNSET)

        created_time = d.pop("createdTime", UNSET)

        ref_number = d.pop("refNumber", UNSET)

        amount = d.pop("amount", UNSET)

        payment_date = d.pop("paymentDate", UNSET)

        chart_of_account_id = d.pop("chartOfAccountId", UNSET)

        ap_conv_fee = cls(
            entity=entity,
            id=id,
            created_time=created_time,
            ref_number=ref_number,
            amount=amount,
            payment_date=payment_date,
            chart_of_account_id=chart_of_account_id,
        )

        ap_conv_fee.additional_properties = d
        return ap_conv_fee

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
