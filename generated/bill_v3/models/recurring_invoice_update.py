from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.classifications import Classifications
    from ..models.recurring_invoice_line_item_change import RecurringInvoiceLineItemChange
    from ..models.recurring_invoice_schedule_change import RecurringInvoiceScheduleChange


T = TypeVar("T", bound="RecurringInvoiceUpdate")


@_attrs_define
class RecurringInvoiceUpdate:
    customer_id: str | Unset = UNSET
    """ BILL customer id (prefix `0cu`). """
    schedule: RecurringInvoiceScheduleChange | Unset = UNSET
    recurring_invoice_line_items: list[RecurringInvoiceLineItemChange] | Unset = UNSET
    description: str | Unset = UNSET
    send_email: bool | Unset = UNSET
    classifications: Classifications | Unset = UNSET
    """ General-ledger tags of a bill, invoice, credit or line item. """

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        recurring_invoice_line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recurring_invoice_line_items, Unset):
            recurring_invoice_line_items = []
            for recurring_invoice_line_items_item_data in self.recurring_invoice_line_items:
                recurring_invoice_line_items_item = recurring_invoice_line_items_item_data.to_dict()
                recurring_invoice_line_items.append(recurring_invoice_line_items_item)

        description = self.description

        send_email = self.send_email

        classifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.classifications, Unset):
            classifications = self.classifications.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if recurring_invoice_line_items is not UNSET:
            field_dict["recurringInvoiceLineItems"] = recurring_invoice_line_items
        if description is not UNSET:
            field_dict["description"] = description
        if send_email is not UNSET:
            field_dict["sendEmail"] = send_email
        if classifications is not UNSET:
            field_dict["classifications"] = classifications

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.classifications import Classifications  # noqa: PLC0415
        from ..models.recurring_invoice_line_item_change import RecurringInvoiceLineItemChange  # noqa: PLC0415
        from ..models.recurring_invoice_schedule_change import RecurringInvoiceScheduleChange  # noqa: PLC0415

        d = dict(src_dict)
        customer_id = d.pop("customerId", UNSET)

        _schedule = d.pop("schedule", UNSET)
        schedule: RecurringInvoiceScheduleChange | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = RecurringInvoiceScheduleChange.from_dict(_schedule)

        _recurring_invoice_line_items = d.pop("recurringInvoiceLineItems", UNSET)
        recurring_invoice_line_items: list[RecurringInvoiceLineItemChange] | Unset = UNSET
        if _recurring_invoice_line_items is not UNSET:
            recurring_invoice_line_items = []
            for recurring_invoice_line_items_item_data in _recurring_invoice_line_items:
                recurring_invoice_line_items_item = RecurringInvoiceLineItemChange.from_dict(
                    recurring_invoice_line_items_item_data
                )

                recurring_invoice_line_items.append(recurring_invoice_line_items_item)

        description = d.pop("description", UNSET)

        send_email = d.pop("sendEmail", UNSET)

        _classifications = d.pop("classifications", UNSET)
        classifications: Classifications | Unset
        if isinstance(_classifications, Unset):
            classifications = UNSET
        else:
            classifications = Classifications.from_dict(_classifications)

        recurring_invoice_update = cls(
            customer_id=customer_id,
            schedule=schedule,
            recurring_invoice_line_items=recurring_invoice_line_items,
            description=description,
            send_email=send_email,
            classifications=classifications,
        )

        return recurring_invoice_update
