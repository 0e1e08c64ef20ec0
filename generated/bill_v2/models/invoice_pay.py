from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_pay_entity import InvoicePayEntity
from ..models.invoice_pay_status import InvoicePayStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoicePay")


@_attrs_define
class InvoicePay:
    """The part of a received payment applied to one invoice."""

    entity: InvoicePayEntity
    id: str | Unset = UNSET
    invoice_id: str | Unset = UNSET
    """ The invoice paid (00e...). """
    amount: float | Unset = UNSET
    """ Amount applied to the invoice. """
    status: InvoicePayStatus | Unset = UNSET
    """ "0" paid, "1" void, "2" scheduled, "3" canceled, "4" initiated. """
    payment_date: datetime.date | Unset = UNSET
    """ When the funds move. """
    created_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    updated_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    received_pay_id: str | Unset = UNSET
    """ The received payment (0rp...). """
    credit_applied: bool | Unset = UNSET
    """ Credit memos were applied to the invoice. """
    v_card_receivable_info: str | Unset = UNSET
    """ Details of a virtual card (Vendor Direct) receipt. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        invoice_id = self.invoice_id

        amount = self.amount

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        payment_date: str | Unset = UNSET
        if not isinstance(self.payment_date, Unset):
            payment_date = self.payment_date.isoformat()

        created_time = self.created_time

        updated_time = self.updated_time

        received_pay_id = self.received_pay_id

        credit_applied = self.credit_applied

        v_card_receivable_info = self.v_card_receivable_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity": entity,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if status is not UNSET:
            field_dict["status"] = status
        if payment_date is not UNSET:
            field_dict["paymentDate"] = payment_date
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time
        if received_pay_id is not UNSET:
            field_dict["receivedPayId"] = received_pay_id
        if credit_applied is not UNSET:
            field_dict["creditApplied"] = credit_applied
        if v_card_receivable_info is not UNSET:
            field_dict["vCardReceivableInfo"] = v_card_receivable_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = InvoicePayEntity(d.pop("entity"))

        id = d.pop("id", UNSET)

        invoice_id = d.pop("invoiceId", UNSET)

        amount = d.pop("amount", UNSET)

        _status = d.pop("status", UNSET)
        status: InvoicePayStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = InvoicePayStatus(_status)

        _payment_date = d.pop("paymentDate", UNSET)
        payment_date: datetime.date | Unset
        if isinstance(_payment_date, Unset):
            payment_date = UNSET
        else:
            payment_date = datetime.date.fromisoformat(_payment_date)

        created_time = d.pop("createdTime", UNSET)

        updated_time = d.pop("updatedTime", UNSET)

        received_pay_id = d.pop("receivedPayId", UNSET)

        credit_applied = d.pop("creditApplied", UNSET)

        v_card_receivable_info = d.pop("vCardReceivableInfo", UNSET)

        invoice_pay = cls(
            entity=entity,
            id=id,
            invoice_id=invoice_id,
            amount=amount,
            status=status,
            payment_date=payment_date,
            created_time=created_time,
            updated_time=updated_time,
            received_pay_id=received_pay_id,
            credit_applied=credit_applied,
            v_card_receivable_info=v_card_receivable_info,
        )

        invoice_pay.additional_properties = d
        return invoice_pay

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
