from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.recurring_invoice_line_item_create_entity import RecurringInvoiceLineItemCreateEntity
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecurringInvoiceLineItemCreate")


@_attrs_define
class RecurringInvoiceLineItemCreate:
    """A line of a new or updated recurring invoice."""

    entity: RecurringInvoiceLineItemCreateEntity
    amount: float
    """ Line total: quantity times price, or ratePercent of the other lines. """
    quantity: float
    """ Units sold or time worked. """
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
    item_id: str | Unset = UNSET
    """ The item sold (0ii...). """
    price: float | Unset = UNSET
    """ Unit price or rate; do not combine with ratePercent. """
    rate_percent: float | Unset = UNSET
    """ Percent of the sum of the other lines: positive marks up, negative discounts (-20 is 20% off). """
    taxable: bool | Unset = UNSET
    """ Counts toward sales tax. """

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        amount = self.amount

        quantity = self.quantity

        chart_of_account_id = self.chart_of_account_id

        department_id = self.department_id

        location_id = self.location_id

        actg_class_id = self.actg_class_id

        job_id = self.job_id

        description = self.description

        item_id = self.item_id

        price = self.price

        rate_percent = self.rate_percent

        taxable = self.taxable

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "entity": entity,
                "amount": amount,
                "quantity": quantity,
            }
        )
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
        if item_id is not UNSET:
            field_dict["itemId"] = item_id
        if price is not UNSET:
            field_dict["price"] = price
        if rate_percent is not UNSET:
            field_dict["ratePercent"] = rate_percent
        if taxable is not UNSET:
            field_dict["taxable"] = taxable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = RecurringInvoiceLineItemCreateEntity(d.pop("entity"))

        amount = d.pop("amount")

        quantity = d.pop("quantity")

        chart_of_account_id = d.pop("chartOfAccountId", UNSET)

        department_id = d.pop("departmentId", UNSET)

        location_id = d.pop("locationId", UNSET)

        actg_class_id = d.pop("actgClassId", UNSET)

        job_id = d.pop("jobId", UNSET)

        description = d.pop("description", UNSET)

        item_id = d.pop("itemId", UNSET)

        price = d.pop("price", UNSET)

        rate_percent = d.pop("ratePercent", UNSET)

        taxable = d.pop("taxable", UNSET)

        recurring_invoice_line_item_create = cls(
            entity=entity,
            amount=amount,
            quantity=quantity,
            chart_of_account_id=chart_of_account_id,
            department_id=department_id,
            location_id=location_id,
            actg_class_id=actg_class_id,
            job_id=job_id,
            description=description,
            item_id=item_id,
            price=price,
            rate_percent=rate_percent,
            taxable=taxable,
        )

        return recurring_invoice_line_item_create
