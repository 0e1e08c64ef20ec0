from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.active_flag import ActiveFlag
from ..models.purchase_order_create_billing_status import PurchaseOrderCreateBillingStatus
from ..models.purchase_order_create_closure_status import PurchaseOrderCreateClosureStatus
from ..models.purchase_order_create_entity import PurchaseOrderCreateEntity
from ..models.purchase_order_create_fullfillment_status import PurchaseOrderCreateFullfillmentStatus
from ..models.purchase_order_create_order_type import PurchaseOrderCreateOrderType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.purchase_order_line_item_create import PurchaseOrderLineItemCreate


T = TypeVar("T", bound="PurchaseOrderCreate")


@_attrs_define
class PurchaseOrderCreate:
    """The fields a new purchase order is written with."""

    entity: PurchaseOrderCreateEntity
    vendor_id: str
    po_number: str
    po_date: datetime.date
    is_active: ActiveFlag | Unset = UNSET
    """ "1" active, "2" inactive (deleted). """
    fullfillment_status: PurchaseOrderCreateFullfillmentStatus | Unset = UNSET
    """ 0 unfilled, 1 partly filled, 2 filled, 3 closed (BILL's spelling). """
    service_start_date: datetime.date | Unset = UNSET
    service_end_date: datetime.date | Unset = UNSET
    exchange_rate: float | Unset = UNSET
    description: str | Unset = UNSET
    requestor: str | Unset = UNSET
    """ The user who asked for the order. """
    sent_date: datetime.date | Unset = UNSET
    required_date: datetime.date | Unset = UNSET
    """ When the goods or services are needed. """
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
    billing_status: PurchaseOrderCreateBillingStatus | Unset = UNSET
    """ 0 unbilled, 1 partly billed, 3 billed. """
    closure_status: PurchaseOrderCreateClosureStatus | Unset = UNSET
    """ 0 unknown, 1 open, 2 closed. """
    order_type: PurchaseOrderCreateOrderType | Unset = UNSET
    """ 0 items, 1 expenses, 2 both. """
    remaining_amount: float | Unset = UNSET
    """ What is still to be billed. """
    memo: str | Unset = UNSET
    price_tolerance_warning: bool | Unset = UNSET
    applied_price_tolerance_amount: float | Unset = UNSET
    purchase_order_line_items: list[PurchaseOrderLineItemCreate] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        vendor_id = self.vendor_id

        po_number = self.po_number

        po_date = self.po_date.isoformat()

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

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

        description = self.description

        requestor = self.requestor

        sent_date: str | Unset = UNSET
        if not isinstance(self.sent_date, Unset):
            sent_date = self.sent_date.isoformat()

        required_date: str | Unset = UNSET
        if not isinstance(self.required_date, Unset):
            required_date = self.required_date.isoformat()

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

        purchase_order_line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.purchase_order_line_items, Unset):
            purchase_order_line_items = []
            for purchase_order_line_items_item_data in self.purchase_order_line_items:
                purchase_order_line_items_item = purchase_order_line_items_item_data.to_dict()
                purchase_order_line_items.append(purchase_order_line_items_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "entity": entity,
                "vendorId": vendor_id,
                "poNumber": po_number,
                "poDate": po_date,
            }
        )
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if fullfillment_status is not UNSET:
            field_dict["fullfillmentStatus"] = fullfillment_status
        if service_start_date is not UNSET:
            field_dict["serviceStartDate"] = service_start_date
        if service_end_date is not UNSET:
            field_dict["serviceEndDate"] = service_end_date
        if exchange_rate is not UNSET:
            field_dict["exchangeRate"] = exchange_rate
        if description is not UNSET:
            field_dict["description"] = description
        if requestor is not UNSET:
            field_dict["requestor"] = requestor
        if sent_date is not UNSET:
            field_dict["sentDate"] = sent_date
        if required_date is not UNSET:
            field_dict["requiredDate"] = required_date
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
        if purchase_order_line_items is not UNSET:
            field_dict["purchaseOrderLineItems"] = purchase_order_line_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.purchase_order_line_item_create import PurchaseOrderLineItemCreate  # noqa: PLC0415

        d = dict(src_dict)
        entity = PurchaseOrderCreateEntity(d.pop("entity"))

        vendor_id = d.pop("vendorId")

        po_number = d.pop("poNumber")

        po_date = datetime.date.fromisoformat(d.pop("poDate"))

        _is_active = d.pop("isActive", UNSET)
        is_active: ActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = ActiveFlag(_is_active)

        _fullfillment_status = d.pop("fullfillmentStatus", UNSET)
        fullfillment_status: PurchaseOrderCreateFullfillmentStatus | Unset
        if isinstance(_fullfillment_status, Unset):
            fullfillment_status = UNSET
        else:
            fullfillment_status = PurchaseOrderCreateFullfillmentStatus(_fullfillment_status)

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

        description = d.pop("description", UNSET)

        requestor = d.pop("requestor", UNSET)

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
        billing_status: PurchaseOrderCreateBillingStatus | Unset
        if isinstance(_billing_status, Unset):
            billing_status = UNSET
        else:
            billing_status = PurchaseOrderCreateBillingStatus(_billing_status)

        _closure_status = d.pop("closureStatus", UNSET)
        closure_status: PurchaseOrderCreateClosureStatus | Unset
        if isinstance(_closure_status, Unset):
            closure_status = UNSET
        else:
            closure_status = PurchaseOrderCreateClosureStatus(_closure_status)

        _order_type = d.pop("orderType", UNSET)
        order_type: PurchaseOrderCreateOrderType | Unset
        if isinstance(_order_type, Unset):
            order_type = UNSET
        else:
            order_type = PurchaseOrderCreateOrderType(_order_type)

        remaining_amount = d.pop("remainingAmount", UNSET)

        memo = d.pop("memo", UNSET)

        price_tolerance_warning = d.pop("priceToleranceWarning", UNSET)

        applied_price_tolerance_amount = d.pop("appliedPriceToleranceAmount", UNSET)

        _purchase_order_line_items = d.pop("purchaseOrderLineItems", UNSET)
        purchase_order_line_items: list[PurchaseOrderLineItemCreate] | Unset = UNSET
        if _purchase_order_line_items is not UNSET:
            purchase_order_line_items = []
            for purchase_order_line_items_item_data in _purchase_order_line_items:
                purchase_order_line_items_item = PurchaseOrderLineItemCreate.from_dict(
                    purchase_order_line_items_item_data
                )

                purchase_order_line_items.append(purchase_order_line_items_item)

        purchase_order_create = cls(
            entity=entity,
            vendor_id=vendor_id,
            po_number=po_number,
            po_date=po_date,
            is_active=is_active,
            fullfillment_status=fullfillment_status,
            service_start_date=service_start_date,
            service_end_date=service_end_date,
            exchange_rate=exchange_rate,
            description=description,
            requestor=requestor,
            sent_date=sent_date,
            required_date=required_date,
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
            purchase_order_line_items=purchase_order_line_items,
        )

        return purchase_order_create
