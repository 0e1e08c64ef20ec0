from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rp_conv_fee_entity import RPConvFeeEntity
from ..types import UNSET, Unset

T = TypeVar("T", bound="RPConvFee")


@_attrs_define
class RPConvFee:
    """A convenience fee charged on a received payment."""

    entity: RPConvFeeEntity
    id: str
    ref_number: str | Unset = UNSET
    amount: float | Unset = UNSET
    """ Flat amount, or a percentage of the invoice. """
    payment_date: datetime.date | Unset = UNSET
    chart_of_account_id: str | Unset = UNSET
    """ Account the fee is booked to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        ref_number = self.ref_number

        amount = self.amount

        payment_date: str | Unset = UNSET
        if not isinstance(self.payment_date, Unset):
            payment_date = self.payment_date.isoformat()

        chart_of_account_id = self.chart_of_account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity": entity,
                "id": id,
            }
        )
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
        entity = RPConvFeeEntity(d.pop("entity"))

        id = d.pop("id")

        ref_number = d.pop("refNumber", UNSET)

        amount = d.pop("amount", UNSET)

        _payment_date = d.pop("paymentDate", UNSET)
        payment_date: datetime.date | Unset
        if isinstance(_payment_date, Unset):
            payment_date = UNSET
        else:
            payment_date = datetime.date.fromisoformat(_payment_date)

        chart_of_account_id = d.pop("chartOfAccountId", UNSET)

        rp_conv_fee = cls(
            entity=entity,
            id=id,
            ref_number=ref_number,
            amount=amount,
            payment_date=payment_date,
            chart_of_account_id=chart_of_account_id,
        )

        rp_conv_fee.additional_properties = d
        return rp_conv_fee

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
