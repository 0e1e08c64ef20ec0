from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.active_flag import ActiveFlag
from ..models.recurring_invoice_entity import RecurringInvoiceEntity
from ..models.recurring_invoice_time_period import RecurringInvoiceTimePeriod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recurring_invoice_line_item import RecurringInvoiceLineItem


T = TypeVar("T", bound="RecurringInvoice")


@_attrs_define
class RecurringInvoice:
    """A schedule that makes invoices for a customer, as BILL returns it."""

    entity: RecurringInvoiceEntity
    id: str
    is_active: ActiveFlag | Unset = UNSET
    """ "1" active, "2" inactive (deleted). """
    customer_id: str | Unset = UNSET
    """ The customer (0cu...). """
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
    """ The user the invoices come from (006...). """
    payment_term_id: str | Unset = UNSET
    """ Payment term (00p...). """
    invoice_template_id: str | Unset = UNSET
    time_period: RecurringInvoiceTimePeriod | Unset = UNSET
    """ "0" day, "1" week, "2" month, "3" year, "9" none. """
    frequency_per_time_period: int | Unset = UNSET
    """ Every how many time periods: 3 with a month period is quarterly. """
    next_due_date: datetime.date | Unset = UNSET
    """ Due date of the next invoice. """
    end_date: datetime.date | Unset = UNSET
    """ No invoices after this date. """
    days_in_advance: int | Unset = UNSET
    """ How many days before nextDueDate each invoice is made. """
    taxable_amount: float | Unset = UNSET
    subtotal: float | Unset = UNSET
    """ Total before tax. """
    created_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    updated_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    recurring_invoice_line_items: list[RecurringInvoiceLineItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

        customer_id = self.customer_id

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

        time_period: str | Unset = UNSET
        if not isinstance(self.time_period, Unset):
            time_period = self.time_period.value

        frequency_per_time_period = self.frequency_per_time_period

        next_due_date: str | Unset = UNSET
        if not isinstance(self.next_due_date, Unset):
            next_due_date = self.next_due_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        days_in_advance = self.days_in_advance

        taxable_amount = self.taxable_amount

        subtotal = self.subtotal

        created_time = self.created_time

        updated_time = self.updated_time

        recurring_invoice_line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recurring_invoice_line_items, Unset):
            recurring_invoice_line_items = []
            for recurring_invoice_line_items_item_data in self.recurring_invoice_line_items:
                recurring_invoice_line_items_item = recurring_invoice_line_items_item_data.to_dict()
                recurring_invoice_line_items.append(recurring_invoice_line_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity": entity,
                "id": id,
            }
        )
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
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
        if time_period is not UNSET:
            field_dict["timePeriod"] = time_period
        if frequency_per_time_period is not UNSET:
            field_dict["frequencyPerTimePeriod"] = frequency_per_time_period
        if next_due_date is not UNSET:
            field_dict["nextDueDate"] = next_due_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if days_in_advance is not UNSET:
            field_dict["daysInAdvance"] = days_in_advance
        if taxable_amount is not UNSET:
            field_dict["taxableAmount"] = taxable_amount
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time
        if recurring_invoice_line_items is not UNSET:
            field_dict["recurringInvoiceLineItems"] = recurring_invoice_line_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recurring_invoice_line_item import RecurringInvoiceLineItem  # noqa: PLC0415

        d = dict(src_dict)
        entity = RecurringInvoiceEntity(d.pop("entity"))

        id = d.pop("id")

        _is_active = d.pop("isActive", UNSET)
        is_active: ActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = ActiveFlag(_is_active)

        customer_id = d.pop("customerId", UNSET)

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

        _time_period = d.pop("timePeriod", UNSET)
        time_period: RecurringInvoiceTimePeriod | Unset
        if isinstance(_time_period, Unset):
            time_period = UNSET
        else:
            time_period = RecurringInvoiceTimePeriod(_time_period)

        frequency_per_time_period = d.pop("frequencyPerTimePeriod", UNSET)

        _next_due_date = d.pop("nextDueDate", UNSET)
        next_due_date: datetime.date | Unset
        if isinstance(_next_due_date, Unset):
            next_due_date = UNSET
        else:
            next_due_date = datetime.date.fromisoformat(_next_due_date)

        _end_date = d.pop("endDate", UNSET)
        end_date: datetime.date | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.date.fromisoformat(_end_date)

        days_in_advance = d.pop("daysInAdvance", UNSET)

        taxable_amount = d.pop("taxableAmount", UNSET)

        subtotal = d.pop("subtotal", UNSET)

        created_time = d.pop("createdTime", UNSET)

        updated_time = d.pop("updatedTime", UNSET)

        _recurring_invoice_line_items = d.pop("recurringInvoiceLineItems", UNSET)
        recurring_invoice_line_items: list[RecurringInvoiceLineItem] | Unset = UNSET
        if _recurring_invoice_line_items is not UNSET:
            recurring_invoice_line_items = []
            for recurring_invoice_line_items_item_data in _recurring_invoice_line_items:
                recurring_invoice_line_items_item = RecurringInvoiceLineItem.from_dict(
                    recurring_invoice_line_items_item_data
                )

                recurring_invoice_line_items.append(recurring_invoice_line_items_item)

        recurring_invoice = cls(
            entity=entity,
            id=id,
            is_active=is_active,
            customer_id=customer_id,
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
            time_period=time_period,
            frequency_per_time_period=frequency_per_time_period,
            next_due_date=next_due_date,
            end_date=end_date,
            days_in_advance=days_in_advance,
            taxable_amount=taxable_amount,
            subtotal=subtotal,
            created_time=created_time,
            updated_time=updated_time,
            recurring_invoice_line_items=recurring_invoice_line_items,
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
