from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.classifications import Classifications
    from ..models.recurring_invoice_line_item import RecurringInvoiceLineItem
    from ..models.recurring_invoice_schedule_info import RecurringInvoiceScheduleInfo


T = TypeVar("T", bound="RecurringInvoice")


@_attrs_define
class RecurringInvoice:
    id: str
    customer_id: str | Unset = UNSET
    description: str | Unset = UNSET
    archived: bool | Unset = UNSET
    schedule: RecurringInvoiceScheduleInfo | Unset = UNSET
    recurring_invoice_line_items: list[RecurringInvoiceLineItem] | Unset = UNSET
    classifications: Classifications | Unset = UNSET
    """ General-ledger tags of a bill, invoice, credit or line item. """
    send_email: bool | Unset = UNSET
    created_time: datetime.datetime | Unset = UNSET
    updated_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        customer_id = self.customer_id

        description = self.description

        archived = self.archived

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        recurring_invoice_line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recurring_invoice_line_items, Unset):
            recurring_invoice_line_items = []
            for recurring_invoice_line_items_item_data in self.recurring_invoice_line_items:
                recurring_invoice_line_items_item = recurring_invoice_line_items_item_data.to_dict()
                recurring_invoice_line_items.append(recurring_invoice_line_items_item)

        classifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.classifications, Unset):
            classifications = self.classifications.to_dict()

        send_email = self.send_email

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
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if description is not UNSET:
            field_dict["description"] = description
        if archived is not UNSET:
            field_dict["archived"] = archived
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if recurring_invoice_line_items is not UNSET:
            field_dict["recurringInvoiceLineItems"] = recurring_invoice_line_items
        if classifications is not UNSET:
            field_dict["classifications"] = classifications
        if send_email is not UNSET:
            field_dict["sendEmail"] = send_email
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.classifications import Classifications  # noqa: PLC0415
        from ..models.recurring_invoice_line_item import RecurringInvoiceLineItem  # noqa: PLC0415
        from ..models.recurring_invoice_schedule_info import RecurringInvoiceScheduleInfo  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        customer_id = d.pop("customerId", UNSET)

        description = d.pop("description", UNSET)

        archived = d.pop("archived", UNSET)

        _schedule = d.pop("schedule", UNSET)
        schedule: RecurringInvoiceScheduleInfo | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = RecurringInvoiceScheduleInfo.from_dict(_schedule)

        _recurring_invoice_line_items = d.pop("recurringInvoiceLineItems", UNSET)
        recurring_invoice_line_items: list[RecurringInvoiceLineItem] | Unset = UNSET
        if _recurring_invoice_line_items is not UNSET:
            recurring_invoice_line_items = []
            for recurring_invoice_line_items_item_data in _recurring_invoice_line_items:
                recurring_invoice_line_items_item = RecurringInvoiceLineItem.from_dict(
                    recurring_invoice_line_items_item_data
                )

                recurring_invoice_line_items.append(recurring_invoice_line_items_item)

        _classifications = d.pop("classifications", UNSET)
        classifications: Classifications | Unset
        if isinstance(_classifications, Unset):
            classifications = UNSET
        else:
            classifications = Classifications.from_dict(_classifications)

        send_email = d.pop("sendEmail", UNSET)

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

        recurring_invoice = cls(
            id=id,
            customer_id=customer_id,
            description=description,
            archived=archived,
            schedule=schedule,
            recurring_invoice_line_items=recurring_invoice_line_items,
            classifications=classifications,
            send_email=send_email,
            created_time=created_time,
            updated_time=updated_time,
        )

        recurring_invoice.additional_properties = d
        return recurring_invoice

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
