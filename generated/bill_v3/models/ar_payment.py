from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ar_payment_invoice import ArPaymentInvoice


T = TypeVar("T", bound="ArPayment")


@_attrs_define
class ArPayment:
    id: str
    """ The received payment (prefix `0rp`). """
    customer_id: str | Unset = UNSET
    payment_type: str | Unset = UNSET
    payment_date: datetime.date | Unset = UNSET
    amount: float | Unset = UNSET
    unapplied_amount: float | Unset = UNSET
    """ What no invoice took; it is added to the customer's balance. """
    status: str | Unset = UNSET
    description: str | Unset = UNSET
    invoices: list[ArPaymentInvoice] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        customer_id = self.customer_id

        payment_type = self.payment_type

        payment_date: str | Unset = UNSET
        if not isinstance(self.payment_date, Unset):
            payment_date = self.payment_date.isoformat()

        amount = self.amount

        unapplied_amount = self.unapplied_amount

        status = self.status

        description = self.description

        invoices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoices, Unset):
            invoices = []
            for invoices_item_data in self.invoices:
                invoices_item = invoices_item_data.to_dict()
                invoices.append(invoices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if payment_type is not UNSET:
            field_dict["paymentType"] = payment_type
        if payment_date is not UNSET:
            field_dict["paymentDate"] = payment_date
        if amount is not UNSET:
            field_dict["amount"] = amount
        if unapplied_amount is not UNSET:
            field_dict["unappliedAmount"] = unapplied_amount
        if status is not UNSET:
            field_dict["status"] = status
        if description is not UNSET:
            field_dict["description"] = description
        if invoices is not UNSET:
            field_dict["invoices"] = invoices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ar_payment_invoice import ArPaymentInvoice  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        customer_id = d.pop("customerId", UNSET)

        payment_type = d.pop("paymentType", UNSET)

        _payment_date = d.pop("paymentDate", UNSET)
        payment_date: datetime.date | Unset
        if isinstance(_payment_date, Unset):
            payment_date = UNSET
        else:
            payment_date = datetime.date.fromisoformat(_payment_date)

        amount = d.pop("amount", UNSET)

        unapplied_amount = d.pop("unappliedAmount", UNSET)

        status = d.pop("status", UNSET)

        description = d.pop("description", UNSET)

        _invoices = d.pop("invoices", UNSET)
        invoices: list[ArPaymentInvoice] | Unset = UNSET
        if _invoices is not UNSET:
            invoices = []
            for invoices_item_data in _invoices:
                invoices_item = ArPaymentInvoice.from_dict(invoices_item_data)

                invoices.append(invoices_item)

        ar_payment = cls(
            id=id,
            customer_id=customer_id,
            payment_type=payment_type,
            payment_date=payment_date,
            amount=amount,
            unapplied_amount=unapplied_amount,
            status=status,
            description=description,
            invoices=invoices,
        )

        ar_payment.additional_properties = d
        return ar_payment

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
