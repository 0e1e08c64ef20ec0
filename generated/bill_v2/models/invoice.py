from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_active_flag import InvoiceActiveFlag
from ..models.invoice_delivery_option import InvoiceDeliveryOption
from ..models.invoice_entity import InvoiceEntity
from ..models.invoice_payment_status import InvoicePaymentStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_line_item import InvoiceLineItem


T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    """An invoice to a customer, as BILL returns it."""

    entity: InvoiceEntity
    id: str
    is_active: InvoiceActiveFlag | Unset = UNSET
    """ "1" active, "2" inactive (deleted), "5" draft, "6" deleted draft. """
    created_by: str | Unset = UNSET
    """ The user who created it (006...). """
    created_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    updated_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    customer_id: str | Unset = UNSET
    """ The customer (0cu...). """
    invoice_number: str | Unset = UNSET
    """ Your own number for the invoice. """
    invoice_date: datetime.date | Unset = UNSET
    due_date: datetime.date | Unset = UNSET
    gl_posting_date: datetime.date | Unset = UNSET
    """ Posting date in the general ledger. """
    amount: float | Unset = UNSET
    """ Invoice total. """
    local_amount: float | Unset = UNSET
    """ Total in the organization's currency. """
    exchange_rate: float | Unset = UNSET
    """ For a customer billed in a foreign currency. """
    amount_due: float | Unset = UNSET
    """ What is still owed. """
    payment_status: InvoicePaymentStatus | Unset = UNSET
    """ "0" paid in full, "1" open, "2" partly paid, "4" payment scheduled. """
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
    sales_tax_percentage: float | Unset = UNSET
    sales_tax_total: float | Unset = UNSET
    """ Tax from itemSalesTax on the taxable lines. """
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
    credit_amount: float | Unset = UNSET
    """ Credits applied to the invoice. """
    quickbooks_id: str | Unset = UNSET
    """ Id in QuickBooks, if synced. """
    rec_invoice_template_id: str | Unset = UNSET
    """ The recurring invoice (rit...) it came from. """
    invoice_line_items: list[InvoiceLineItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

        created_by = self.created_by

        created_time = self.created_time

        updated_time = self.updated_time

        customer_id = self.customer_id

        invoice_number = self.invoice_number

        invoice_date: str | Unset = UNSET
        if not isinstance(self.invoice_date, Unset):
            invoice_date = self.invoice_date.isoformat()

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()

        gl_posting_date: str | Unset = UNSET
        if not isinstance(self.gl_posting_date, Unset):
            gl_posting_date = self.gl_posting_date.isoformat()

        amount = self.amount

        local_amount = self.local_amount

        exchange_rate = self.exchange_rate

        amount_due = self.amount_due

        payment_status: str | Unset = UNSET
        if not isinstance(self.payment_status, Unset):
            payment_status = self.payment_status.value

        description = self.description

        po_number = self.po_number

        is_to_be_printed = self.is_to_be_printed

        is_to_be_emailed = self.is_to_be_emailed

        last_sent_time = self.last_sent_time

        item_sales_tax = self.item_sales_tax

        sales_tax_percentage = self.sales_tax_percentage

        sales_tax_total = self.sales_tax_total

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

        credit_amount = self.credit_amount

        quickbooks_id = self.quickbooks_id

        rec_invoice_template_id = self.rec_invoice_template_id

        invoice_line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoice_line_items, Unset):
            invoice_line_items = []
            for invoice_line_items_item_data in self.invoice_line_items:
                invoice_line_items_item = invoice_line_items_item_data.to_dict()
                invoice_line_items.append(invoice_line_items_item)

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
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number
        if invoice_date is not UNSET:
            field_dict["invoiceDate"] = invoice_date
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if gl_posting_date is not UNSET:
            field_dict["glPostingDate"] = gl_posting_date
        if amount is not UNSET:
            field_dict["amount"] = amount
        if local_amount is not UNSET:
            field_dict["localAmount"] = local_amount
        if exchange_rate is not UNSET:
            field_dict["exchangeRate"] = exchange_rate
        if amount_due is not UNSET:
            field_dict["amountDue"] = amount_due
        if payment_status is not UNSET:
            field_dict["paymentStatus"] = payment_status
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
        if sales_tax_percentage is not UNSET:
            field_dict["salesTaxPercentage"] = sales_tax_percentage
        if sales_tax_total is not UNSET:
            field_dict["salesTaxTotal"] = sales_tax_total
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
        if credit_amount is not UNSET:
            field_dict["creditAmount"] = credit_amount
        if quickbooks_id is not UNSET:
            field_dict["quickbooksId"] = quickbooks_id
        if rec_invoice_template_id is not UNSET:
            field_dict["recInvoiceTemplateId"] = rec_invoice_template_id
        if invoice_line_items is not UNSET:
            field_dict["invoiceLineItems"] = invoice_line_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_line_item import InvoiceLineItem  # noqa: PLC0415

        d = dict(src_dict)
        entity = InvoiceEntity(d.pop("entity"))

        id = d.pop("id")

        _is_active = d.pop("isActive", UNSET)
        is_active: InvoiceActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = InvoiceActiveFlag(_is_active)

        created_by = d.pop("createdBy", UNSET)

        created_time = d.pop("createdTime", UNSET)

        updated_time = d.pop("updatedTime", UNSET)

        customer_id = d.pop("customerId", UNSET)

        invoice_number = d.pop("invoiceNumber", UNSET)

        _invoice_date = d.pop("invoiceDate", UNSET)
        invoice_date: datetime.date | Unset
        if isinstance(_invoice_date, Unset):
            invoice_date = UNSET
        else:
            invoice_date = datetime.date.fromisoformat(_invoice_date)

        _due_date = d.pop("dueDate", UNSET)
        due_date: datetime.date | Unset
        if isinstance(_due_date, Unset):
            due_date = UNSET
        else:
            due_date = datetime.date.fromisoformat(_due_date)

        _gl_posting_date = d.pop("glPostingDate", UNSET)
        gl_posting_date: datetime.date | Unset
        if isinstance(_gl_posting_date, Unset):
            gl_posting_date = UNSET
        else:
            gl_posting_date = datetime.date.fromisoformat(_gl_posting_date)

        amount = d.pop("amount", UNSET)

        local_amount = d.pop("localAmount", UNSET)

        exchange_rate = d.pop("exchangeRate", UNSET)

        amount_due = d.pop("amountDue", UNSET)

        _payment_status = d.pop("paymentStatus", UNSET)
        payment_status: InvoicePaymentStatus | Unset
        if isinstance(_payment_status, Unset):
            payment_status = UNSET
        else:
            payment_status = InvoicePaymentStatus(_payment_status)

        description = d.pop("description", UNSET)

        po_number = d.pop("poNumber", UNSET)

        is_to_be_printed = d.pop("isToBePrinted", UNSET)

        is_to_be_emailed = d.pop("isToBeEmailed", UNSET)

        last_sent_time = d.pop("lastSentTime", UNSET)

        item_sales_tax = d.pop("itemSalesTax", UNSET)

        sales_tax_percentage = d.pop("salesTaxPercentage", UNSET)

        sales_tax_total = d.pop("salesTaxTotal", UNSET)

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

        credit_amount = d.pop("creditAmount", UNSET)

        quickbooks_id = d.pop("quickbooksId", UNSET)

        rec_invoice_template_id = d.pop("recInvoiceTemplateId", UNSET)

        _invoice_line_items = d.pop("invoiceLineItems", UNSET)
        invoice_line_items: list[InvoiceLineItem] | Unset = UNSET
        if _invoice_line_items is not UNSET:
            invoice_line_items = []
            for invoice_line_items_item_data in _invoice_line_items:
                invoice_line_items_item = InvoiceLineItem.from_dict(invoice_line_items_item_data)

                invoice_line_items.append(invoice_line_items_item)

        invoice = cls(
            entity=entity,
            id=id,
            is_active=is_active,
            created_by=created_by,
            created_time=created_time,
            updated_time=updated_time,
            customer_id=customer_id,
            invoice_number=invoice_number,
            invoice_date=invoice_date,
            due_date=due_date,
            gl_posting_date=gl_posting_date,
            amount=amount,
            local_amount=local_amount,
            exchange_rate=exchange_rate,
            amount_due=amount_due,
            payment_status=payment_status,
            description=description,
            po_number=po_number,
            is_to_be_printed=is_to_be_printed,
            is_to_be_emailed=is_to_be_emailed,
            last_sent_time=last_sent_time,
            item_sales_tax=item_sales_tax,
            sales_tax_percentage=sales_tax_percentage,
            sales_tax_total=sales_tax_total,
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
            credit_amount=credit_amount,
            quickbooks_id=quickbooks_id,
            rec_invoice_template_id=rec_invoice_template_id,
            invoice_line_items=invoice_line_items,
        )

        invoice.additional_properties = d
        return invoice

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
