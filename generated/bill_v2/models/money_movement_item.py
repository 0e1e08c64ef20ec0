from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.money_movement_item_entity import MoneyMovementItemEntity
from ..types import UNSET, Unset

T = TypeVar("T", bound="MoneyMovementItem")


@_attrs_define
class MoneyMovementItem:
    """One payment inside a funds transfer."""

    entity: MoneyMovementItemEntity
    id: str
    created_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    updated_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    money_movement_id: str | Unset = UNSET
    amount: float | Unset = UNSET
    """ Negative when money leaves the bank. """
    name: str | Unset = UNSET
    """ The vendor's name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        created_time = self.created_time

        updated_time = self.updated_time

        money_movement_id = self.money_movement_id

        amount = self.amount

        name = self.name

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
        if money_movement_id is not UNSET:
            field_dict["moneyMovementId"] = money_movement_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = MoneyMovementItemEntity(d.pop("entity"))

        id = d.pop("id")

        created_time = d.pop("createdTime", UNSET)

        updated_time = d.pop("updatedTime", UNSET)

        money_movement_id = d.pop("moneyMovementId", UNSET)

        amount = d.pop("amount", UNSET)

        name = d.pop("name", UNSET)

        money_movement_item = cls(
            entity=entity,
            id=id,
            created_time=created_time,
            updated_time=updated_time,
            money_movement_id=money_movement_id,
            amount=amount,
            name=name,
        )

        money_movement_item.additional_properties = d
        return money_movement_item

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
