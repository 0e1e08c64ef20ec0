from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.active_flag import ActiveFlag
from ..models.bill_credit_entity import BillCreditEntity
from ..types import UNSET, Unset

T = TypeVar("T", bound="BillCredit")


@_attrs_define
class BillCredit:
    """A vendor credit applied to one bill as part of a payment."""

    entity: BillCreditEntity
    id: str
    is_active: ActiveFlag | Unset = UNSET
    """ "1" active, "2" inactive (deleted). """
    bill_id: str | Unset = UNSET
    sent_pay_id: str | Unset = UNSET
    vendor_credit_id: str | Unset = UNSET
    amount: float | Unset = UNSET
    created_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    updated_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

        bill_id = self.bill_id

        sent_pay_id = self.sent_pay_id

        vendor_credit_id = self.vendor_credit_id

        amount = self.amount

        created_time = self.created_time

        updated_time = self.updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity": entity,
                "id": id,
            }
        )
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if bill_id is not UNSET:
            field_dict["billId"] = bill_id
        if sent_pay_id is not UNSET:
            field_dict["sentPayId"] = sent_pay_id
        if vendor_credit_id is not UNSET:
            field_dict["vendorCreditId"] = vendor_credit_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = BillCreditEntity(d.pop("entity"))

        id = d.pop("id")

        _is_active = d.pop("isActive", UNSET)
        is_active: ActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = ActiveFlag(_is_active)

        bill_id = d.pop("billId", UNSET)

        sent_pay_id = d.pop("sentPayId", UNSET)

        vendor_credit_id = d.pop("vendorCreditId", UNSET)

        amount = d.pop("amount", UNSET)

        created_time = d.pop("createdTime", UNSET)

        updated_time = d.pop("updatedTime", UNSET)

        bill_credit = cls(
            entity=entity,
            id=id,
            is_active=is_active,
            bill_id=bill_id,
            sent_pay_id=sent_pay_id,
            vendor_credit_id=vendor_credit_id,
            amount=amount,
            created_time=created_time,
            updated_time=updated_time,
        )

        bill_credit.additional_properties = d
        return bill_credit

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
