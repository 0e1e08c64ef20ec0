from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recorded_bill_payment_bill_payments_item import RecordedBillPaymentBillPaymentsItem


T = TypeVar("T", bound="RecordedBillPayment")


@_attrs_define
class RecordedBillPayment:
    id: str
    vendor_id: str | Unset = UNSET
    bill_id: str | Unset = UNSET
    """ The first bill the payment was applied to. """
    bill_payments: list[RecordedBillPaymentBillPaymentsItem] | Unset = UNSET
    description: str | Unset = UNSET
    process_date: datetime.date | Unset = UNSET
    amount: float | Unset = UNSET
    """ The total applied across the bills. """
    transaction_number: str | Unset = UNSET
    status: str | Unset = UNSET
    online_payment: bool | Unset = UNSET
    """ Always false for a recorded payment. """
    to_print_check: bool | Unset = UNSET
    created_by: str | Unset = UNSET
    """ The user who recorded it. """
    created_time: datetime.datetime | Unset = UNSET
    updated_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        vendor_id = self.vendor_id

        bill_id = self.bill_id

        bill_payments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bill_payments, Unset):
            bill_payments = []
            for bill_payments_item_data in self.bill_payments:
                bill_payments_item = bill_payments_item_data.to_dict()
                bill_payments.append(bill_payments_item)

        description = self.description

        process_date: str | Unset = UNSET
        if not isinstance(self.process_date, Unset):
            process_date = self.process_date.isoformat()

        amount = self.amount

        transaction_number = self.transaction_number

        status = self.status

        online_payment = self.online_payment

        to_print_check = self.to_print_check

        created_by = self.created_by

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        updated_time: str | Unset = UNSET
        if not isinstance(self.updated_time, Unset):
            updated_time = self.updated_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if vendor_id is not UNSET:
            field_dict["vendorId"] = vendor_id
        if bill_id is not UNSET:
            field_dict["billId"] = bill_id
        if bill_payments is not UNSET:
            field_dict["billPayments"] = bill_payments
        if description is not UNSET:
            field_dict["description"] = description
        if process_date is not UNSET:
            field_dict["processDate"] = process_date
        if amount is not UNSET:
            field_dict["amount"] = amount
        if transaction_number is not UNSET:
            field_dict["transactionNumber"] = transaction_number
        if status is not UNSET:
            field_dict["status"] = status
        if online_payment is not UNSET:
            field_dict["onlinePayment"] = online_payment
        if to_print_check is not UNSET:
            field_dict["toPrintCheck"] = to_print_check
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recorded_bill_payment_bill_payments_item import RecordedBillPaymentBillPaymentsItem  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        vendor_id = d.pop("vendorId", UNSET)

        bill_id = d.pop("billId", UNSET)

        _bill_payments = d.pop("billPayments", UNSET)
        bill_payments: list[RecordedBillPaymentBillPaymentsItem] | Unset = UNSET
        if _bill_payments is not UNSET:
            bill_payments = []
            for bill_payments_item_data in _bill_payments:
                bill_payments_item = RecordedBillPaymentBillPaymentsItem.from_dict(bill_payments_item_data)

                bill_payments.append(bill_payments_item)

        description = d.pop("description", UNSET)

        _process_date = d.pop("processDate", UNSET)
        process_date: datetime.date | Unset
        if isinstance(_process_date, Unset):
            process_date = UNSET
        else:
            process_date = datetime.date.fromisoformat(_process_date)

        amount = d.pop("amount", UNSET)

        transaction_number = d.pop("transactionNumber", UNSET)

        status = d.pop("status", UNSET)

        online_payment = d.pop("onlinePayment", UNSET)

        to_print_check = d.pop("toPrintCheck", UNSET)

        created_by = d.pop("createdBy", UNSET)

        _created_time = d.pop("createdTime", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = datetime.datetime.fromisoformat(_created_time)

        _updated_time = d.pop("updatedTime", UNSET)
        updated_time: datetime.datetime | Unset
        if isinstance(_updated_time, Unset):
            updated_time = UNSET
        else:
            updated_time = datetime.datetime.fromisoformat(_updated_time)

        recorded_bill_payment = cls(
            id=id,
            vendor_id=vendor_id,
            bill_id=bill_id,
            bill_payments=bill_payments,
            description=description,
            process_date=process_date,
            amount=amount,
            transaction_number=transaction_number,
            status=status,
            online_payment=online_payment,
            to_print_check=to_print_check,
            created_by=created_by,
            created_time=created_time,
            updated_time=updated_time,
        )

        recorded_bill_payment.additional_properties = d
        return recorded_bill_payment

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
