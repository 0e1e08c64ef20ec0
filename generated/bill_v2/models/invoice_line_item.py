from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_line_item_entity import InvoiceLineItemEntity
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceLineItem")


@_attrs_define
class InvoiceLineItem:
    """One line of an invoice."""

    entity: InvoiceLineItemEntity
    id: str | Unset = UNSET
    created_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    updated_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    invoice_id: str | Unset = UNSET
    """ The invoice (00e...). """
    item_id: str | Unset = UNSET
    """ The item sold (0ii...). """
    quantity: float | Unset = UNSET
    """ Units sold or time worked. """
    amount: float | Unset = UNSET
    """ Line total: quantity times price, or ratePercent of the other lines. """
    price: float | Unset = UNSET
    """ Unit price or rate; do not combine with ratePercent. """
    service_date: datetime.date | Unset = UNSET
    """ When the goods or service were provided. """
    rate_percent: float | Unset = UNSET
    """ Percent of the sum of the other lines: positive marks up, negative discounts (-20 is 20% off). """
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
    taxable: bool | Unset = UNSET
    """ Counts toward salesTaxTotal. """
    tax_code: str | Unset = UNSET
    line_order: float | Unset = UNSET
    """ Position of the line. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        created_time = self.created_time

        updated_time = self.updated_time

        invoice_id = self.invoice_id

        item_id = self.item_id

        quantity = self.quantity

        amount = self.amount

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

        taxable = self.taxable

        tax_code = self.tax_code

        line_order = self.line_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity": entity,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if item_id is not UNSET:
            field_dict["itemId"] = item_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if amount is not UNSET:
            field_dict["amount"] = amount
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
        if taxable is not UNSET:
            field_dict["taxable"] = taxable
        if tax_code is not UNSET:
            field_dict["taxCode"] = tax_code
        if line_order is not UNSET:
            field_dict["lineOrder"] = line_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = InvoiceLineItemEntity(d.pop("entity"))

        id = d.pop("id", UNSET)

        created_time = d.pop("createdTime", UNSET)

        updated_time = d.pop("updatedTime", UNSET)

        invoice_id = d.pop("invoiceId", UNSET)

        item_id = d.pop("itemId", UNSET)

        quantity = d.pop("quantity", UNSET)

        amount = d.pop("amount", UNSET)

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

        taxable = d.pop("taxable", UNSET)

        tax_code = d.pop("taxCode", UNSET)

        line_order = d.pop("lineOrder", UNSET)

        invoice_line_item = cls(
            entity=entity,
            id=id,
            created_time=created_time,
            updated_time=updated_time,
            invoice_id=invoice_id,
            item_id=item_id,
            quantity=quantity,
            amount=amount,
            price=price,
            service_date=service_date,
            rate_percent=rate_percent,
            chart_of_account_id=chart_of_account_id,
            department_id=department_id,
            location_id=location_id,
            actg_class_id=actg_class_id,
            job_id=job_id,
            description=description,
            taxable=taxable,
            tax_code=tax_code,
            line_order=line_order,
        )

        invoice_line_item.additional_properties = d
        return invoice_line_item

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
