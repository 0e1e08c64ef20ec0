from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApClassifications")


@_attrs_define
class ApClassifications:
    """The general-ledger tags of a line as BILL returns them."""

    chart_of_account_id: str | Unset = UNSET
    accounting_class_id: str | Unset = UNSET
    department_id: str | Unset = UNSET
    employee_id: str | Unset = UNSET
    item_id: str | Unset = UNSET
    job_id: str | Unset = UNSET
    location_id: str | Unset = UNSET
    customer_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chart_of_account_id = self.chart_of_account_id

        accounting_class_id = self.accounting_class_id

        department_id = self.department_id

        employee_id = self.employee_id

        item_id = self.item_id

        job_id = self.job_id

        location_id = self.location_id

        customer_id = self.customer_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chart_of_account_id is not UNSET:
            field_dict["chartOfAccountId"] = chart_of_account_id
        if accounting_class_id is not UNSET:
            field_dict["accountingClassId"] = accounting_class_id
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chart_of_account_id = d.pop("chartOfAccountId", UNSET)

        accounting_class_id = d.pop("accountingClassId", UNSET)

        department_id = d.pop("departmentId", UNSET)

        employee_id = d.pop("employeeId", UNSET)

        item_id = d.pop("itemId", UNSET)

        job_id = d.pop("jobId", UNSET)

        location_id = d.pop("locationId", UNSET)

        customer_id = d.pop("customerId", UNSET)

        ap_classifications = cls(
            chart_of_account_id=chart_of_account_id,
            accounting_class_id=accounting_class_id,
            department_id=department_id,
            employee_id=employee_id,
            item_id=item_id,
            job_id=job_id,
            location_id=location_id,
            customer_id=customer_id,
        )

        ap_classifications.additional_properties = d
        return ap_classifications

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
