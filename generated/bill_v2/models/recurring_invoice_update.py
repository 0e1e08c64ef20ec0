from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.active_flag import ActiveFlag
from ..models.recurring_invoice_time_period import RecurringInvoiceTimePeriod
from ..models.recurring_invoice_update_entity import RecurringInvoiceUpdateEntity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recurring_invoice_line_item_create import RecurringInvoiceLineItemCreate


T = TypeVar("T", bound="RecurringInvoiceUpdate")


@_attrs_define
class RecurringInvoiceUpdate:
    """The whole recurring invoice, as it should be stored."""

    entity: RecurringInvoiceUpdateEntity
    id: str
    customer_id: str
    """ The customer (0cu...). """
    time_period: RecurringInvoiceTimePeriod
    """ "0" day, "1" week, "2" month, "3" year, "9" none. """
    frequency_per_time_period: int
    """ Every how many time periods: 3 with a month period is quarterly. """
    next_due_date: datetime.date
    """ Due date of the next invoice. """
    days_in_advance: int
    """ How many days before nextDueDate each invoice is made. """
    recurring_invoice_line_items: list[RecurringInvoiceLineItemCreate]
    is_active: ActiveFlag | Unset = UNSET
    """ "1" active, "2" inactive (deleted). """
    po_number: str | Unset = UNSET
    """ The customer's purchase order number. """
    sales_rep: str | Unset = UNSET
    department_id: str | Unset = UNSET
    """ Accounts-tracking department. """
    location_id: str | Unset = UNSET
    """ Accounts-tracking location. """
    actg_class_id: str | Unset = UNSET
    """ Accounts-tracking class. """
    job_id: str | Unset = UNSET
    """ Accounts-tracking job. """
    item_sales_tax: str | Unset = UNSET
    """ Sales-tax item (0ii...) applied to the taxable lines. """
    description: str | Unset = UNSET
    is_to_be_printed: bool | Unset = UNSET
    """ Print and mail each invoice. """
    is_to_be_emailed: bool | Unset = UNSET
    """ Email each invoice. """
    is_to_be_auto_emailed: bool | Unset = UNSET
    """ BILL emails each new invoice by itself, with the default template. """
    from_user_id: str | Unset = UNSET
    """ BILL user id (prefix `006`). """
    payment_term_id: str | Unset = UNSET
    """ Payment term (00p...). """
    invoice_template_id: str | Unset = UNSET
    end_date: datetime.date | Unset = UNSET
    """ No invoices after this date. """

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        customer_id = self.customer_id

        time_period = self.time_period.value

        frequency_per_time_period = self.frequency_per_time_period

        next_due_date = self.next_due_date.isoformat()

        days_in_advance = self.days_in_advance

        recurring_invoice_line_items = []
        for recurring_invoice_line_items_item_data in self.recurring_invoice_line_items:
            recurring_invoice_line_items_item = recurring_invoice_line_items_item_data.to_dict()
            recurring_invoice_line_items.append(recurring_invoice_line_items_item)

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

        po_number = self.po_number

        sales_rep = self.sales_rep

        department_id = self.department_id

        location_id = self.location_id

        actg_class_id = self.actg_class_id

        job_id = self.job_id

        item_sales_tax = self.item_sales_tax

        description = self.description

        is_to_be_printed = self.is_to_be_printed

        is_to_be_emailed = self.is_to_be_emailed

        is_to_be_auto_emailed = self.is_to_be_auto_emailed

        from_user_id = self.from_user_id

        payment_term_id = self.payment_term_id

        invoice_template_id = self.invoice_template_id

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "entity": entity,
                "id": id,
                "customerId": customer_id,
                "timePeriod": time_period,
                "frequencyPerTimePeriod": frequency_per_time_period,
                "nextDueDate": next_due_date,
                "daysInAdvance": days_in_advance,
                "recurringInvoiceLineItems": recurring_invoice_line_items,
            }
        )
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if po_number is not UNSET:
            field_dict["poNumber"] = po_number
        if sales_rep is not UNSET:
            field_dict["salesRep"] = sales_rep
        if department_id is not UNSET:
            field_dict["departmentId"] = department_id
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if actg_class_id is not UNSET:
            field_dict["actgClassId"] = actg_class_id
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if item_sales_tax is not UNSET:
            field_dict["itemSalesTax"] = item_sales_tax
        if description is not UNSET:
            field_dict["description"] = description
        if is_to_be_printed is not UNSET:
            field_dict["isToBePrinted"] = is_to_be_printed
        if is_to_be_emailed is not UNSET:
            field_dict["isToBeEmailed"] = is_to_be_emailed
        if is_to_be_auto_emailed is not UNSET:
            field_dict["isToBeAutoEmailed"] = is_to_be_auto_emailed
        if from_user_id is not UNSET:
            field_dict["fromUserId"] = from_user_id
        if payment_term_id is not UNSET:
            field_dict["paymentTermId"] = payment_term_id
        if invoice_template_id is not UNSET:
            field_dict["invoiceTemplateId"] = invoice_template_id
        if end_date is not UNSET:
            field_dict["endDate"] = end_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recurring_invoice_line_item_create import RecurringInvoiceLineItemCreate  # noqa: PLC0415

        d = dict(src_dict)
        entity = RecurringInvoiceUpdateEntity(d.pop("entity"))

        id = d.pop("id")

        customer_id = d.pop("customerId")

        time_period = RecurringInvoiceTimePeriod(d.pop("timePeriod"))

        frequency_per_time_period = d.pop("frequencyPerTimePeriod")

        next_due_date = datetime.date.fromisoformat(d.pop("nextDueDate"))

        days_in_advance = d.pop("daysInAdvance")

        recurring_invoice_line_items = []
        _recurring_invoice_line_items = d.pop("recurringInvoiceLineItems")
        for recurring_invoice_line_items_item_data in _recurring_invoice_line_items:
            recurring_invoice_line_items_item = RecurringInvoiceLineItemCreate.from_dict(
                recurring_invoice_line_items_item_data
            )

            recurring_invoice_line_items.append(recurring_invoice_line_items_item)

        _is_active = d.pop("isActive", UNSET)
        is_active: ActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = ActiveFlag(_is_active)

        po_number = d.pop("poNumber", UNSET)

        sales_rep = d.pop("salesRep", UNSET)

        department_id = d.pop("departmentId", UNSET)

        location_id = d.pop("locationId", UNSET)

        actg_class_id = d.pop("actgClassId", UNSET)

        job_id = d.pop("jobId", UNSET)

        item_sales_tax = d.pop("itemSalesTax", UNSET)

        description = d.pop("description", UNSET)

        is_to_be_printed = d.pop("isToBePrinted", UNSET)

        is_to_be_emailed = d.pop("isToBeEmailed", UNSET)

        is_to_be_auto_emailed = d.pop("isToBeAutoEmailed", UNSET)

        from_user_id = d.pop("fromUserId", UNSET)

        payment_term_id = d.pop("paymentTermId", UNSET)

        invoice_template_id = d.pop("invoiceTemplateId", UNSET)

        _end_date = d.pop("endDate", UNSET)
        end_date: datetime.date | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.date.fromisoformat(_end_date)

        recurring_invoice_update = cls(
            entity=entity,
            id=id,
            customer_id=customer_id,
            time_period=time_period,
            frequency_per_time_period=frequency_per_time_period,
            next_due_date=next_due_date,
            days_in_advance=days_in_advance,
            recurring_invoice_line_items=recurring_invoice_line_items,
            is_active=is_active,
            po_number=po_number,
            sales_rep=sales_rep,
            department_id=department_id,
            location_id=location_id,
            actg_class_id=actg_class_id,
            job_id=job_id,
            item_sales_tax=item_sales_tax,
            description=description,
            is_to_be_printed=is_to_be_printed,
            is_to_be_emailed=is_to_be_emailed,
            is_to_be_auto_emailed=is_to_be_auto_emailed,
            from_user_id=from_user_id,
            payment_term_id=payment_term_id,
            invoice_template_id=invoice_template_id,
            end_date=end_date,
        )

        return recurring_invoice_update
