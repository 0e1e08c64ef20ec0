from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.purchase_order_line_item_entity import PurchaseOrderLineItemEntity
from ..models.purchase_order_line_item_line_type import PurchaseOrderLineItemLineType
from ..models.purchase_order_line_item_match_type import PurchaseOrderLineItemMatchType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PurchaseOrderLineItem")


@_attrs_define
class PurchaseOrderLineItem:
    """One line of a purchase order as BILL returns it."""

    entity: PurchaseOrderLineItemEntity
    id: str | Unset = UNSET
    created_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    updated_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    amount: float | Unset = UNSET
    line_type: PurchaseOrderLineItemLineType | Unset = UNSET
    """ 1 expense, 2 item. """
    quantity: float | Unset = UNSET
    qty_billed: float | Unset = UNSET
    qty_received: float | Unset = UNSET
    match_type: PurchaseOrderLineItemMatchType | Unset = UNSET
    """ How bills are checked against the order: with receipts too (3-way), against the order only (2-way), or not
    at all. """
    unit_price: float | Unset = UNSET
    description: str | Unset = UNSET
    actg_class_id: str | Unset = UNSET
    chart_of_account_id: str | Unset = UNSET
    department_id: str | Unset = UNSET
    employee_id: str | Unset = UNSET
    item_id: str | Unset = UNSET
    job_id: str | Unset = UNSET
    location_id: str | Unset = UNSET
    customer_id: str | Unset = UNSET
    job_billable: bool | Unset = UNSET
    unit_of_measure_id: str | Unset = UNSET
    billed_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        created_time = self.created_time

        updated_time = self.updated_time

        amount = self.amount

        line_type: str | Unset = UNSET
        if not isinstance(self.line_type, Unset):
            line_type = self.line_type.value

        quantity = self.quantity

        qty_billed = self.qty_billed

        qty_received = self.qty_received

        match_type: str | Unset = UNSET
        if not isinstance(self.match_type, Unset):
            match_type = self.match_type.value

        unit_price = self.unit_price

        description = self.description

        actg_class_id = self.actg_class_id

        chart_of_account_id = self.chart_of_account_id

        department_id = self.department_id

        employee_id = self.employee_id

        item_id = self.item_id

        job_id = self.job_id

        location_id = self.location_id

        customer_id = self.customer_id

        job_billable = self.job_billable

        unit_of_measure_id = self.unit_of_measure_id

        billed_amount = self.billed_amount

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
        if amount is not UNSET:
            field_dict["amount"] = amount
        if line_type is not UNSET:
            field_dict["lineType"] = line_type
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if qty_billed is not UNSET:
            field_dict["qtyBilled"] = qty_billed
        if qty_received is not UNSET:
            field_dict["qtyReceived"] = qty_received
        if match_type is not UNSET:
            field_dict["matchType"] = match_type
        if unit_price is not UNSET:
            field_dict["unitPrice"] = unit_price
        if description is not UNSET:
            field_dict["description"] = description
        if actg_class_id is not UNSET:
            field_dict["actgClassId"] = actg_class_id
        if chart_of_account_id is not UNSET:
            field_dict["chartOfAccountId"] = chart_of_account_id
        if department_id is not UNSET:
            field_dict["departmentId"] = department_id
        if employee_id is not UNSET:
            field_dict["employeeId"] = employee_id
        if item_id is not UNSET:
            field_dict["itemId"] = item_id
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if job_billable is not UNSET:
            field_dict["jobBillable"] = job_billable
        if unit_of_measure_id is not UNSET:
            field_dict["unitOfMeasureId"] = unit_of_measure_id
        if billed_amount is not UNSET:
            field_dict["billedAmount"] = billed_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = PurchaseOrderLineItemEntity(d.pop("entity"))

        id = d.pop("id", UNSET)

        created_time = d.pop("createdTime", UNSET)

        updated_time = d.pop("updatedTime", UNSET)

        amount = d.pop("amount", UNSET)

        _line_type = d.pop("lineType", UNSET)
        line_type: PurchaseOrderLineItemLineType | Unset
        if isinstance(_line_type, Unset):
            line_type = UNSET
        else:
            line_type = PurchaseOrderLineItemLineType(_line_type)

        quantity = d.pop("quantity", UNSET)

        qty_billed = d.pop("qtyBilled", UNSET)

        qty_received = d.pop("qtyReceived", UNSET)

        _match_type = d.pop("matchType", UNSET)
        match_type: PurchaseOrderLineItemMatchType | Unset
        if isinstance(_match_type, Unset):
            match_type = UNSET
        else:
            match_type = PurchaseOrderLineItemMatchType(_match_type)

        unit_price = d.pop("unitPrice", UNSET)

        description = d.pop("description", UNSET)

        actg_class_id = d.pop("actgClassId", UNSET)

        chart_of_account_id = d.pop("chartOfAccountId", UNSET)

        department_id = d.pop("departmentId", UNSET)

        employee_id = d.pop("employeeId", UNSET)

        item_id = d.pop("itemId", UNSET)

        job_id = d.pop("jobId", UNSET)

        location_id = d.pop("locationId", UNSET)

        customer_id = d.pop("customerId", UNSET)

        job_billable = d.pop("jobBillable", UNSET)

        unit_of_measure_id = d.pop("unitOfMeasureId", UNSET)

        billed_amount = d.pop("billedAmount", UNSET)

        purchase_order_line_item = cls(
            entity=entity,
            id=id,
            created_time=created_time,
            updated_time=updated_time,
            amount=amount,
            line_type=line_type,
            quantity=quantity,
            qty_billed=qty_billed,
            qty_received=qty_received,
            match_type=match_type,
            unit_price=unit_price,
            description=description,
            actg_class_id=actg_class_id,
            chart_of_account_id=chart_of_account_id,
            department_id=department_id,
            employee_id=employee_id,
            item_id=item_id,
            job_id=job_id,
            location_id=location_id,
            customer_id=customer_id,
            job_billable=job_billable,
            unit_of_measure_id=unit_of_measure_id,
            billed_amount=billed_amount,
        )

        purchase_order_line_item.additional_properties = d
        return purchase_order_line_item

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
