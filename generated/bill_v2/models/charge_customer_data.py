from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.charge_customer_data_payment_type import ChargeCustomerDataPaymentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_pay_create import InvoicePayCreate


T = TypeVar("T", bound="ChargeCustomerData")


@_attrs_define
class ChargeCustomerData:
    """Data of ChargeCustomer; give invoicePays, totalAmount, or both."""

    customer_id: str
    """ The customer (0cu...). """
    payment_type: ChargeCustomerDataPaymentType
    """ "3" ACH (ePayment), the only type offered. """
    payment_account_id: str
    """ The customer's bank account (cba...). """
    payment_date: datetime.date | Unset = UNSET
    """ When to take the funds. """
    memo: str | Unset = UNSET
    email_receipt: bool | Unset = UNSET
    """ Email the customer a receipt. """
    total_amount: float | Unset = UNSET
    """ The whole charge; needed without invoicePays, and unapplied beyond them. """
    invoice_pays: list[InvoicePayCreate] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        payment_type = self.payment_type.value

        payment_account_id = self.payment_account_id

        payment_date: str | Unset = UNSET
        if not isinstance(self.payment_date, Unset):
            payment_date = self.payment_date.isoformat()

        memo = self.memo

        email_receipt = self.email_receipt

        total_amount = self.total_amount

        invoice_pays: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoice_pays, Unset):
            invoice_pays = []
            for invoice_pays_item_data in self.invoice_pays:
                invoice_pays_item = invoice_pays_item_data.to_dict()
                invoice_pays.append(invoice_pays_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "customerId": customer_id,
                "paymentType": payment_type,
                "paymentAccountId": payment_account_id,
            }
        )
        if payment_date is not UNSET:
            field_dict["paymentDate"] = payment_date
        if memo is not UNSET:
            field_dict["memo"] = memo
        if email_receipt is not UNSET:
            field_dict["emailReceipt"] = email_receipt
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount
        if invoice_pays is not UNSET:
            field_dict["invoicePays"] = invoice_pays

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_pay_create import InvoicePayCreate  # noqa: PLC0415

        d = dict(src_dict)
        customer_id = d.pop("customerId")

        payment_type = ChargeCustomerDataPaymentType(d.pop("paymentType"))

        payment_account_id = d.pop("paymentAccountId")

        _payment_date = d.pop("paymentDate", UNSET)
        payment_date: datetime.date | Unset
        if isinstance(_payment_date, Unset):
            payment_date = UNSET
        else:
            payment_date = datetime.date.fromisoformat(_payment_date)

        memo = d.pop("memo", UNSET)

        email_receipt = d.pop("emailReceipt", UNSET)

        total_amount = d.pop("totalAmount", UNSET)

        _invoice_pays = d.pop("invoicePays", UNSET)
        invoice_pays: list[InvoicePayCreate] | Unset = UNSET
        if _invoice_pays is not UNSET:
            invoice_pays = []
            for invoice_pays_item_data in _invoice_pays:
                invoice_pays_item = InvoicePayCreate.from_dict(invoice_pays_item_data)

                invoice_pays.append(invoice_pays_item)

        charge_customer_data = cls(
            customer_id=customer_id,
            payment_type=payment_type,
            payment_account_id=payment_account_id,
            payment_date=payment_date,
            memo=memo,
            email_receipt=email_receipt,
            total_amount=total_amount,
            invoice_pays=invoice_pays,
        )

        return charge_customer_data
