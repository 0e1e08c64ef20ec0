from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClassificationItem")


@_attrs_define
class ClassificationItem:
    id: str
    """ BILL's id of the item (prefix `0ii`). """
    type_: str | Unset = UNSET
    """ The item's kind, for example INVENTORY, OTHER_CHARGE, SALES_TAX or SALES_TAX_GROUP. """
    name: str | Unset = UNSET
    short_name: str | Unset = UNSET
    description: str | Unset = UNSET
    parent_id: str | Unset = UNSET
    """ The parent item, if any. """
    price: float | Unset = UNSET
    expense_chart_of_account_id: str | Unset = UNSET
    purchase_description: str | Unset = UNSET
    purchase_cost: float | Unset = UNSET
    chart_of_account_id: str | Unset = UNSET
    taxable: bool | Unset = UNSET
    percentage: float | Unset = UNSET
    """ The rate of a SALES_TAX item, in percent (3.25 for 3.25%). """
    archived: bool | Unset = UNSET
    created_time: datetime.datetime | Unset = UNSET
    updated_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        name = self.name

        short_name = self.short_name

        description = self.description

        parent_id = self.parent_id

        price = self.price

        expense_chart_of_account_id = self.expense_chart_of_account_id

        purchase_description = self.purchase_description

        purchase_cost = self.purchase_cost

        chart_of_account_id = self.chart_of_account_id

        taxable = self.taxable

        percentage = self.percentage

        archived = self.archived

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        updated_time: str | Unset = UNSET
        if not isinstance(self.updated_time, Unset):
            updated_time = self.updated_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if short_name is not UNSET:
            field_dict["shortName"] = short_name
        if description is not UNSET:
            field_dict["description"] = description
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if price is not UNSET:
            field_dict["price"] = price
        if expense_chart_of_account_id is not UNSET:
            field_dict["expenseChartOfAccountId"] = expense_chart_of_account_id
        if purchase_description is not UNSET:
            field_dict["purchaseDescription"] = purchase_description
        if purchase_cost is not UNSET:
            field_dict["purchaseCost"] = purchase_cost
        if chart_of_account_id is not UNSET:
            field_dict["chartOfAccountId"] = chart_of_account_id
        if taxable is not UNSET:
            field_dict["taxable"] = taxable
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if archived is not UNSET:
            field_dict["archived"] = archived
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type", UNSET)

        name = d.pop("name", UNSET)

        short_name = d.pop("shortName", UNSET)

        description = d.pop("description", UNSET)

        parent_id = d.pop("parentId", UNSET)

        price = d.pop("price", UNSET)

        expense_chart_of_account_id = d.pop("expenseChartOfAccountId", UNSET)

        purchase_description = d.pop("purchaseDescription", UNSET)

        purchase_cost = d.pop("purchaseCost", UNSET)

        chart_of_account_id = d.pop("chartOfAccountId", UNSET)

        taxable = d.pop("taxable", UNSET)

        percentage = d.pop("percentage", UNSET)

        archived = d.pop("archived", UNSET)

        _created_time = d.pop("createdTime", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = datetime.datetime.fromisoformat(_created_time)

        _updated_time = d.pop("updatedTime", UNSET)
        updated_time: datetime.datetime | Unset
        if isinstance(_updated_time, Unset):
            updated_time = UNSET
        else:
            updated_time = datetime.datetime.fromisoformat(_updated_time)

        classification_item = cls(
            id=id,
            type_=type_,
            name=name,
            short_name=short_name,
            description=description,
            parent_id=parent_id,
            price=price,
            expense_chart_of_account_id=expense_chart_of_account_id,
            purchase_description=purchase_description,
            purchase_cost=purchase_cost,
            chart_of_account_id=chart_of_account_id,
            taxable=taxable,
            percentage=percentage,
            archived=archived,
            created_time=created_time,
            updated_time=updated_time,
        )

        classification_item.additional_properties = d
        return classification_item

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
