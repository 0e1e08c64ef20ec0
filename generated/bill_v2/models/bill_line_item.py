from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bill_line_item_entity import BillLineItemEntity
from ..models.bill_line_item_line_type import BillLineItemLineType
from ..types import UNSET, Unset

T = TypeVar("T", bound="BillLineItem")


@_attrs_define
class BillLineItem:
    """One line of a bill as BILL returns it."""

    entity: BillLineItemEntity
    id: str | Unset = UNSET
    bill_id: str | Unset = UNSET
    amount: float | Unset = UNSET
    chart_of_account_id: str | Unset = UNSET
    department_id: str | Unset = UNSET
    location_id: str | Unset = UNSET
    job_id: str | Unset = UNSET
    customer_id: str | Unset = UNSET
    """ The customer the cost is for, when it is billable to a job. """
    job_billable: bool | Unset = UNSET
    description: str | Unset = UNSET
    line_type: BillLineItemLineType | Unset = UNSET
    """ 1 an expense (account) line, 2 an item line. """
    item_id: str | Unset = UNSET
    """ For an item line. """
    quantity: float | Unset = UNSET
    unit_price: float | Unset = UNSET
    employee_id: str | Unset = UNSET
    actg_class_id: str | Unset = UNSET
    purchase_order_bill_link_id: str | Unset = UNSET
    """ Ties the line to a purchase order line. """
    unit_of_measure_id: str | Unset = UNSET
    line_order: float | Unset = UNSET
    created_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    updated_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        bill_id = self.bill_id

        amount = self.amount

        chart_of_account_id = self.chart_of_account_id

        department_id = self.department_id

        location_id = self.location_id

        job_id = self.job_id

        customer_id = self.customer_id

        job_billable = self.job_billable

        description = self.description

        line_type: str | Unset = UNSET
        if not isinstance(self.line_type, Unset):
            line_type = self.line_type.value

        item_id = self.item_id

        quantity = self.quantity

        unit_price = self.unit_price

        employee_id = self.employee_id

        actg_class_id = self.actg_class_id

        purchase_order_bill_link_id = self.purchase_order_bill_link_id

        unit_of_measure_id = self.unit_of_measure_id

        line_order = self.line_order

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
        if bill_id is not UNSET:
            field_dict["billId"] = bill_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if chart_of_account_id is not UNSET:
            field_dict["chartOfAccountId"] = chart_of_account_id
        if department_id is not UNSET:
            field_dict["departmentId"] = department_id
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if job_billable is not UNSET:
            field_dict["jobBillable"] = job_billable
        if description is not UNSET:
            field_dict["description"] = description
        if line_type is not UNSET:
            field_dict["lineType"] = line_type
        if item_id is not UNSET:
            field_dict["itemId"] = item_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if unit_price is not UNSET:
            field_dict["unitPrice"] = unit_price
        if employee_id is not UNSET:
            field_dict["employeeId"] = employee_id
        if actg_class_id is not UNSET:
            field_dict["actgClassId"] = actg_class_id
        if purchase_order_bill_link_id is not UNSET:
            field_dict["purchaseOrderBillLinkId"] = purchase_order_bill_link_id
        if unit_of_measure_id is not UNSET:
            field_dict["unitOfMeasureId"] = unit_of_measure_id
        if line_order is not UNSET:
            field_dict["lineOrder"] = line_order
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = BillLineItemEntity(d.pop("entity"))

        id = d.pop("id", UNSET)

        bill_id = d.pop("billId", UNSET)

        amount = d.pop("amount", UNSET)

        chart_of_account_id = d.pop("chartOfAccountId", UNSET)

        department_id = d.pop("departmentId", UNSET)

        location_id = d.pop("locationId", UNSET)

        job_id = d.pop("jobId", UNSET)

        customer_id = d.pop("customerId", UNSET)

        job_billable = d.pop("jobBillable", UNSET)

        description = d.pop("description", UNSET)

        _line_type = d.pop("lineType", UNSET)
        line_type: BillLineItemLineType | Unset
        if isinstance(_line_type, Unset):
            line_type = UNSET
        else:
            line_type = BillLineItemLineType(_line_type)

        item_id = d.pop("itemId", UNSET)

        quantity = d.pop("quantity", UNSET)

        unit_price = d.pop("unitPrice", UNSET)

        employee_id = d.pop("employeeId", UNSET)

        actg_class_id = d.pop("actgClassId", UNSET)

        purchase_order_bill_link_id = d.pop("purchaseOrderBillLinkId", UNSET)

        unit_of_measure_id = d.pop("unitOfMeasureId", UNSET)

        line_order = d.pop("lineOrder", UNSET)

        created_time = d.pop("createdTime", UNSET)

        updated_time = d.pop("updatedTime", UNSET)

        bill_line_item = cls(
            entity=entity,
            id=id,
            bill_id=bill_id,
            amount=amount,
            chart_of_account_id=chart_of_account_id,
            department_id=department_id,
            location_id=location_id,
            job_id=job_id,
            customer_id=customer_id,
            job_billable=job_billable,
            description=description,
            line_type=line_type,
            item_id=item_id,
            quantity=quantity,
            unit_price=unit_price,
            employee_id=employee_id,
            actg_class_id=actg_class_id,
            purchase_order_bill_link_id=purchase_order_bill_link_id,
            unit_of_measure_id=unit_of_measure_id,
            line_order=line_order,
            created_time=created_time,
            updated_time=updated_time,
        )

        bill_line_item.additional_properties = d
        return bill_line_item

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
