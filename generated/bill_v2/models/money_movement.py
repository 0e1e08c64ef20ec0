from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.money_movement_entity import MoneyMovementEntity
from ..models.money_movement_status import MoneyMovementStatus
from ..models.money_movement_type import MoneyMovementType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money_movement_item import MoneyMovementItem


T = TypeVar("T", bound="MoneyMovement")


@_attrs_define
class MoneyMovement:
    """One transfer of funds into or out of an organization bank account."""

    entity: MoneyMovementEntity
    id: str
    created_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    updated_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    name: str | Unset = UNSET
    """ The ACH confirmation shown on the bank statement. """
    type_: MoneyMovementType | Unset = UNSET
    """ "1" payable, "2" receivable, "3" wallet funding, "4" wallet withdrawal. """
    amount: float | Unset = UNSET
    """ Negative when money leaves the bank. """
    process_date: datetime.date | Unset = UNSET
    status: MoneyMovementStatus | Unset = UNSET
    """ "0" sent, "1" confirmed, "2" voided. """
    bank_account_id: str | Unset = UNSET
    """ The organization bank account (prefix `bac`). """
    description: str | Unset = UNSET
    money_movement_items: list[MoneyMovementItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        created_time = self.created_time

        updated_time = self.updated_time

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        amount = self.amount

        process_date: str | Unset = UNSET
        if not isinstance(self.process_date, Unset):
            process_date = self.process_date.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        bank_account_id = self.bank_account_id

        description = self.description

        money_movement_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.money_movement_items, Unset):
            money_movement_items = []
            for money_movement_items_item_data in self.money_movement_items:
                money_movement_items_item = money_movement_items_item_data.to_dict()
                money_movement_items.append(money_movement_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity": entity,
                "id": id,
            }
        )
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if amount is not UNSET:
            field_dict["amount"] = amount
        if process_date is not UNSET:
            field_dict["processDate"] = process_date
        if status is not UNSET:
            field_dict["status"] = status
        if bank_account_id is not UNSET:
            field_dict["bankAccountId"] = bank_account_id
        if description is not UNSET:
            field_dict["description"] = description
        if money_movement_items is not UNSET:
            field_dict["moneyMovementItems"] = money_movement_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money_movement_item import MoneyMovementItem  # noqa: PLC0415

        d = dict(src_dict)
        entity = MoneyMovementEntity(d.pop("entity"))

        id = d.pop("id")

        created_time = d.pop("createdTime", UNSET)

        updated_time = d.pop("updatedTime", UNSET)

        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: MoneyMovementType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = MoneyMovementType(_type_)

        amount = d.pop("amount", UNSET)

        _process_date = d.pop("processDate", UNSET)
        process_date: datetime.date | Unset
        if isinstance(_process_date, Unset):
            process_date = UNSET
        else:
            process_date = datetime.date.fromisoformat(_process_date)

        _status = d.pop("status", UNSET)
        status: MoneyMovementStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = MoneyMovementStatus(_status)

        bank_account_id = d.pop("bankAccountId", UNSET)

        description = d.pop("description", UNSET)

        _money_movement_items = d.pop("moneyMovementItems", UNSET)
        money_movement_items: list[MoneyMovementItem] | Unset = UNSET
        if _money_movement_items is not UNSET:
            money_movement_items = []
            for money_movement_items_item_data in _money_movement_items:
                money_movement_items_item = MoneyMovementItem.from_dict(money_movement_items_item_data)

                money_movement_items.append(money_movement_items_item)

        money_movement = cls(
            entity=entity,
            id=id,
            created_time=created_time,
            updated_time=updated_time,
            name=name,
            type_=type_,
            amount=amount,
            process_date=process_date,
            status=status,
            bank_account_id=bank_account_id,
            description=description,
            money_movement_items=money_movement_items,
        )

        money_movement.additional_properties = d
        return money_movement

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
