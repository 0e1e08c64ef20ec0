from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.classifications import Classifications
    from ..models.recurring_invoice_line_item_create import RecurringInvoiceLineItemCreate
    from ..models.recurring_invoice_schedule import RecurringInvoiceSchedule


T = TypeVar("T", bound="RecurringInvoiceCreate")


@_attrs_define
class RecurringInvoiceCreate:
    customer_id: str
    """ BILL customer id (prefix `0cu`). """
    schedule: RecurringInvoiceSchedule
    recurring_invoice_line_items: list[RecurringInvoiceLineItemCreate]
    description: str | Unset = UNSET
    send_email: bool | Unset = UNSET
    """ Email each issued invoice to the customer. """
    classifications: Classifications | Unset = UNSET
    """ General-ledger tags of a bill, invoice, credit or line item. """

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        schedule = self.schedule.to_dict()

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

        field_dict.update(
            {
                "customerId": customer_id,
                "schedule": schedule,
                "recurringInvoiceLineItems": recurring_invoice_line_items,
            }
        )
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
        from ..models.recurring_invoice_line_item_create import RecurringInvoiceLineItemCreate  # noqa: PLC0415
        from ..models.recurring_invoice_schedule import RecurringInvoiceSchedule  # noqa: PLC0415

        d = dict(src_dict)
        customer_id = d.pop("customerId")

        schedule = RecurringInvoiceSchedule.from_dict(d.pop("schedule"))

        recurring_invoice_line_items = []
        _recurring_invoice_line_items = d.pop("recurringInvoiceLineItems")
        for recurring_invoice_line_items_item_data in _recurring_invoice_line_items:
            recurring_invoice_line_items_item = RecurringInvoiceLineItemCreate.from_dict(
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

        recurring_invoice_create = cls(
            customer_id=customer_id,
            schedule=schedule,
            recurring_invoice_line_items=recurring_invoice_line_items,
            description=description,
            send_email=send_email,
            classifications=classifications,
        )

        return recurring_invoice_create
