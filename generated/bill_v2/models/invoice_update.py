from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.invoice_active_flag import InvoiceActiveFlag
from ..models.invoice_delivery_option import InvoiceDeliveryOption
from ..models.invoice_update_entity import InvoiceUpdateEntity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_line_item_create import InvoiceLineItemCreate


T = TypeVar("T", bound="InvoiceUpdate")


@_attrs_define
class InvoiceUpdate:
    """The whole invoice, as it should be stored."""

    entity: InvoiceUpdateEntity
    id: str
    customer_id: str
    """ The customer (0cu...). """
    invoice_number: str
    """ Your own number for the invoice. """
    invoice_date: datetime.date
    due_date: datetime.date
    invoice_line_items: list[InvoiceLineItemCreate]
    is_active: InvoiceActiveFlag | Unset = UNSET
    """ "1" active, "2" inactive (deleted), "5" draft, "6" deleted draft. """
    gl_posting_date: datetime.date | Unset = UNSET
    """ Posting date in the general ledger. """
    exchange_rate: float | Unset = UNSET
    """ For a customer billed in a foreign currency. """
    description: str | Unset = UNSET
    po_number: str | Unset = UNSET
    """ The customer's purchase order number. """
    is_to_be_printed: bool | Unset = UNSET
    """ To be printed and mailed. """
    is_to_be_emailed: bool | Unset = UNSET
    """ To be emailed. """
    last_sent_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    item_sales_tax: str | Unset = UNSET
    """ Sales-tax item (0ii...) applied to the taxable lines. """
    terms: str | Unset = UNSET
    """ Payment terms printed on the invoice. """
    sales_rep: str | Unset = UNSET
    fob: str | Unset = UNSET
    """ Free-on-board shipping terms. """
    ship_date: datetime.date | Unset = UNSET
    ship_method: str | Unset = UNSET
    department_id: str | Unset = UNSET
    """ Accounts-tracking department. """
    location_id: str | Unset = UNSET
    """ Accounts-tracking location. """
    actg_class_id: str | Unset = UNSET
    """ Accounts-tracking class. """
    job_id: str | Unset = UNSET
    """ Accounts-tracking job. """
    pay_to_bank_account_id: str | Unset = UNSET
    """ Bank account (bac...) paid into; select partners only. """
    pay_to_chart_of_account_id: str | Unset = UNSET
    """ Account the payment is booked to; select partners only. """
    invoice_template_id: str | Unset = UNSET
    has_auto_pay: bool | Unset = UNSET
    """ Paid by the customer's autopay. """
    email_delivery_option: InvoiceDeliveryOption | Unset = UNSET
    """ "0" not chosen, "1" now, "2" later. """
    mail_delivery_option: InvoiceDeliveryOption | Unset = UNSET
    """ "0" not chosen, "1" now, "2" later. """
    rec_invoice_template_id: str | Unset = UNSET
    """ The recurring invoice (rit...) it came from. """

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        customer_id = self.customer_id

        invoice_number = self.invoice_number

        invoice_date = self.invoice_date.isoformat()

        due_date = self.due_date.isoformat()

        invoice_line_items = []
        for invoice_line_items_item_data in self.invoice_line_items:
            invoice_line_items_item = invoice_line_items_item_data.to_dict()
            invoice_line_items.append(invoice_line_items_item)

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

        gl_posting_date: str | Unset = UNSET
        if not isinstance(self.gl_posting_date, Unset):
            gl_posting_date = self.gl_posting_date.isoformat()

        exchange_rate = self.exchange_rate

        description = self.description

        po_number = self.po_number

        is_to_be_printed = self.is_to_be_printed

        is_to_be_emailed = self.is_to_be_emailed

        last_sent_time = self.last_sent_time

        item_sales_tax = self.item_sales_tax

        terms = self.terms

        sales_rep = self.sales_rep

        fob = self.fob

        ship_date: str | Unset = UNSET
        if not isinstance(self.ship_date, Unset):
            ship_date = self.ship_date.isoformat()

        ship_method = self.ship_method

        department_id = self.department_id

        location_id = self.location_id

        actg_class_id = self.actg_class_id

        job_id = self.job_id

        pay_to_bank_account_id = self.pay_to_bank_account_id

        pay_to_chart_of_account_id = self.pay_to_chart_of_account_id

        invoice_template_id = self.invoice_template_id

        has_auto_pay = self.has_auto_pay

        email_delivery_option: str | Unset = UNSET
        if not isinstance(self.email_delivery_option, Unset):
            email_delivery_option = self.email_delivery_option.value

        mail_delivery_option: str | Unset = UNSET
        if not isinstance(self.mail_delivery_option, Unset):
            mail_delivery_option = self.mail_delivery_option.value

        rec_invoice_template_id = self.rec_invoice_template_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "entity": entity,
                "id": id,
                "customerId": customer_id,
                "invoiceNumber": invoice_number,
                "invoiceDate": invoice_date,
                "dueDate": due_date,
                "invoiceLineItems": invoice_line_items,
            }
        )
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if gl_posting_date is not UNSET:
            field_dict["glPostingDate"] = gl_posting_date
        if exchange_rate is not UNSET:
            field_dict["exchangeRate"] = exchange_rate
        if description is not UNSET:
            field_dict["description"] = description
        if po_number is not UNSET:
            field_dict["poNumber"] = po_number
        if is_to_be_printed is not UNSET:
            field_dict["isToBePrinted"] = is_to_be_printed
        if is_to_be_emailed is not UNSET:
            field_dict["isToBeEmailed"] = is_to_be_emailed
        if last_sent_time is not UNSET:
            field_dict["lastSentTime"] = last_sent_time
        if item_sales_tax is not UNSET:
            field_dict["itemSalesTax"] = item_sales_tax
        if terms is not UNSET:
            field_dict["terms"] = terms
        if sales_rep is not UNSET:
            field_dict["salesRep"] = sales_rep
        if fob is not UNSET:
            field_dict["FOB"] = fob
        if ship_date is not UNSET:
            field_dict["shipDate"] = ship_date
        if ship_method is not UNSET:
            field_dict["shipMethod"] = ship_method
        if department_id is not UNSET:
            field_dict["departmentId"] = department_id
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if actg_class_id is not UNSET:
            field_dict["actgClassId"] = actg_class_id
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if pay_to_bank_account_id is not UNSET:
            field_dict["payToBankAccountId"] = pay_to_bank_account_id
        if pay_to_chart_of_account_id is not UNSET:
            field_dict["payToChartOfAccountId"] = pay_to_chart_of_account_id
        if invoice_template_id is not UNSET:
            field_dict["invoiceTemplateId"] = invoice_template_id
        if has_auto_pay is not UNSET:
            field_dict["hasAutoPay"] = has_auto_pay
        if email_delivery_option is not UNSET:
            field_dict["emailDeliveryOption"] = email_delivery_option
        if mail_delivery_option is not UNSET:
            field_dict["mailDeliveryOption"] = mail_delivery_option
        if rec_invoice_template_id is not UNSET:
            field_dict["recInvoiceTemplateId"] = rec_invoice_template_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_line_item_create import InvoiceLineItemCreate  # noqa: PLC0415

        d = dict(src_dict)
        entity = InvoiceUpdateEntity(d.pop("entity"))

        id = d.pop("id")

        customer_id = d.pop("customerId")

        invoice_number = d.pop("invoiceNumber")

        invoice_date = datetime.date.fromisoformat(d.pop("invoiceDate"))

        due_date = datetime.date.fromisoformat(d.pop("dueDate"))

        invoice_line_items = []
        _invoice_line_items = d.pop("invoiceLineItems")
        for invoice_line_items_item_data in _invoice_line_items:
            invoice_line_items_item = InvoiceLineItemCreate.from_dict(invoice_line_items_item_data)

            invoice_line_items.append(invoice_line_items_item)

        _is_active = d.pop("isActive", UNSET)
        is_active: InvoiceActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = InvoiceActiveFlag(_is_active)

        _gl_posting_date = d.pop("glPostingDate", UNSET)
        gl_posting_date: datetime.date | Unset
        if isinstance(_gl_posting_date, Unset):
            gl_posting_date = UNSET
        else:
            gl_posting_date = datetime.date.fromisoformat(_gl_posting_date)

        exchange_rate = d.pop("exchangeRate", UNSET)

        description = d.pop("description", UNSET)

        po_number = d.pop("poNumber", UNSET)

        is_to_be_printed = d.pop("isToBePrinted", UNSET)

        is_to_be_emailed = d.pop("isToBeEmailed", UNSET)

        last_sent_time = d.pop("lastSentTime", UNSET)

        item_sales_tax = d.pop("itemSalesTax", UNSET)

        terms = d.pop("terms", UNSET)

        sales_rep = d.pop("salesRep", UNSET)

        fob = d.pop("FOB", UNSET)

        _ship_date = d.pop("shipDate", UNSET)
        ship_date: datetime.date | Unset
        if isinstance(_ship_date, Unset):
            ship_date = UNSET
        else:
            ship_date = datetime.date.fromisoformat(_ship_date)

        ship_method = d.pop("shipMethod", UNSET)

        department_id = d.pop("departmentId", UNSET)

        location_id = d.pop("locationId", UNSET)

        actg_class_id = d.pop("actgClassId", UNSET)

        job_id = d.pop("jobId", UNSET)

        pay_to_bank_account_id = d.pop("payToBankAccountId", UNSET)

        pay_to_chart_of_account_id = d.pop("payToChartOfAccountId", UNSET)

        invoice_template_id = d.pop("invoiceTemplateId", UNSET)

        has_auto_pay = d.pop("hasAutoPay", UNSET)

        _email_delivery_option = d.pop("emailDeliveryOption", UNSET)
        email_delivery_option: InvoiceDeliveryOption | Unset
        if isinstance(_email_delivery_option, Unset):
            email_delivery_option = UNSET
        else:
            email_delivery_option = InvoiceDeliveryOption(_email_delivery_option)

        _mail_delivery_option = d.pop("mailDeliveryOption", UNSET)
        mail_delivery_option: InvoiceDeliveryOption | Unset
        if isinstance(_mail_delivery_option, Unset):
            mail_delivery_option = UNSET
        else:
            mail_delivery_option = InvoiceDeliveryOption(_mail_delivery_option)

        rec_invoice_template_id = d.pop("recInvoiceTemplateId", UNSET)

        invoice_update = cls(
            entity=entity,
            id=id,
            customer_id=customer_id,
            invoice_number=invoice_number,
            invoice_date=invoice_date,
            due_date=due_date,
            invoice_line_items=invoice_line_items,
            is_active=is_active,
            gl_posting_date=gl_posting_date,
            exchange_rate=exchange_rate,
            description=description,
            po_number=po_number,
            is_to_be_printed=is_to_be_printed,
            is_to_be_emailed=is_to_be_emailed,
            last_sent_time=last_sent_time,
            item_sales_tax=item_sales_tax,
            terms=terms,
            sales_rep=sales_rep,
            fob=fob,
            ship_date=ship_date,
            ship_method=ship_method,
            department_id=department_id,
            location_id=location_id,
            actg_class_id=actg_class_id,
            job_id=job_id,
            pay_to_bank_account_id=pay_to_bank_account_id,
            pay_to_chart_of_account_id=pay_to_chart_of_account_id,
            invoice_template_id=invoice_template_id,
            has_auto_pay=has_auto_pay,
            email_delivery_option=email_delivery_option,
            mail_delivery_option=mail_delivery_option,
            rec_invoice_template_id=rec_invoice_template_id,
        )

        return invoice_update
