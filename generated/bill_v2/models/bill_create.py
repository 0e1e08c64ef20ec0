from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.bill_active_flag import BillActiveFlag
from ..models.bill_create_entity import BillCreateEntity
from ..models.bill_create_source import BillCreateSource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bill_line_item_create import BillLineItemCreate


T = TypeVar("T", bound="BillCreate")


@_attrs_define
class BillCreate:
    """The fields a new bill is written with."""

    entity: BillCreateEntity
    vendor_id: str
    """ The vendor (009...) the bill is from. """
    invoice_number: str
    """ The vendor's invoice number. """
    invoice_date: datetime.date
    due_date: datetime.date
    bill_line_items: list[BillLineItemCreate]
    is_active: BillActiveFlag | Unset = UNSET
    """ Like ActiveFlag, plus the draft states bills have: "1" active, "2" inactive, "5" draft, "6" deleted draft.
    """
    gl_posting_date: datetime.date | Unset = UNSET
    """ The date the bill is booked in the general ledger. """
    exchange_rate: float | Unset = UNSET
    """ For a vendor paid in another currency. """
    description: str | Unset = UNSET
    po_number: str | Unset = UNSET
    pay_from_bank_account_id: str | Unset = UNSET
    """ Only for some BILL partners. """
    pay_from_chart_of_account_id: str | Unset = UNSET
    """ Only for some BILL partners. """
    payment_term_id: str | Unset = UNSET
    has_auto_pay: bool | Unset = UNSET
    e_bill_created: bool | Unset = UNSET
    invoice_product_id: str | Unset = UNSET
    chart_of_account_id: str | Unset = UNSET
    department_id: str | Unset = UNSET
    location_id: str | Unset = UNSET
    actg_class_id: str | Unset = UNSET
    """ Classes belong on the lines; BILL expects it there. """
    source: BillCreateSource | Unset = UNSET
    """ Where the bill came from: 0 default, 1 pay-a-vendor, 2 simple basic, 3 Paymentus. """
    use_bill_desc: bool | Unset = UNSET
    """ Use the bill's description for its expense lines. """
    default_invoice_number: bool | Unset = UNSET
    """ The invoice number defaulted to the invoice date. """
    is_auto_saved: bool | Unset = UNSET
    bill_template_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        vendor_id = self.vendor_id

        invoice_number = self.invoice_number

        invoice_date = self.invoice_date.isoformat()

        due_date = self.due_date.isoformat()

        bill_line_items = []
        for bill_line_items_item_data in self.bill_line_items:
            bill_line_items_item = bill_line_items_item_data.to_dict()
            bill_line_items.append(bill_line_items_item)

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

        gl_posting_date: str | Unset = UNSET
        if not isinstance(self.gl_posting_date, Unset):
            gl_posting_date = self.gl_posting_date.isoformat()

        exchange_rate = self.exchange_rate

        description = self.description

        po_number = self.po_number

        pay_from_bank_account_id = self.pay_from_bank_account_id

        pay_from_chart_of_account_id = self.pay_from_chart_of_account_id

        payment_term_id = self.payment_term_id

        has_auto_pay = self.has_auto_pay

        e_bill_created = self.e_bill_created

        invoice_product_id = self.invoice_product_id

        chart_of_account_id = self.chart_of_account_id

        department_id = self.department_id

        location_id = self.location_id

        actg_class_id = self.actg_class_id

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        use_bill_desc = self.use_bill_desc

        default_invoice_number = self.default_invoice_number

        is_auto_saved = self.is_auto_saved

        bill_template_id = self.bill_template_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "entity": entity,
                "vendorId": vendor_id,
                "invoiceNumber": invoice_number,
                "invoiceDate": invoice_date,
                "dueDate": due_date,
                "billLineItems": bill_line_items,
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
        if pay_from_bank_account_id is not UNSET:
            field_dict["payFromBankAccountId"] = pay_from_bank_account_id
        if pay_from_chart_of_account_id is not UNSET:
            field_dict["payFromChartOfAccountId"] = pay_from_chart_of_account_id
        if payment_term_id is not UNSET:
            field_dict["paymentTermId"] = payment_term_id
        if has_auto_pay is not UNSET:
            field_dict["hasAutoPay"] = has_auto_pay
        if e_bill_created is not UNSET:
            field_dict["eBillCreated"] = e_bill_created
        if invoice_product_id is not UNSET:
            field_dict["invoiceProductId"] = invoice_product_id
        if chart_of_account_id is not UNSET:
            field_dict["chartOfAccountId"] = chart_of_account_id
        if department_id is not UNSET:
            field_dict["departmentId"] = department_id
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if actg_class_id is not UNSET:
            field_dict["actgClassId"] = actg_class_id
        if source is not UNSET:
            field_dict["source"] = source
        if use_bill_desc is not UNSET:
            field_dict["useBillDesc"] = use_bill_desc
        if default_invoice_number is not UNSET:
            field_dict["defaultInvoiceNumber"] = default_invoice_number
        if is_auto_saved is not UNSET:
            field_dict["isAutoSaved"] = is_auto_saved
        if bill_template_id is not UNSET:
            field_dict["billTemplateId"] = bill_template_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bill_line_item_create import BillLineItemCreate  # noqa: PLC0415

        d = dict(src_dict)
        entity = BillCreateEntity(d.pop("entity"))

        vendor_id = d.pop("vendorId")

        invoice_number = d.pop("invoiceNumber")

        invoice_date = datetime.date.fromisoformat(d.pop("invoiceDate"))

        due_date = datetime.date.fromisoformat(d.pop("dueDate"))

        bill_line_items = []
        _bill_line_items = d.pop("billLineItems")
        for bill_line_items_item_data in _bill_line_items:
            bill_line_items_item = BillLineItemCreate.from_dict(bill_line_items_item_data)

            bill_line_items.append(bill_line_items_item)

        _is_active = d.pop("isActive", UNSET)
        is_active: BillActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = BillActiveFlag(_is_active)

        _gl_posting_date = d.pop("glPostingDate", UNSET)
        gl_posting_date: datetime.date | Unset
        if isinstance(_gl_posting_date, Unset):
            gl_posting_date = UNSET
        else:
            gl_posting_date = datetime.date.fromisoformat(_gl_posting_date)

        exchange_rate = d.pop("exchangeRate", UNSET)

        description = d.pop("description", UNSET)

        po_number = d.pop("poNumber", UNSET)

        pay_from_bank_account_id = d.pop("payFromBankAccountId", UNSET)

        pay_from_chart_of_account_id = d.pop("payFromChartOfAccountId", UNSET)

        payment_term_id = d.pop("paymentTermId", UNSET)

        has_auto_pay = d.pop("hasAutoPay", UNSET)

        e_bill_created = d.pop("eBillCreated", UNSET)

        invoice_product_id = d.pop("invoiceProductId", UNSET)

        chart_of_account_id = d.pop("chartOfAccountId", UNSET)

        department_id = d.pop("departmentId", UNSET)

        location_id = d.pop("locationId", UNSET)

        actg_class_id = d.pop("actgClassId", UNSET)

        _source = d.pop("source", UNSET)
        source: BillCreateSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = BillCreateSource(_source)

        use_bill_desc = d.pop("useBillDesc", UNSET)

        default_invoice_number = d.pop("defaultInvoiceNumber", UNSET)

        is_auto_saved = d.pop("isAutoSaved", UNSET)

        bill_template_id = d.pop("billTemplateId", UNSET)

        bill_create = cls(
            entity=entity,
            vendor_id=vendor_id,
            invoice_number=invoice_number,
            invoice_date=invoice_date,
            due_date=due_date,
            bill_line_items=bill_line_items,
            is_active=is_active,
            gl_posting_date=gl_posting_date,
            exchange_rate=exchange_rate,
            description=description,
            po_number=po_number,
            pay_from_bank_account_id=pay_from_bank_account_id,
            pay_from_chart_of_account_id=pay_from_chart_of_account_id,
            payment_term_id=payment_term_id,
            has_auto_pay=has_auto_pay,
            e_bill_created=e_bill_created,
            invoice_product_id=invoice_product_id,
            chart_of_account_id=chart_of_account_id,
            department_id=department_id,
            location_id=location_id,
            actg_class_id=actg_class_id,
            source=source,
            use_bill_desc=use_bill_desc,
            default_invoice_number=default_invoice_number,
            is_auto_saved=is_auto_saved,
            bill_template_id=bill_template_id,
        )

        return bill_create
