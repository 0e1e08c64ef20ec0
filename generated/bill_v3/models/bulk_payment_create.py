from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_payment_item import BulkPaymentItem
    from ..models.payment_funding_account_input import PaymentFundingAccountInput
    from ..models.payment_processing_options_input import PaymentProcessingOptionsInput


T = TypeVar("T", bound="BulkPaymentCreate")


@_attrs_define
class BulkPaymentCreate:
    funding_account: PaymentFundingAccountInput
    payments: list[BulkPaymentItem]
    vendor_id: str | Unset = UNSET
    """ BILL vendor id (prefix `009`). """
    process_date: datetime.date | Unset = UNSET
    processing_options: PaymentProcessingOptionsInput | Unset = UNSET
    description: str | Unset = UNSET
    transaction_number: str | Unset = UNSET
    card_funding_purpose: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        funding_account = self.funding_account.to_dict()

        payments = []
        for payments_item_data in self.payments:
            payments_item = payments_item_data.to_dict()
            payments.append(payments_item)

        vendor_id = self.vendor_id

        process_date: str | Unset = UNSET
        if not isinstance(self.process_date, Unset):
            process_date = self.process_date.isoformat()

        processing_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.processing_options, Unset):
            processing_options = self.processing_options.to_dict()

        description = self.description

        transaction_number = self.transaction_number

        card_funding_purpose = self.card_funding_purpose

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "fundingAccount": funding_account,
                "payments": payments,
            }
        )
        if vendor_id is not UNSET:
            field_dict["vendorId"] = vendor_id
        if process_date is not UNSET:
            field_dict["processDate"] = process_date
        if processing_options is not UNSET:
            field_dict["processingOptions"] = processing_options
        if description is not UNSET:
            field_dict["description"] = description
        if transaction_number is not UNSET:
            field_dict["transactionNumber"] = transaction_number
        if card_funding_purpose is not UNSET:
            field_dict["cardFundingPurpose"] = card_funding_purpose

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_payment_item import BulkPaymentItem  # noqa: PLC0415
        from ..models.payment_funding_account_input import PaymentFundingAccountInput  # noqa: PLC0415
        from ..models.payment_processing_options_input import PaymentProcessingOptionsInput  # noqa: PLC0415

        d = dict(src_dict)
        funding_account = PaymentFundingAccountInput.from_dict(d.pop("fundingAccount"))

        payments = []
        _payments = d.pop("payments")
        for payments_item_data in _payments:
            payments_item = BulkPaymentItem.from_dict(payments_item_data)

            payments.append(payments_item)

        vendor_id = d.pop("vendorId", UNSET)

        _process_date = d.pop("processDate", UNSET)
        process_date: datetime.date | Unset
        if isinstance(_process_date, Unset):
            process_date = UNSET
        else:
            process_date = datetime.date.fromisoformat(_process_date)

        _processing_options = d.pop("processingOptions", UNSET)
        processing_options: PaymentProcessingOptionsInput | Unset
        if isinstance(_processing_options, Unset):
            processing_options = UNSET
        else:
            processing_options = PaymentProcessingOptionsInput.from_dict(_processing_options)

        description = d.pop("description", UNSET)

        transaction_number = d.pop("transactionNumber", UNSET)

        card_funding_purpose = d.pop("cardFundingPurpose", UNSET)

        bulk_payment_create = cls(
            funding_account=funding_account,
            payments=payments,
            vendor_id=vendor_id,
            process_date=process_date,
            processing_options=processing_options,
            description=description,
            transaction_number=transaction_number,
            card_funding_purpose=card_funding_purpose,
        )

        return bulk_payment_create
