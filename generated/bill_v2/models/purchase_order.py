from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.active_flag import ActiveFlag
from ..models.purchase_order_approval_status import PurchaseOrderApprovalStatus
from ..models.purchase_order_billing_status import PurchaseOrderBillingStatus
from ..models.purchase_order_closure_status import PurchaseOrderClosureStatus
from ..models.purchase_order_entity import PurchaseOrderEntity
from ..models.purchase_order_fullfillment_status import PurchaseOrderFullfillmentStatus
from ..models.purchase_order_order_type import PurchaseOrderOrderType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.purchase_order_line_item import PurchaseOrderLineItem


T = TypeVar("T", bound="PurchaseOrder")


@_attrs_define
class PurchaseOrder:
    """A purchase order as BILL returns it."""

    entity: PurchaseOrderEntity
    id: str
    is_active: ActiveFlag | Unset = UNSET
    """ "1" active, "2" inactive (deleted). """
    vendor_id: str | Unset = UNSET
    created_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    updated_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    created_by: str | Unset = UNSET
    """ The user (006...) who made it. """
    approval_status: PurchaseOrderApprovalStatus | Unset = UNSET
    """ 0 unassigned, 1 assigned, 3 approved, 4 approving, 5 denied. """
    fullfillment_status: PurchaseOrderFullfillmentStatus | Unset = UNSET
    """ 0 unfilled, 1 partly filled, 2 filled, 3 closed (BILL's spelling). """
    service_start_date: datetime.date | Unset = UNSET
    service_end_date: datetime.date | Unset = UNSET
    exchange_rate: float | Unset = UNSET
    po_number: str | Unset = UNSET
    description: str | Unset = UNSET
    requestor: str | Unset = UNSET
    """ The user who asked for the order. """
    po_date: datetime.date | Unset = UNSET
    sent_date: datetime.date | Unset = UNSET
    required_date: datetime.date | Unset = UNSET
    """ When the goods or services are needed. """
    sales_tax_percent: float | Unset = UNSET
    """ Set by BILL. """
    sales_tax_total: float | Unset = UNSET
    """ Set by BILL: the percentage of the taxable lines. """
    payment_term_id: str | Unset = UNSET
    chart_of_account_id: str | Unset = UNSET
    department_id: str | Unset = UNSET
    location_id: str | Unset = UNSET
    invoice_product_id: str | Unset = UNSET
    billing_email: str | Unset = UNSET
    vendor_email: str | Unset = UNSET
    shipping_address_id: str | Unset = UNSET
    billing_address_id: str | Unset = UNSET
    purchase_request_id: str | Unset = UNSET
    billing_status: PurchaseOrderBillingStatus | Unset = UNSET
    """ 0 unbilled, 1 partly billed, 3 billed. """
    closure_status: PurchaseOrderClosureStatus | Unset = UNSET
    """ 0 unknown, 1 open, 2 closed. """
    order_type: PurchaseOrderOrderType | Unset = UNSET
    """ 0 items, 1 expenses, 2 both. """
    remaining_amount: float | Unset = UNSET
    """ What is still to be billed. """
    memo: str | Unset = UNSET
    price_tolerance_warning: bool | Unset = UNSET
    applied_price_tolerance_amount: float | Unset = UNSET
    has_linked_bills: bool | Unset = UNSET
    linked_bills_count: float | Unset = UNSET
    has_notes: bool | Unset = UNSET
    created_date: str | Unset = UNSET
    created_by_user: str | Unset = UNSET
    """ Name of the user who made it. """
    updated_by_user: str | Unset = UNSET
    """ Name of the user who last changed it. """
    multiple_bill_line_items: bool | Unset = UNSET
    purchase_order_line_items: list[PurchaseOrderLineItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

        vendor_id = self.vendor_id

        created_time = self.created_time

        updated_time = self.updated_time

        created_by = self.created_by

        approval_status: str | Unset = UNSET
        if not isinstance(self.approval_status, Unset):
            approval_status = self.approval_status.value

        fullfillment_status: str | Unset = UNSET
        if not isinstance(self.fullfillment_status, Unset):
            fullfillment_status = self.fullfillment_status.value

        service_start_date: str | Unset = UNSET
        if not isinstance(self.service_start_date, Unset):
            service_start_date = self.service_start_date.isoformat()

        service_end_date: str | Unset = UNSET
        if not isinstance(self.service_end_date, Unset):
            service_end_date = self.service_end_date.isoformat()

        exchange_rate = self.exchange_rate

        po_number = self.po_number

        description = self.description

        requestor = self.requestor

        po_date: str | Unset = UNSET
        if not isinstance(self.po_date, Unset):
            po_date = self.po_date.isoformat()

        sent_date: str | Unset = UNSET
        if not isinstance(self.sent_date, Unset):
            sent_date = self.sent_date.isoformat()

        required_date: str | Unset = UNSET
        if not isinstance(self.required_date, Unset):
            required_date = self.required_date.isoformat()

        sales_tax_percent = self.sales_tax_percent

        sales_tax_total = self.sales_tax_total

        payment_term_id = self.payment_term_id

        chart_of_account_id = self.chart_of_account_id

        department_id = self.department_id

        location_id = self.location_id

        invoice_product_id = self.invoice_product_id

        billing_email = self.billing_email

        vendor_email = self.vendor_email

        shipping_address_id = self.shipping_address_id

        billing_address_id = self.billing_address_id

        purchase_request_id = self.purchase_request_id

        billing_status: str | Unset = UNSET
        if not isinstance(self.billing_status, Unset):
            billing_status = self.billing_status.value

        closure_status: str | Unset = UNSET
        if not isinstance(self.closure_status, Unset):
            closure_status = self.closure_status.value

        order_type: str | Unset = UNSET
        if not isinstance(self.order_type, Unset):
            order_type = self.order_type.value

        remaining_amount = self.remaining_amount

        memo = self.memo

        price_tolerance_warning = self.price_tolerance_warning

        applied_price_tolerance_amount = self.applied_price_tolerance_amount

        has_linked_bills = self.has_linked_bills

        linked_bills_count = self.linked_bills_count

        has_notes = self.has_notes

        created_date = self.created_date

        created_by_user = self.created_by_user

        updated_by_user = self.updated_by_user

        multiple_bill_line_items = self.multiple_bill_line_items

        purchase_order_line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.purchase_order_line_items, Unset):
            purchase_order_line_items = []
            for purchase_order_line_items_item_data in self.purchase_order_line_items:
                purchase_order_line_items_item = purchase_order_line_items_item_data.to_dict()
                purchase_order_line_items.append(purchase_order_line_items_item)

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
        if vendor_id is not UNSET:
            field_dict["vendorId"] = vendor_id
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if approval_status is not UNSET:
            field_dict["approvalStatus"] = approval_status
        if fullfillment_status is not UNSET:
            field_dict["fullfillmentStatus"] = fullfillment_status
        if service_start_date is not UNSET:
            field_dict["serviceStartDate"] = service_start_date
        if service_end_date is not UNSET:
            field_dict["serviceEndDate"] = service_end_date
        if exchange_rate is not UNSET:
            field_dict["exchangeRate"] = exchange_rate
        if po_number is not UNSET:
            field_dict["poNumber"] = po_number
        if description is not UNSET:
            field_dict["description"] = description
        if requestor is not UNSET:
            field_dict["requestor"] = requestor
        if po_date is not UNSET:
            field_dict["poDate"] = po_date
        if sent_date is not UNSET:
            field_dict["sentDate"] = sent_date
        if required_date is not UNSET:
            field_dict["requiredDate"] = required_date
        if sales_tax_percent is not UNSET:
            field_dict["salesTaxPercent"] = sales_tax_percent
        if sales_tax_total is not UNSET:
            field_dict["salesTaxTotal"] = sales_tax_total
        if payment_term_id is not UNSET:
            field_dict["paymentTermId"] = payment_term_id
        if chart_of_account_id is not UNSET:
            field_dict["chartOfAccountId"] = chart_of_account_id
        if department_id is not UNSET:
            field_dict["departmentId"] = department_id
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if invoice_product_id is not UNSET:
            field_dict["invoiceProductId"] = invoice_product_id
        if billing_email is not UNSET:
            field_dict["billingEmail"] = billing_email
        if vendor_email is not UNSET:
            field_dict["vendorEmail"] = vendor_email
        if shipping_address_id is not UNSET:
            field_dict["shippingAddressId"] = shipping_address_id
        if billing_address_id is not UNSET:
            field_dict["billingAddressId"] = billing_address_id
        if purchase_request_id is not UNSET:
            field_dict["purchaseRequestId"] = purchase_request_id
        if billing_status is not UNSET:
            field_dict["billingStatus"] = billing_status
        if closure_status is not UNSET:
            field_dict["closureStatus"] = closure_status
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if remaining_amount is not UNSET:
            field_dict["remainingAmount"] = remaining_amount
        if memo is not UNSET:
            field_dict["memo"] = memo
        if price_tolerance_warning is not UNSET:
            field_dict["priceToleranceWarning"] = price_tolerance_warning
        if applied_price_tolerance_amount is not UNSET:
            field_dict["appliedPriceToleranceAmount"] = applied_price_tolerance_amount
        if has_linked_bills is not UNSET:
            field_dict["hasLinkedBills"] = has_linked_bills
        if linked_bills_count is not UNSET:
            field_dict["linkedBillsCount"] = linked_bills_count
        if has_notes is not UNSET:
            field_dict["hasNotes"] = has_notes
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if created_by_user is not UNSET:
            field_dict["createdByUser"] = created_by_user
        if updated_by_user is not UNSET:
            field_dict["updatedByUser"] = updated_by_user
        if multiple_bill_line_items is not UNSET:
            field_dict["multipleBillLineItems"] = multiple_bill_line_items
        if purchase_order_line_items is not UNSET:
            field_dict["purchaseOrderLineItems"] = purchase_order_line_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.purchase_order_line_item import PurchaseOrderLineItem  # noqa: PLC0415

        d = dict(src_dict)
        entity = PurchaseOrderEntity(d.pop("entity"))

        id = d.pop("id")

        _is_active = d.pop("isActive", UNSET)
        is_active: ActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = ActiveFlag(_is_active)

        vendor_id = d.pop("vendorId", UNSET)

        created_time = d.pop("createdTime", UNSET)

        updated_time = d.pop("updatedTime", UNSET)

        created_by = d.pop("createdBy", UNSET)

        _approval_status = d.pop("approvalStatus", UNSET)
        approval_status: PurchaseOrderApprovalStatus | Unset
        if isinstance(_approval_status, Unset):
            approval_status = UNSET
        else:
            approval_status = PurchaseOrderApprovalStatus(_approval_status)

        _fullfillment_status = d.pop("fullfillmentStatus", UNSET)
        fullfillment_status: PurchaseOrderFullfillmentStatus | Unset
        if isinstance(_fullfillment_status, Unset):
            fullfillment_status = UNSET
        else:
            fullfillment_status = PurchaseOrderFullfillmentStatus(_fullfillment_status)

        _service_start_date = d.pop("serviceStartDate", UNSET)
        service_start_date: datetime.date | Unset
        if isinstance(_service_start_date, Unset):
            service_start_date = UNSET
        else:
            service_start_date = datetime.date.fromisoformat(_service_start_date)

        _service_end_date = d.pop("serviceEndDate", UNSET)
        service_end_date: datetime.date | Unset
        if isinstance(_service_end_date, Unset):
            service_end_date = UNSET
        else:
            service_end_date = datetime.date.fromisoformat(_service_end_date)

        exchange_rate = d.pop("exchangeRate", UNSET)

        po_number = d.pop("poNumber", UNSET)

        description = d.pop("description", UNSET)

        requestor = d.pop("requestor", UNSET)

        _po_date = d.pop("poDate", UNSET)
        po_date: datetime.date | Unset
        if isinstance(_po_date, Unset):
            po_date = UNSET
        else:
            po_date = datetime.date.fromisoformat(_po_date)

        _sent_date = d.pop("sentDate", UNSET)
        sent_date: datetime.date | Unset
        if isinstance(_sent_date, Unset):
            sent_date = UNSET
        else:
            sent_date = datetime.date.fromisoformat(_sent_date)

        _required_date = d.pop("requiredDate", UNSET)
        required_date: datetime.date | Unset
        if isinstance(_required_date, Unset):
            required_date = UNSET
        else:
            required_date = datetime.date.fromisoformat(_required_date)

        sales_tax_percent = d.pop("salesTaxPercent", UNSET)

        sales_tax_total = d.pop("salesTaxTotal", UNSET)

        payment_term_id = d.pop("paymentTermId", UNSET)

        chart_of_account_id = d.pop("chartOfAccountId", UNSET)

        department_id = d.pop("departmentId", UNSET)

        location_id = d.pop("locationId", UNSET)

        invoice_product_id = d.pop("invoiceProductId", UNSET)

        billing_email = d.pop("billingEmail", UNSET)

        vendor_email = d.pop("vendorEmail", UNSET)

        shipping_address_id = d.pop("shippingAddressId", UNSET)

        billing_address_id = d.pop("billingAddressId", UNSET)

        purchase_request_id = d.pop("purchaseRequestId", UNSET)

        _billing_status = d.pop("billingStatus", UNSET)
        billing_status: PurchaseOrderBillingStatus | Unset
        if isinstance(_billing_status, Unset):
            billing_status = UNSET
        else:
            billing_status = PurchaseOrderBillingStatus(_billing_status)

        _closure_status = d.pop("closureStatus", UNSET)
        closure_status: PurchaseOrderClosureStatus | Unset
        if isinstance(_closure_status, Unset):
            closure_status = UNSET
        else:
            closure_status = PurchaseOrderClosureStatus(_closure_status)

        _order_type = d.pop("orderType", UNSET)
        order_type: PurchaseOrderOrderType | Unset
        if isinstance(_order_type, Unset):
            order_type = UNSET
        else:
            order_type = PurchaseOrderOrderType(_order_type)

        remaining_amount = d.pop("remainingAmount", UNSET)

        memo = d.pop("memo", UNSET)

        price_tolerance_warning = d.pop("priceToleranceWarning", UNSET)

        applied_price_tolerance_amount = d.pop("appliedPriceToleranceAmount", UNSET)

        has_linked_bills = d.pop("hasLinkedBills", UNSET)

        linked_bills_count = d.pop("linkedBillsCount", UNSET)

        has_notes = d.pop("hasNotes", UNSET)

        created_date = d.pop("createdDate", UNSET)

        created_by_user = d.pop("createdByUser", UNSET)

        updated_by_user = d.pop("updatedByUser", UNSET)

        multiple_bill_line_items = d.pop("multipleBillLineItems", UNSET)

        _purchase_order_line_items = d.pop("purchaseOrderLineItems", UNSET)
        purchase_order_line_items: list[PurchaseOrderLineItem] | Unset = UNSET
        if _purchase_order_line_items is not UNSET:
            purchase_order_line_items = []
            for purchase_order_line_items_item_data in _purchase_order_line_items:
                purchase_order_line_items_item = PurchaseOrderLineItem.from_dict(purchase_order_line_items_item_data)

                purchase_order_line_items.append(purchase_order_line_items_item)

        purchase_order = cls(
            entity=entity,
            id=id,
            is_active=is_active,
            vendor_id=vendor_id,
            created_time=created_time,
            updated_time=updated_time,
            created_by=created_by,
            approval_status=approval_status,
            fullfillment_status=fullfillment_status,
            service_start_date=service_start_date,
            service_end_date=service_end_date,
            exchange_rate=exchange_rate,
            po_number=po_number,
            description=description,
            requestor=requestor,
            po_date=po_date,
            sent_date=sent_date,
            required_date=required_date,
            sales_tax_percent=sales_tax_percent,
            sales_tax_total=sales_tax_total,
            payment_term_id=payment_term_id,
            chart_of_account_id=chart_of_account_id,
            department_id=department_id,
            location_id=location_id,
            invoice_product_id=invoice_product_id,
            billing_email=billing_email,
            vendor_email=vendor_email,
            shipping_address_id=shipping_address_id,
            billing_address_id=billing_address_id,
            purchase_request_id=purchase_request_id,
            billing_status=billing_status,
            closure_status=closure_status,
            order_type=order_type,
            remaining_amount=remaining_amount,
            memo=memo,
            price_tolerance_warning=price_tolerance_warning,
            applied_price_tolerance_amount=applied_price_tolerance_amount,
            has_linked_bills=has_linked_bills,
            linked_bills_count=linked_bills_count,
            has_notes=has_notes,
            created_date=created_date,
            created_by_user=created_by_user,
            updated_by_user=updated_by_user,
            multiple_bill_line_items=multiple_bill_line_items,
            purchase_order_line_items=purchase_order_line_items,
        )

        purchase_order.additional_properties = d
        return purchase_order

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
