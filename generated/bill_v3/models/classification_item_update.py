from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClassificationItemUpdate")


@_attrs_define
class ClassificationItemUpdate:
    type_: str | Unset = UNSET
    """ The item's kind, for example INVENTORY, OTHER_CHARGE, SALES_TAX or SALES_TAX_GROUP. """
    name: str | Unset = UNSET
    """ The item's name. """
    short_name: str | Unset = UNSET
    """ A short name or code, as your accounting system knows it. """
    description: str | Unset = UNSET
    """ How the item reads on invoices. """
    parent_id: str | Unset = UNSET
    """ The parent item, when this one sits under another; it must be one of your organization's. """
    price: float | Unset = UNSET
    """ The sales price, in the organization's currency. """
    expense_chart_of_account_id: str | Unset = UNSET
    """ The chart of accounts the item is booked to on bills and purchases. """
    purchase_description: str | Unset = UNSET
    """ How the item reads on bills and purchases. """
    purchase_cost: float | Unset = UNSET
    """ What the item costs you. """
    chart_of_account_id: str | Unset = UNSET
    """ The chart of accounts the item is booked to on sales. """
    taxable: bool | Unset = UNSET
    percentage: float | Unset = UNSET
    """ The rate of a SALES_TAX item, in percent (3.25 for 3.25%). """

    def to_dict(self) -> dict[str, Any]:
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

        field_dict: dict[str, Any] = {}

        field_dict.update({})
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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

        classification_item_update = cls(
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
        )

        return classification_item_update
