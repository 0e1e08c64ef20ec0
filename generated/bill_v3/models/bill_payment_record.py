from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bill_payment_record_item import BillPaymentRecordItem


T = TypeVar("T", bound="BillPaymentRecord")


@_attrs_define
class BillPaymentRecord:
    vendor_id: str
    """ BILL vendor id (prefix `009`). """
    process_date: datetime.date
    """ The day the payment was made. """
    payments: list[BillPaymentRecordItem]
    to_print_check: bool | Unset = UNSET
    """ For check payments """
    description: str | Unset = UNSET
    transaction_number: str | Unset = UNSET
    """ Your own reference """

    def to_dict(self) -> dict[str, Any]:
        vendor_id = self.vendor_id

        process_date = self.process_date.isoformat()

        payments = []
        for payments_item_data in self.payments:
            payments_item = payments_item_data.to_dict()
            payments.append(payments_item)

        to_print_check = self.to_print_check

        description = self.description

        transaction_number = self.transaction_number

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "vendorId": vendor_id,
                "processDate": process_date,
                "payments": payments,
            }
        )
        if to_print_check is not UNSET:
            field_dict["toPrintCheck"] = to_print_check
        if description is not UNSET:
            field_dict["description"] = description
        if transaction_number is not UNSET:
            field_dict["transactionNumber"] = transaction_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bill_payment_record_item import BillPaymentRecordItem  # noqa: PLC0415

        d = dict(src_dict)
        vendor_id = d.pop("vendorId")

        process_date = datetime.date.fromisoformat(d.pop("processDate"))

        payments = []
        _payments = d.pop("payments")
        for payments_item_data in _payments:
            payments_item = BillPaymentRecordItem.from_dict(payments_item_data)

            payments.append(payments_item)

        to_print_check = d.pop("toPrintCheck", UNSET)

        description = d.pop("description", UNSET)

        transaction_number = d.pop("transactionNumber", UNSET)

        bill_payment_record = cls(
            vendor_id=vendor_id,
            process_date=process_date,
            payments=payments,
            to_print_check=to_print_check,
            description=description,
            transaction_number=transaction_number,
        )

        return bill_payment_record
