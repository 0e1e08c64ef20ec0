from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.bill_line_item_create_entity import BillLineItemCreateEntity
from ..models.bill_line_item_create_line_type import BillLineItemCreateLineType
from ..types import UNSET, Unset

T = TypeVar("T", bound="BillLineItemCreate")


@_attrs_define
class BillLineItemCreate:
    """One line of a bill being written."""

    entity: BillLineItemCreateEntity
    amount: float
    chart_of_account_id: str | Unset = UNSET
    department_id: str | Unset = UNSET
    location_id: str | Unset = UNSET
    job_id: str | Unset = UNSET
    customer_id: str | Unset = UNSET
    """ The customer the cost is for, when it is billable to a job. """
    job_billable: bool | Unset = UNSET
    description: str | Unset = UNSET
    line_type: BillLineItemCreateLineType | Unset = UNSET
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
    use_smart_approvers: bool | Unset = UNSET
    """ Add the approvers earlier bills of this vendor had, and the default approvers. """

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

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

        use_smart_approvers = self.use_smart_approvers

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
        if use_smart_approvers is not UNSET:
            field_dict["useSmartApprovers"] = use_smart_approvers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = BillLineItemCreateEntity(d.pop("entity"))

        amount = d.pop("amount")

        chart_of_account_id = d.pop("chartOfAccountId", UNSET)

        department_id = d.pop("departmentId", UNSET)

        location_id = d.pop("locationId", UNSET)

        job_id = d.pop("jobId", UNSET)

        customer_id = d.pop("customerId", UNSET)

        job_billable = d.pop("jobBillable", UNSET)

        description = d.pop("description", UNSET)

        _line_type = d.pop("lineType", UNSET)
        line_type: BillLineItemCreateLineType | Unset
        if isinstance(_line_type, Unset):
            line_type = UNSET
        else:
            line_type = BillLineItemCreateLineType(_line_type)

        item_id = d.pop("itemId", UNSET)

        quantity = d.pop("quantity", UNSET)

        unit_price = d.pop("unitPrice", UNSET)

        employee_id = d.pop("employeeId", UNSET)

        actg_class_id = d.pop("actgClassId", UNSET)

        purchase_order_bill_link_id = d.pop("purchaseOrderBillLinkId", UNSET)

        unit_of_measure_id = d.pop("unitOfMeasureId", UNSET)

        line_order = d.pop("lineOrder", UNSET)

        use_smart_approvers = d.pop("useSmartApprovers", UNSET)

        bill_line_item_create = cls(
            entity=entity,
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
            use_smart_approvers=use_smart_approvers,
        )

        return bill_line_item_create
