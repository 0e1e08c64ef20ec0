from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.active_flag import ActiveFlag
from ..models.invoice_credit_entity import InvoiceCreditEntity
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceCredit")


@_attrs_define
class InvoiceCredit:
    """A credit memo or payment credit applied to an invoice."""

    entity: InvoiceCreditEntity
    id: str
    is_active: ActiveFlag | Unset = UNSET
    """ "1" active, "2" inactive (deleted). """
    invoice_id: str | Unset = UNSET
    """ The invoice (00e...). """
    received_pay_id: str | Unset = UNSET
    """ The payment it came from, if any. """
    credit_memo_id: str | Unset = UNSET
    """ The credit memo (ccr...). """
    amount: float | Unset = UNSET
    synced_amount: float | Unset = UNSET
    """ Part synced to the accounting system. """
    created_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    updated_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

        invoice_id = self.invoice_id

        received_pay_id = self.received_pay_id

        credit_memo_id = self.credit_memo_id

        amount = self.amount

        synced_amount = self.synced_amount

        created_time = self.created_time

        updated_time = self.updated_time

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
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if received_pay_id is not UNSET:
            field_dict["receivedPayId"] = received_pay_id
        if credit_memo_id is not UNSET:
            field_dict["creditMemoId"] = credit_memo_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if synced_amount is not UNSET:
            field_dict["syncedAmount"] = synced_amount
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = InvoiceCreditEntity(d.pop("entity"))

        id = d.pop("id")

        _is_active = d.pop("isActive", UNSET)
        is_active: ActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = ActiveFlag(_is_active)

        invoice_id = d.pop("invoiceId", UNSET)

        received_pay_id = d.pop("receivedPayId", UNSET)

        credit_memo_id = d.pop("creditMemoId", UNSET)

        amount = d.pop("amount", UNSET)

        synced_amount = d.pop("syncedAmount", UNSET)

        created_time = d.pop("createdTime", UNSET)

        updated_time = d.pop("updatedTime", UNSET)

        invoice_credit = cls(
            entity=entity,
            id=id,
            is_active=is_active,
            invoice_id=invoice_id,
            received_pay_id=received_pay_id,
            credit_memo_id=credit_memo_id,
            amount=amount,
            synced_amount=synced_amount,
            created_time=created_time,
            updated_time=updated_time,
        )

        invoice_credit.additional_properties = d
        return invoice_credit

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
