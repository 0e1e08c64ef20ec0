from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recurring_invoice_line_item_entity import RecurringInvoiceLineItemEntity
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecurringInvoiceLineItem")


@_attrs_define
class RecurringInvoiceLineItem:
    """One line of each invoice the schedule makes."""

    entity: RecurringInvoiceLineItemEntity
    id: str | Unset = UNSET
    chart_of_account_id: str | Unset = UNSET
    """ Income account of the line. """
    department_id: str | Unset = UNSET
    """ Accounts-tracking department. """
    location_id: str | Unset = UNSET
    """ Accounts-tracking location. """
    actg_class_id: str | Unset = UNSET
    """ Accounts-tracking class. """
    job_id: str | Unset = UNSET
    """ Accounts-tracking job. """
    description: str | Unset = UNSET
    recurring_invoice_id: str | Unset = UNSET
    """ The recurring invoice (rit...). """
    item_id: str | Unset = UNSET
    """ The item sold (0ii...). """
    amount: float | Unset = UNSET
    """ Line total: quantity times price, or ratePercent of the other lines. """
    quantity: float | Unset = UNSET
    """ Units sold or time worked. """
    price: float | Unset = UNSET
    """ Unit price or rate; do not combine with ratePercent. """
    rate_percent: float | Unset = UNSET
    """ Percent of the sum of the other lines: positive marks up, negative discounts (-20 is 20% off). """
    taxable: bool | Unset = UNSET
    """ Counts toward sales tax. """
    created_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    updated_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        chart_of_account_id = self.chart_of_account_id

        department_id = self.department_id

        location_id = self.location_id

        actg_class_id = self.actg_class_id

        job_id = self.job_id

        description = self.description

        recurring_invoice_id = self.recurring_invoice_id

        item_id = self.item_id

        amount = self.amount

        quantity = self.quantity

        price = self.price

        rate_percent = self.rate_percent

        taxable = self.taxable

        created_time = self.created_time

        updated_time = self.updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity": entity,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if chart_of_account_id is not UNSET:
            field_dict["chartOfAccountId"] = chart_of_account_id
        if department_id is not UNSET:
            field_dict["departmentId"] = department_id
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if actg_class_id is not UNSET:
            field_dict["actgClassId"] = actg_class_id
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if description is not UNSET:
            field_dict["description"] = description
        if recurring_invoice_id is not UNSET:
            field_dict["recurringInvoiceId"] = recurring_invoice_id
        if item_id is not UNSET:
            field_dict["itemId"] = item_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if price is not UNSET:
            field_dict["price"] = price
        if rate_percent is not UNSET:
            field_dict["ratePercent"] = rate_percent
        if taxable is not UNSET:
            field_dict["taxable"] = taxable
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = RecurringInvoiceLineItemEntity(d.pop("entity"))

        id = d.pop("id", UNSET)

        chart_of_account_id = d.pop("chartOfAccountId", UNSET)

        department_id = d.pop("departmentId", UNSET)

        location_id = d.pop("locationId", UNSET)

        actg_class_id = d.pop("actgClassId", UNSET)

        job_id = d.pop("jobId", UNSET)

        description = d.pop("description", UNSET)

        recurring_invoice_id = d.pop("recurringInvoiceId", UNSET)

        item_id = d.pop("itemId", UNSET)

        amount = d.pop("amount", UNSET)

        quantity = d.pop("quantity", UNSET)

        price = d.pop("price", UNSET)

        rate_percent = d.pop("ratePercent", UNSET)

        taxable = d.pop("taxable", UNSET)

        created_time = d.pop("createdTime", UNSET)

        updated_time = d.pop("updatedTime", UNSET)

        recurring_invoice_line_item = cls(
            entity=entity,
            id=id,
            chart_of_account_id=chart_of_account_id,
            department_id=department_id,
            location_id=location_id,
            actg_class_id=actg_class_id,
            job_id=job_id,
            description=description,
            recurring_invoice_id=recurring_invoice_id,
            item_id=item_id,
            amount=amount,
            quantity=quantity,
            price=price,
            rate_percent=rate_percent,
            taxable=taxable,
            created_time=created_time,
            updated_time=updated_time,
        )

        recurring_invoice_line_item.additional_properties = d
        return recurring_invoice_line_item

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
