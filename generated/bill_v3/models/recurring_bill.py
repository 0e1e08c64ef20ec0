from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bill_line_item import BillLineItem
    from ..models.recurring_bill_payment_information import RecurringBillPaymentInformation
    from ..models.recurring_bill_processing_options import RecurringBillProcessingOptions
    from ..models.recurring_bill_schedule import RecurringBillSchedule


T = TypeVar("T", bound="RecurringBill")


@_attrs_define
class RecurringBill:
    id: str
    archived: bool | Unset = UNSET
    vendor_id: str | Unset = UNSET
    description: str | Unset = UNSET
    schedule: RecurringBillSchedule | Unset = UNSET
    recurring_bill_line_items: list[BillLineItem] | Unset = UNSET
    processing_options: RecurringBillProcessingOptions | Unset = UNSET
    payment_information: RecurringBillPaymentInformation | Unset = UNSET
    created_time: datetime.datetime | Unset = UNSET
    updated_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        archived = self.archived

        vendor_id = self.vendor_id

        description = self.description

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        recurring_bill_line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recurring_bill_line_items, Unset):
            recurring_bill_line_items = []
            for recurring_bill_line_items_item_data in self.recurring_bill_line_items:
                recurring_bill_line_items_item = recurring_bill_line_items_item_data.to_dict()
                recurring_bill_line_items.append(recurring_bill_line_items_item)

        processing_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.processing_options, Unset):
            processing_options = self.processing_options.to_dict()

        payment_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_information, Unset):
            payment_information = self.payment_information.to_dict()

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        updated_time: str | Unset = UNSET
        if not isinstance(self.updated_time, Unset):
            updated_time = self.updated_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if archived is not UNSET:
            field_dict["archived"] = archived
        if vendor_id is not UNSET:
            field_dict["vendorId"] = vendor_id
        if description is not UNSET:
            field_dict["description"] = description
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if recurring_bill_line_items is not UNSET:
            field_dict["recurringBillLineItems"] = recurring_bill_line_items
        if processing_options is not UNSET:
            field_dict["processingOptions"] = processing_options
        if payment_information is not UNSET:
            field_dict["paymentInformation"] = payment_information
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bill_line_item import BillLineItem  # noqa: PLC0415
        from ..models.recurring_bill_payment_information import RecurringBillPaymentInformation  # noqa: PLC0415
        from ..models.recurring_bill_processing_options import RecurringBillProcessingOptions  # noqa: PLC0415
        from ..models.recurring_bill_schedule import RecurringBillSchedule  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        archived = d.pop("archived", UNSET)

        vendor_id = d.pop("vendorId", UNSET)

        description = d.pop("description", UNSET)

        _schedule = d.pop("schedule", UNSET)
        schedule: RecurringBillSchedule | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = RecurringBillSchedule.from_dict(_schedule)

        _recurring_bill_line_items = d.pop("recurringBillLineItems", UNSET)
        recurring_bill_line_items: list[BillLineItem] | Unset = UNSET
        if _recurring_bill_line_items is not UNSET:
            recurring_bill_line_items = []
            for recurring_bill_line_items_item_data in _recurring_bill_line_items:
                recurring_bill_line_items_item = BillLineItem.from_dict(recurring_bill_line_items_item_data)

                recurring_bill_line_items.append(recurring_bill_line_items_item)

        _processing_options = d.pop("processingOptions", UNSET)
        processing_options: RecurringBillProcessingOptions | Unset
        if isinstance(_processing_options, Unset):
            processing_options = UNSET
        else:
            processing_options = RecurringBillProcessingOptions.from_dict(_processing_options)

        _payment_information = d.pop("paymentInformation", UNSET)
        payment_information: RecurringBillPaymentInformation | Unset
        if isinstance(_payment_information, Unset):
            payment_information = UNSET
        else:
            payment_information = RecurringBillPaymentInformation.from_dict(_payment_information)

        _created_time = d.pop("createdTime", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = datetime.datetime.fromisoformat(_created_time)

        _updated_time = d.pop("updatedTime", UNSET)
        updated_time: datetime.datetime | Unset
        if isinstance(_updated_time, Unset):
            updated_time = UNSET
        else:
            updated_time = datetime.datetime.fromisoformat(_updated_time)

        recurring_bill = cls(
            id=id,
            archived=archived,
            vendor_id=vendor_id,
            description=description,
            schedule=schedule,
            recurring_bill_line_items=recurring_bill_line_items,
            processing_options=processing_options,
            payment_information=payment_information,
            created_time=created_time,
            updated_time=updated_time,
        )

        recurring_bill.additional_properties = d
        return recurring_bill

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
