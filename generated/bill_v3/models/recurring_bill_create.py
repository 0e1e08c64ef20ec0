from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bill_line_item_create import BillLineItemCreate
    from ..models.recurring_bill_payment_information_input import RecurringBillPaymentInformationInput
    from ..models.recurring_bill_processing_options_input import RecurringBillProcessingOptionsInput
    from ..models.recurring_bill_schedule_input import RecurringBillScheduleInput


T = TypeVar("T", bound="RecurringBillCreate")


@_attrs_define
class RecurringBillCreate:
    vendor_id: str
    """ BILL vendor id (prefix `009`). """
    schedule: RecurringBillScheduleInput
    recurring_bill_line_items: list[BillLineItemCreate]
    description: str | Unset = UNSET
    processing_options: RecurringBillProcessingOptionsInput | Unset = UNSET
    payment_information: RecurringBillPaymentInformationInput | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        vendor_id = self.vendor_id

        schedule = self.schedule.to_dict()

        recurring_bill_line_items = []
        for recurring_bill_line_items_item_data in self.recurring_bill_line_items:
            recurring_bill_line_items_item = recurring_bill_line_items_item_data.to_dict()
            recurring_bill_line_items.append(recurring_bill_line_items_item)

        description = self.description

        processing_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.processing_options, Unset):
            processing_options = self.processing_options.to_dict()

        payment_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_information, Unset):
            payment_information = self.payment_information.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "vendorId": vendor_id,
                "schedule": schedule,
                "recurringBillLineItems": recurring_bill_line_items,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if processing_options is not UNSET:
            field_dict["processingOptions"] = processing_options
        if payment_information is not UNSET:
            field_dict["paymentInformation"] = payment_information

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bill_line_item_create import BillLineItemCreate  # noqa: PLC0415
        from ..models.recurring_bill_payment_information_input import RecurringBillPaymentInformationInput  # noqa: PLC0415
        from ..models.recurring_bill_processing_options_input import RecurringBillProcessingOptionsInput  # noqa: PLC0415
        from ..models.recurring_bill_schedule_input import RecurringBillScheduleInput  # noqa: PLC0415

        d = dict(src_dict)
        vendor_id = d.pop("vendorId")

        schedule = RecurringBillScheduleInput.from_dict(d.pop("schedule"))

        recurring_bill_line_items = []
        _recurring_bill_line_items = d.pop("recurringBillLineItems")
        for recurring_bill_line_items_item_data in _recurring_bill_line_items:
            recurring_bill_line_items_item = BillLineItemCreate.from_dict(recurring_bill_line_items_item_data)

            recurring_bill_line_items.append(recurring_bill_line_items_item)

        description = d.pop("description", UNSET)

        _processing_options = d.pop("processingOptions", UNSET)
        processing_options: RecurringBillProcessingOptionsInput | Unset
        if isinstance(_processing_options, Unset):
            processing_options = UNSET
        else:
            processing_options = RecurringBillProcessingOptionsInput.from_dict(_processing_options)

        _payment_information = d.pop("paymentInformation", UNSET)
        payment_information: RecurringBillPaymentInformationInput | Unset
        if isinstance(_payment_information, Unset):
            payment_information = UNSET
        else:
            payment_information = RecurringBillPaymentInformationInput.from_dict(_payment_information)

        recurring_bill_create = cls(
            vendor_id=vendor_id,
            schedule=schedule,
            recurring_bill_line_items=recurring_bill_line_items,
            description=description,
            processing_options=processing_options,
            payment_information=payment_information,
        )

        return recurring_bill_create
