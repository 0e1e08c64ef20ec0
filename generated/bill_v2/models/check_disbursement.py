from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.check_disbursement_delivery_type_actual import CheckDisbursementDeliveryTypeActual
from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckDisbursement")


@_attrs_define
class CheckDisbursement:
    """A paper check."""

    check_number: int | Unset = UNSET
    check_date: str | Unset = UNSET
    arrives_by_date: str | Unset = UNSET
    cleared_date: str | Unset = UNSET
    amount: float | Unset = UNSET
    memo: str | Unset = UNSET
    expiration_date: str | Unset = UNSET
    tracking_info: str | Unset = UNSET
    delivery_type_actual: CheckDisbursementDeliveryTypeActual | Unset = UNSET
    """ How a check travels: 0 standard mail, 1 USPS priority, 10/11/12 UPS in 1/2/3 days, 13 real-time payment. """
    returned_date: str | Unset = UNSET
    payee_address: str | Unset = UNSET
    error_code: str | Unset = UNSET
    """ E01 the check expired uncashed, E02 it came back. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        check_number = self.check_number

        check_date = self.check_date

        arrives_by_date = self.arrives_by_date

        cleared_date = self.cleared_date

        amount = self.amount

        memo = self.memo

        expiration_date = self.expiration_date

        tracking_info = self.tracking_info

        delivery_type_actual: str | Unset = UNSET
        if not isinstance(self.delivery_type_actual, Unset):
            delivery_type_actual = self.delivery_type_actual.value

        returned_date = self.returned_date

        payee_address = self.payee_address

        error_code = self.error_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if check_number is not UNSET:
            field_dict["checkNumber"] = check_number
        if check_date is not UNSET:
            field_dict["checkDate"] = check_date
        if arrives_by_date is not UNSET:
            field_dict["arrivesByDate"] = arrives_by_date
        if cleared_date is not UNSET:
            field_dict["clearedDate"] = cleared_date
        if amount is not UNSET:
            field_dict["amount"] = amount
        if memo is not UNSET:
            field_dict["memo"] = memo
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date
        if tracking_info is not UNSET:
            field_dict["trackingInfo"] = tracking_info
        if delivery_type_actual is not UNSET:
            field_dict["deliveryTypeActual"] = delivery_type_actual
        if returned_date is not UNSET:
            field_dict["returnedDate"] = returned_date
        if payee_address is not UNSET:
            field_dict["payeeAddress"] = payee_address
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        check_number = d.pop("checkNumber", UNSET)

        check_date = d.pop("checkDate", UNSET)

        arrives_by_date = d.pop("arrivesByDate", UNSET)

        cleared_date = d.pop("clearedDate", UNSET)

        amount = d.pop("amount", UNSET)

        memo = d.pop("memo", UNSET)

        expiration_date = d.pop("expirationDate", UNSET)

        tracking_info = d.pop("trackingInfo", UNSET)

        _delivery_type_actual = d.pop("deliveryTypeActual", UNSET)
        delivery_type_actual: CheckDisbursementDeliveryTypeActual | Unset
        if isinstance(_delivery_type_actual, Unset):
            delivery_type_actual = UNSET
        else:
            delivery_type_actual = CheckDisbursementDeliveryTypeActual(_delivery_type_actual)

        returned_date = d.pop("returnedDate", UNSET)

        payee_address = d.pop("payeeAddress", UNSET)

        error_code = d.pop("errorCode", UNSET)

        check_disbursement = cls(
            check_number=check_number,
            check_date=check_date,
            arrives_by_date=arrives_by_date,
            cleared_date=cleared_date,
            amount=amount,
            memo=memo,
            expiration_date=expiration_date,
            tracking_info=tracking_info,
            delivery_type_actual=delivery_type_actual,
            returned_date=returned_date,
            payee_address=payee_address,
            error_code=error_code,
        )

        check_disbursement.additional_properties = d
        return check_disbursement

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
