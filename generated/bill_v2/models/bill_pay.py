from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bill_pay_entity import BillPayEntity
from ..models.bill_pay_payment_status import BillPayPaymentStatus
from ..models.bill_pay_payment_type import BillPayPaymentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="BillPay")


@_attrs_define
class BillPay:
    """The part of a payment that went to one bill."""

    entity: BillPayEntity
    id: str
    bill_id: str | Unset = UNSET
    name: str | Unset = UNSET
    """ Confirmation number BILL gives the payment. """
    payment_status: BillPayPaymentStatus | Unset = UNSET
    """ 1 scheduled, 2 paid, 3 canceled, 4 void. """
    amount: float | Unset = UNSET
    description: str | Unset = UNSET
    process_date: datetime.date | Unset = UNSET
    created_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    updated_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    payment_type: BillPayPaymentType | Unset = UNSET
    """ 0 online (through BILL), 1 other. """
    sync_reference: str | Unset = UNSET
    """ A reference such as a check number, for payments made outside BILL. """
    to_print_check: bool | Unset = UNSET
    chart_of_account_id: str | Unset = UNSET
    sent_pay_id: str | Unset = UNSET
    allow_export: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        bill_id = self.bill_id

        name = self.name

        payment_status: str | Unset = UNSET
        if not isinstance(self.payment_status, Unset):
            payment_status = self.payment_status.value

        amount = self.amount

        description = self.description

        process_date: str | Unset = UNSET
        if not isinstance(self.process_date, Unset):
            process_date = self.process_date.isoformat()

        created_time = self.created_time

        updated_time = self.updated_time

        payment_type: str | Unset = UNSET
        if not isinstance(self.payment_type, Unset):
            payment_type = self.payment_type.value

        sync_reference = self.sync_reference

        to_print_check = self.to_print_check

        chart_of_account_id = self.chart_of_account_id

        sent_pay_id = self.sent_pay_id

        allow_export = self.allow_export

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity": entity,
                "id": id,
            }
        )
        if bill_id is not UNSET:
            field_dict["billId"] = bill_id
        if name is not UNSET:
            field_dict["name"] = name
        if payment_status is not UNSET:
            field_dict["paymentStatus"] = payment_status
        if amount is not UNSET:
            field_dict["amount"] = amount
        if description is not UNSET:
            field_dict["description"] = description
        if process_date is not UNSET:
            field_dict["processDate"] = process_date
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time
        if payment_type is not UNSET:
            field_dict["paymentType"] = payment_type
        if sync_reference is not UNSET:
            field_dict["syncReference"] = sync_reference
        if to_print_check is not UNSET:
            field_dict["toPrintCheck"] = to_print_check
        if chart_of_account_id is not UNSET:
            field_dict["chartOfAccountId"] = chart_of_account_id
        if sent_pay_id is not UNSET:
            field_dict["sentPayId"] = sent_pay_id
        if allow_export is not UNSET:
            field_dict["allowExport"] = allow_export

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = BillPayEntity(d.pop("entity"))

        id = d.pop("id")

        bill_id = d.pop("billId", UNSET)

        name = d.pop("name", UNSET)

        _payment_status = d.pop("paymentStatus", UNSET)
        payment_status: BillPayPaymentStatus | Unset
        if isinstance(_payment_status, Unset):
            payment_status = UNSET
        else:
            payment_status = BillPayPaymentStatus(_payment_status)

        amount = d.pop("amount", UNSET)

        description = d.pop("description", UNSET)

        _process_date = d.pop("processDate", UNSET)
        process_date: datetime.date | Unset
        if isinstance(_process_date, Unset):
            process_date = UNSET
        else:
            process_date = datetime.date.fromisoformat(_process_date)

        created_time = d.pop("createdTime", UNSET)

        updated_time = d.pop("updatedTime", UNSET)

        _payment_type = d.pop("paymentType", UNSET)
        payment_type: BillPayPaymentType | Unset
        if isinstance(_payment_type, Unset):
            payment_type = UNSET
        else:
            payment_type = BillPayPaymentType(_payment_type)

        sync_reference = d.pop("syncReference", UNSET)

        to_print_check = d.pop("toPrintCheck", UNSET)

        chart_of_account_id = d.pop("chartOfAccountId", UNSET)

        sent_pay_id = d.pop("sentPayId", UNSET)

        allow_export = d.pop("allowExport", UNSET)

        bill_pay = cls(
            entity=entity,
            id=id,
            bill_id=bill_id,
            name=name,
            payment_status=payment_status,
            amount=amount,
            description=description,
            process_date=process_date,
            created_time=created_time,
            updated_time=updated_time,
            payment_type=payment_type,
            sync_reference=sync_reference,
            to_print_check=to_print_check,
            chart_of_account_id=chart_of_account_id,
            sent_pay_id=sent_pay_id,
            allow_export=allow_export,
        )

        bill_pay.additional_properties = d
        return bill_pay

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
