from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.active_flag import ActiveFlag
from ..models.credit_memo_create_entity import CreditMemoCreateEntity
from ..models.credit_memo_status import CreditMemoStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credit_memo_line_item_create import CreditMemoLineItemCreate


T = TypeVar("T", bound="CreditMemoCreate")


@_attrs_define
class CreditMemoCreate:
    """The writable fields of a new credit memo."""

    entity: CreditMemoCreateEntity
    customer_id: str
    """ The customer (0cu...). """
    ref_number: str
    """ Your reference for the credit memo. """
    credit_date: datetime.date
    """ Date of the credit. """
    credit_memo_line_items: list[CreditMemoLineItemCreate]
    is_active: ActiveFlag | Unset = UNSET
    """ "1" active, "2" inactive (deleted). """
    gl_posting_date: datetime.date | Unset = UNSET
    """ Posting date in the general ledger. """
    exchange_rate: float | Unset = UNSET
    """ For a customer in a foreign currency. """
    available_amount: float | Unset = UNSET
    """ Part not yet applied to invoices. """
    applied_amount: float | Unset = UNSET
    """ Part applied to invoices. """
    status: CreditMemoStatus | Unset = UNSET
    """ "0" fully applied, "1" not applied, "2" partly applied. """
    description: str | Unset = UNSET
    """ Shown to the customer. """
    po_number: str | Unset = UNSET
    """ The customer's purchase order number. """
    is_to_be_printed: bool | Unset = UNSET
    """ To be printed; BILL does not mail credit memos. """
    is_to_be_emailed: bool | Unset = UNSET
    """ To be emailed. """
    item_sales_tax: str | Unset = UNSET
    """ Sales-tax item (0ii...) applied to the taxable lines. """
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
    """ Bank account (bac...); select partners only. """
    pay_to_chart_of_account_id: str | Unset = UNSET
    """ Account it is booked to; select partners only. """

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        customer_id = self.customer_id

        ref_number = self.ref_number

        credit_date = self.credit_date.isoformat()

        credit_memo_line_items = []
        for credit_memo_line_items_item_data in self.credit_memo_line_items:
            credit_memo_line_items_item = credit_memo_line_items_item_data.to_dict()
            credit_memo_line_items.append(credit_memo_line_items_item)

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

        gl_posting_date: str | Unset = UNSET
        if not isinstance(self.gl_posting_date, Unset):
            gl_posting_date = self.gl_posting_date.isoformat()

        exchange_rate = self.exchange_rate

        available_amount = self.available_amount

        applied_amount = self.applied_amount

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        description = self.description

        po_number = self.po_number

        is_to_be_printed = self.is_to_be_printed

        is_to_be_emailed = self.is_to_be_emailed

        item_sales_tax = self.item_sales_tax

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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "entity": entity,
                "customerId": customer_id,
                "refNumber": ref_number,
                "creditDate": credit_date,
                "creditMemoLineItems": credit_memo_line_items,
            }
        )
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if gl_posting_date is not UNSET:
            field_dict["glPostingDate"] = gl_posting_date
        if exchange_rate is not UNSET:
            field_dict["exchangeRate"] = exchange_rate
        if available_amount is not UNSET:
            field_dict["availableAmount"] = available_amount
        if applied_amount is not UNSET:
            field_dict["appliedAmount"] = applied_amount
        if status is not UNSET:
            field_dict["status"] = status
        if description is not UNSET:
            field_dict["description"] = description
        if po_number is not UNSET:
            field_dict["poNumber"] = po_number
        if is_to_be_printed is not UNSET:
            field_dict["isToBePrinted"] = is_to_be_printed
        if is_to_be_emailed is not UNSET:
            field_dict["isToBeEmailed"] = is_to_be_emailed
        if item_sales_tax is not UNSET:
            field_dict["itemSalesTax"] = item_sales_tax
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credit_memo_line_item_create import CreditMemoLineItemCreate  # noqa: PLC0415

        d = dict(src_dict)
        entity = CreditMemoCreateEntity(d.pop("entity"))

        customer_id = d.pop("customerId")

        ref_number = d.pop("refNumber")

        credit_date = datetime.date.fromisoformat(d.pop("creditDate"))

        credit_memo_line_items = []
        _credit_memo_line_items = d.pop("creditMemoLineItems")
        for credit_memo_line_items_item_data in _credit_memo_line_items:
            credit_memo_line_items_item = CreditMemoLineItemCreate.from_dict(credit_memo_line_items_item_data)

            credit_memo_line_items.append(credit_memo_line_items_item)

        _is_active = d.pop("isActive", UNSET)
        is_active: ActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = ActiveFlag(_is_active)

        _gl_posting_date = d.pop("glPostingDate", UNSET)
        gl_posting_date: datetime.date | Unset
        if isinstance(_gl_posting_date, Unset):
            gl_posting_date = UNSET
        else:
            gl_posting_date = datetime.date.fromisoformat(_gl_posting_date)

        exchange_rate = d.pop("exchangeRate", UNSET)

        available_amount = d.pop("availableAmount", UNSET)

        applied_amount = d.pop("appliedAmount", UNSET)

        _status = d.pop("status", UNSET)
        status: CreditMemoStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CreditMemoStatus(_status)

        description = d.pop("description", UNSET)

        po_number = d.pop("poNumber", UNSET)

        is_to_be_printed = d.pop("isToBePrinted", UNSET)

        is_to_be_emailed = d.pop("isToBeEmailed", UNSET)

        item_sales_tax = d.pop("itemSalesTax", UNSET)

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

        credit_memo_create = cls(
            entity=entity,
            customer_id=customer_id,
            ref_number=ref_number,
            credit_date=credit_date,
            credit_memo_line_items=credit_memo_line_items,
            is_active=is_active,
            gl_posting_date=gl_posting_date,
            exchange_rate=exchange_rate,
            available_amount=available_amount,
            applied_amount=applied_amount,
            status=status,
            description=description,
            po_number=po_number,
            is_to_be_printed=is_to_be_printed,
            is_to_be_emailed=is_to_be_emailed,
            item_sales_tax=item_sales_tax,
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
        )

        return credit_memo_create
