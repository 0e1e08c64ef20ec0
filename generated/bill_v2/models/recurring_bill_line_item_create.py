from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.recurring_bill_line_item_create_entity import RecurringBillLineItemCreateEntity
from ..models.recurring_bill_line_item_create_line_type import RecurringBillLineItemCreateLineType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecurringBillLineItemCreate")


@_attrs_define
class RecurringBillLineItemCreate:
    """One line of the bills a recurring bill will create."""

    entity: RecurringBillLineItemCreateEntity
    amount: float
    chart_of_account_id: str | Unset = UNSET
    department_id: str | Unset = UNSET
    location_id: str | Unset = UNSET
    description: str | Unset = UNSET
    job_id: str | Unset = UNSET
    line_type: RecurringBillLineItemCreateLineType | Unset = UNSET
    """ 1 an expense (account) line, 2 an item line. """
    job_billable: bool | Unset = UNSET
    quantity: float | Unset = UNSET
    unit_price: float | Unset = UNSET
    employee_id: str | Unset = UNSET
    customer_id: str | Unset = UNSET
    vendor_id: str | Unset = UNSET
    item_id: str | Unset = UNSET
    is_adjusted: bool | Unset = UNSET
    """ A line added to adjust the total. """

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        amount = self.amount

        chart_of_account_id = self.chart_of_account_id

        department_id = self.department_id

        location_id = self.location_id

        description = self.description

        job_id = self.job_id

        line_type: str | Unset = UNSET
        if not isinstance(self.line_type, Unset):
            line_type = self.line_type.value

        job_billable = self.job_billable

        quantity = self.quantity

        unit_price = self.unit_price

        employee_id = self.employee_id

        customer_id = self.customer_id

        vendor_id = self.vendor_id

        item_id = self.item_id

        is_adjusted = self.is_adjusted

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "entity": entity,
                "amount": amount,
            }
        )
        if chart_of_account_id is not UNSET:
            field_dict["chartOfAccountId"] = chart_of_account_id
        if department_id is not UNSET:
            field_dict["departmentId"] = department_id
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if description is not UNSET:
            field_dict["description"] = description
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if line_type is not UNSET:
            field_dict["lineType"] = line_type
        if job_billable is not UNSET:
            field_dict["jobBillable"] = job_billable
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if unit_price is not UNSET:
            field_dict["unitPrice"] = unit_price
        if employee_id is not UNSET:
            field_dict["employeeId"] = employee_id
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if vendor_id is not UNSET:
            field_dict["vendorId"] = vendor_id
        if item_id is not UNSET:
            field_dict["itemId"] = item_id
        if is_adjusted is not UNSET:
            field_dict["isAdjusted"] = is_adjusted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = RecurringBillLineItemCreateEntity(d.pop("entity"))

        amount = d.pop("amount")

        chart_of_account_id = d.pop("chartOfAccountId", UNSET)

        department_id = d.pop("departmentId", UNSET)

        location_id = d.pop("locationId", UNSET)

        description = d.pop("description", UNSET)

        job_id = d.pop("jobId", UNSET)

        _line_type = d.pop("lineType", UNSET)
        line_type: RecurringBillLineItemCreateLineType | Unset
        if isinstance(_line_type, Unset):
            line_type = UNSET
        else:
            line_type = RecurringBillLineItemCreateLineType(_line_type)

        job_billable = d.pop("jobBillable", UNSET)

        quantity = d.pop("quantity", UNSET)

        unit_price = d.pop("unitPrice", UNSET)

        employee_id = d.pop("employeeId", UNSET)

        customer_id = d.pop("customerId", UNSET)

        vendor_id = d.pop("vendorId", UNSET)

        item_id = d.pop("itemId", UNSET)

        is_adjusted = d.pop("isAdjusted", UNSET)

        recurring_bill_line_item_create = cls(
            entity=entity,
            amount=amount,
            chart_of_account_id=chart_of_account_id,
            department_id=department_id,
            location_id=location_id,
            description=description,
            job_id=job_id,
            line_type=line_type,
            job_billable=job_billable,
            quantity=quantity,
            unit_price=unit_price,
            employee_id=employee_id,
            customer_id=customer_id,
            vendor_id=vendor_id,
            item_id=item_id,
            is_adjusted=is_adjusted,
        )

        return recurring_bill_line_item_create
