from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.record_ar_payment_type import RecordARPaymentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_pay_create import InvoicePayCreate


T = TypeVar("T", bound="RecordARPaymentData")


@_attrs_define
class RecordARPaymentData:
    """Data of RecordARPayment."""

    customer_id: str
    """ The customer (0cu...). """
    payment_date: datetime.date
    payment_type: RecordARPaymentType
    """ "0" cash, "1" check, "2" credit card, "3" ACH, "4" PayPal, "5" other. """
    invoice_pays: list[InvoicePayCreate]
    amount: float | Unset = UNSET
    """ Payment total. """
    deposit_to_account_id: str | Unset = UNSET
    """ Chart of accounts entry to book it to. """
    description: str | Unset = UNSET
    ref_number: str | Unset = UNSET
    """ Your reference, such as the check number. """

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        payment_date = self.payment_date.isoformat()

        payment_type = self.payment_type.value

        invoice_pays = []
        for invoice_pays_item_data in self.invoice_pays:
            invoice_pays_item = invoice_pays_item_data.to_dict()
            invoice_pays.append(invoice_pays_item)

        amount = self.amount

        deposit_to_account_id = self.deposit_to_account_id

        description = self.description

        ref_number = self.ref_number

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "customerId": customer_id,
                "paymentDate": payment_date,
                "paymentType": payment_type,
                "invoicePays": invoice_pays,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if deposit_to_account_id is not UNSET:
            field_dict["depositToAccountId"] = deposit_to_account_id
        if description is not UNSET:
            field_dict["description"] = description
        if ref_number is not UNSET:
            field_dict["refNumber"] = ref_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_pay_create import InvoicePayCreate  # noqa: PLC0415

        d = dict(src_dict)
        customer_id = d.pop("customerId")

        payment_date = datetime.date.fromisoformat(d.pop("paymentDate"))

        payment_type = RecordARPaymentType(d.pop("paymentType"))

        invoice_pays = []
        _invoice_pays = d.pop("invoicePays")
        for invoice_pays_item_data in _invoice_pays:
            invoice_pays_item = InvoicePayCreate.from_dict(invoice_pays_item_data)

            invoice_pays.append(invoice_pays_item)

        amount = d.pop("amount", UNSET)

        deposit_to_account_id = d.pop("depositToAccountId", UNSET)

        description = d.pop("description", UNSET)

        ref_number = d.pop("refNumber", UNSET)

        record_ar_payment_data = cls(
            customer_id=customer_id,
            payment_date=payment_date,
            payment_type=payment_type,
            invoice_pays=invoice_pays,
            amount=amount,
            deposit_to_account_id=deposit_to_account_id,
            description=description,
            ref_number=ref_number,
        )

        return record_ar_payment_data
