from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.active_flag import ActiveFlag
from ..models.item_create_entity import ItemCreateEntity
from ..models.item_type import ItemType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemCreate")


@_attrs_define
class ItemCreate:
    entity: ItemCreateEntity
    name: str
    """ Unique within the organization. """
    type_: ItemType
    """ 0 service, 1 unknown, 2 inventory, 3 non-inventory, 4 payment, 5 discount, 6 sales tax, 7 subtotal, 8 other
    charge, 9 inventory assembly, 10 group, 11 sales tax group, 12 fixed asset, 13 category. """
    is_active: ActiveFlag | Unset = UNSET
    """ "1" active, "2" inactive (deleted). """
    description: str | Unset = UNSET
    price: float | Unset = UNSET
    percentage: float | Unset = UNSET
    """ For discount and tax items: a rate applied to the price. """
    parent_item_id: str | Unset = UNSET
    """ The parent item (id prefix `0ii`). """
    has_pur_info: bool | Unset = UNSET
    """ True when the item carries purchase details (an expense account). """
    expense_account: str | Unset = UNSET
    """ The expense account used when the item is bought (id prefix `0ca`). """
    pur_description: str | Unset = UNSET
    """ Description used when the item is bought. """
    pur_cost: float | Unset = UNSET
    """ Cost used when the item is bought. """
    chart_of_account_id: str | Unset = UNSET
    """ The item's chart of accounts entry (id prefix `0ca`). """
    taxable: bool | Unset = UNSET
    """ Taxed by default. """
    short_name: str | Unset = UNSET
    merged_into_id: str | Unset = UNSET
    """ The item this one was merged into (id prefix `0ii`). """

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        name = self.name

        type_ = self.type_.value

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

        description = self.description

        price = self.price

        percentage = self.percentage

        parent_item_id = self.parent_item_id

        has_pur_info = self.has_pur_info

        expense_account = self.expense_account

        pur_description = self.pur_description

        pur_cost = self.pur_cost

        chart_of_account_id = self.chart_of_account_id

        taxable = self.taxable

        short_name = self.short_name

        merged_into_id = self.merged_into_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "entity": entity,
                "name": name,
                "type": type_,
            }
        )
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if description is not UNSET:
            field_dict["description"] = description
        if price is not UNSET:
            field_dict["price"] = price
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if parent_item_id is not UNSET:
            field_dict["parentItemId"] = parent_item_id
        if has_pur_info is not UNSET:
            field_dict["hasPurInfo"] = has_pur_info
        if expense_account is not UNSET:
            field_dict["expenseAccount"] = expense_account
        if pur_description is not UNSET:
            field_dict["purDescription"] = pur_description
        if pur_cost is not UNSET:
            field_dict["purCost"] = pur_cost
        if chart_of_account_id is not UNSET:
            field_dict["chartOfAccountId"] = chart_of_account_id
        if taxable is not UNSET:
            field_dict["taxable"] = taxable
        if short_name is not UNSET:
            field_dict["shortName"] = short_name
        if merged_into_id is not UNSET:
            field_dict["mergedIntoId"] = merged_into_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = ItemCreateEntity(d.pop("entity"))

        name = d.pop("name")

        type_ = ItemType(d.pop("type"))

        _is_active = d.pop("isActive", UNSET)
        is_active: ActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = ActiveFlag(_is_active)

        description = d.pop("description", UNSET)

        price = d.pop("price", UNSET)

        percentage = d.pop("percentage", UNSET)

        parent_item_id = d.pop("parentItemId", UNSET)

        has_pur_info = d.pop("hasPurInfo", UNSET)

        expense_account = d.pop("expenseAccount", UNSET)

        pur_description = d.pop("purDescription", UNSET)

        pur_cost = d.pop("purCost", UNSET)

        chart_of_account_id = d.pop("chartOfAccountId", UNSET)

        taxable = d.pop("taxable", UNSET)

        short_name = d.pop("shortName", UNSET)

        merged_into_id = d.pop("mergedIntoId", UNSET)

        item_create = cls(
            entity=entity,
            name=name,
            type_=type_,
            is_active=is_active,
            description=description,
            price=price,
            percentage=percentage,
            parent_item_id=parent_item_id,
            has_pur_info=has_pur_info,
            expense_account=expense_account,
            pur_description=pur_description,
            pur_cost=pur_cost,
            chart_of_account_id=chart_of_account_id,
            taxable=taxable,
            short_name=short_name,
            merged_into_id=merged_into_id,
        )

        return item_create
