from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.active_flag import ActiveFlag
from ..models.credit_memo_entity import CreditMemoEntity
from ..models.credit_memo_status import CreditMemoStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credit_memo_line_item import CreditMemoLineItem


T = TypeVar("T", bound="CreditMemo")


@_attrs_define
class CreditMemo:
    """A credit given to a customer, as BILL returns it."""

    entity: CreditMemoEntity
    id: str
    is_active: ActiveFlag | Unset = UNSET
    """ "1" active, "2" inactive (deleted). """
    customer_id: str | Unset = UNSET
    """ The customer (0cu...). """
    ref_number: str | Unset = UNSET
    """ Your reference for the credit memo. """
    credit_date: datetime.date | Unset = UNSET
    """ Date of the credit. """
    gl_posting_date: datetime.date | Unset = UNSET
    """ Posting date in the general ledger. """
    amount: float | Unset = UNSET
    """ Credit total. """
    local_amount: float | Unset = UNSET
    """ Total in the organization's currency. """
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
    sales_tax_percentage: float | Unset = UNSET
    sales_tax_total: float | Unset = UNSET
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
    credit_memo_line_items: list[CreditMemoLineItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

        customer_id = self.customer_id

        ref_number = self.ref_number

        credit_date: str | Unset = UNSET
        if not isinstance(self.credit_date, Unset):
            credit_date = self.credit_date.isoformat()

        gl_posting_date: str | Unset = UNSET
        if not isinstance(self.gl_posting_date, Unset):
            gl_posting_date = self.gl_posting_date.isoformat()

        amount = self.amount

        local_amount = self.local_amount

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

        sales_tax_percentage = self.sales_tax_percentage

        sales_tax_total = self.sales_tax_total

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

        credit_memo_line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.credit_memo_line_items, Unset):
            credit_memo_line_items = []
            for credit_memo_line_items_item_data in self.credit_memo_line_items:
                credit_memo_line_items_item = credit_memo_line_items_item_data.to_dict()
                credit_memo_line_items.append(credit_memo_line_items_item)

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
        if ref_number is not UNSET:
            field_dict["refNumber"] = ref_number
        if credit_date is not UNSET:
            field_dict["creditDate"] = credit_date
        if gl_posting_date is not UNSET:
            field_dict["glPostingDate"] = gl_posting_date
        if amount is not UNSET:
            field_dict["amount"] = amount
        if local_amount is not UNSET:
            field_dict["localAmount"] = local_amount
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
        if sales_tax_percentage is not UNSET:
            field_dict["salesTaxPercentage"] = sales_tax_percentage
        if sales_tax_total is not UNSET:
            field_dict["salesTaxTotal"] = sales_tax_total
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
        if credit_memo_line_items is not UNSET:
            field_dict["creditMemoLineItems"] = credit_memo_line_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credit_memo_line_item import CreditMemoLineItem  # noqa: PLC0415

        d = dict(src_dict)
        entity = CreditMemoEntity(d.pop("entity"))

        id = d.pop("id")

        _is_active = d.pop("isActive", UNSET)
        is_active: ActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = ActiveFlag(_is_active)

        customer_id = d.pop("customerId", UNSET)

        ref_number = d.pop("refNumber", UNSET)

        _credit_date = d.pop("creditDate", UNSET)
        credit_date: datetime.date | Unset
        if isinstance(_credit_date, Unset):
            credit_date = UNSET
        else:
            credit_date = datetime.date.fromisoformat(_credit_date)

        _gl_posting_date = d.pop("glPostingDate", UNSET)
        gl_posting_date: datetime.date | Unset
        if isinstance(_gl_posting_date, Unset):
            gl_posting_date = UNSET
        else:
            gl_posting_date = datetime.date.fromisoformat(_gl_posting_date)

        amount = d.pop("amount", UNSET)

        local_amount = d.pop("localAmount", UNSET)

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

        sales_tax_percentage = d.pop("salesTaxPercentage", UNSET)

        sales_tax_total = d.pop("salesTaxTotal", UNSET)

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

        _credit_memo_line_items = d.pop("creditMemoLineItems", UNSET)
        credit_memo_line_items: list[CreditMemoLineItem] | Unset = UNSET
        if _credit_memo_line_items is not UNSET:
            credit_memo_line_items = []
            for credit_memo_line_items_item_data in _credit_memo_line_items:
                credit_memo_line_items_item = CreditMemoLineItem.from_dict(credit_memo_line_items_item_data)

                credit_memo_line_items.append(credit_memo_line_items_item)

        credit_memo = cls(
            entity=entity,
            id=id,
            is_active=is_active,
            customer_id=customer_id,
            ref_number=ref_number,
            credit_date=credit_date,
            gl_posting_date=gl_posting_date,
            amount=amount,
            local_amount=local_amount,
            exchange_rate=exchange_rate,
            available_amount=available_amount,
            applied_amount=applied_amount,
            status=status,
            description=description,
            po_number=po_number,
            is_to_be_printed=is_to_be_printed,
            is_to_be_emailed=is_to_be_emailed,
            item_sales_tax=item_sales_tax,
            sales_tax_percentage=sales_tax_percentage,
            sales_tax_total=sales_tax_total,
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
            credit_memo_line_items=credit_memo_line_items,
        )

        credit_memo.additional_properties = d
        return credit_memo

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
