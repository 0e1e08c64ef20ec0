from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.credit_memo_line_item_create_entity import CreditMemoLineItemCreateEntity
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditMemoLineItemCreate")


@_attrs_define
class CreditMemoLineItemCreate:
    """A line of a new or updated credit memo."""

    entity: CreditMemoLineItemCreateEntity
    quantity: float
    amount: float
    """ Line total: quantity times price, or ratePercent of the other lines. """
    item_id: str | Unset = UNSET
    """ The item credited (0ii...). """
    price: float | Unset = UNSET
    """ Unit price or rate; do not combine with ratePercent. """
    service_date: datetime.date | Unset = UNSET
    rate_percent: float | Unset = UNSET
    """ Percent of the sum of the other lines: positive marks up, negative discounts (-20 is 20% off). """
    chart_of_account_id: str | Unset = UNSET
    """ Account of the line. """
    department_id: str | Unset = UNSET
    """ Accounts-tracking department. """
    location_id: str | Unset = UNSET
    """ Accounts-tracking location. """
    actg_class_id: str | Unset = UNSET
    """ Accounts-tracking class. """
    job_id: str | Unset = UNSET
    """ Accounts-tracking job. """
    description: str | Unset = UNSET
    tax_code: str | Unset = UNSET
    taxable: bool | Unset = UNSET
    """ Counts toward salesTaxTotal. """
    line_order: float | Unset = UNSET
    """ Position of the line. """

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        quantity = self.quantity

        amount = self.amount

        item_id = self.item_id

        price = self.price

        service_date: str | Unset = UNSET
        if not isinstance(self.service_date, Unset):
            service_date = self.service_date.isoformat()

        rate_percent = self.rate_percent

        chart_of_account_id = self.chart_of_account_id

        department_id = self.department_id

        location_id = self.location_id

        actg_class_id = self.actg_class_id

        job_id = self.job_id

        description = self.description

        tax_code = self.tax_code

        taxable = self.taxable

        line_order = self.line_order

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "entity": entity,
                "quantity": quantity,
                "amount": amount,
            }
        )
        if item_id is not UNSET:
            field_dict["itemId"] = item_id
        if price is not UNSET:
            field_dict["price"] = price
        if service_date is not UNSET:
            field_dict["serviceDate"] = service_date
        if rate_percent is not UNSET:
            field_dict["ratePercent"] = rate_percent
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
        if tax_code is not UNSET:
            field_dict["taxCode"] = tax_code
        if taxable is not UNSET:
            field_dict["taxable"] = taxable
        if line_order is not UNSET:
            field_dict["lineOrder"] = line_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = CreditMemoLineItemCreateEntity(d.pop("entity"))

        quantity = d.pop("quantity")

        amount = d.pop("amount")

        item_id = d.pop("itemId", UNSET)

        price = d.pop("price", UNSET)

        _service_date = d.pop("serviceDate", UNSET)
        service_date: datetime.date | Unset
        if isinstance(_service_date, Unset):
            service_date = UNSET
        else:
            service_date = datetime.date.fromisoformat(_service_date)

        rate_percent = d.pop("ratePercent", UNSET)

        chart_of_account_id = d.pop("chartOfAccountId", UNSET)

        department_id = d.pop("departmentId", UNSET)

        location_id = d.pop("locationId", UNSET)

        actg_class_id = d.pop("actgClassId", UNSET)

        job_id = d.pop("jobId", UNSET)

        description = d.pop("description", UNSET)

        tax_code = d.pop("taxCode", UNSET)

        taxable = d.pop("taxable", UNSET)

        line_order = d.pop("lineOrder", UNSET)

        credit_memo_line_item_create = cls(
            entity=entity,
            quantity=quantity,
            amount=amount,
            item_id=item_id,
            price=price,
            service_date=service_date,
            rate_percent=rate_percent,
            chart_of_account_id=chart_of_account_id,
            department_id=department_id,
            location_id=location_id,
            actg_class_id=actg_class_id,
            job_id=job_id,
            description=description,
            tax_code=tax_code,
            taxable=taxable,
            line_order=line_order,
        )

        return credit_memo_line_item_create
