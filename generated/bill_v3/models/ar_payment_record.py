from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.ar_payment_type import ArPaymentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ar_payment_invoice_amount import ArPaymentInvoiceAmount


T = TypeVar("T", bound="ArPaymentRecord")


@_attrs_define
class ArPaymentRecord:
    payment_date: datetime.date
    payment_type: ArPaymentType
    """ How the customer paid. """
    amount: float
    """ A payment amount, at least one cent. """
    invoices: list[ArPaymentInvoiceAmount]
    customer_id: str | Unset = UNSET
    """ BILL customer id (prefix `0cu`). """
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        payment_date = self.payment_date.isoformat()

        payment_type = self.payment_type.value

        amount = self.amount

        invoices = []
        for invoices_item_data in self.invoices:
            invoices_item = invoices_item_data.to_dict()
            invoices.append(invoices_item)

        customer_id = self.customer_id

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "paymentDate": payment_date,
                "paymentType": payment_type,
                "amount": amount,
                "invoices": invoices,
            }
        )
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ar_payment_invoice_amount import ArPaymentInvoiceAmount  # noqa: PLC0415

        d = dict(src_dict)
        payment_date = datetime.date.fromisoformat(d.pop("paymentDate"))

        payment_type = ArPaymentType(d.pop("paymentType"))

        amount = d.pop("amount")

        invoices = []
        _invoices = d.pop("invoices")
        for invoices_item_data in _invoices:
            invoices_item = ArPaymentInvoiceAmount.from_dict(invoices_item_data)

            invoices.append(invoices_item)

        customer_id = d.pop("customerId", UNSET)

        description = d.pop("description", UNSET)

        ar_payment_record = cls(
            payment_date=payment_date,
            payment_type=payment_type,
            amount=amount,
            invoices=invoices,
            customer_id=customer_id,
            description=description,
        )

        return ar_payment_record
