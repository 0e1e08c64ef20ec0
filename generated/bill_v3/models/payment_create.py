from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_funding_account_input import PaymentFundingAccountInput
    from ..models.payment_processing_options_input import PaymentProcessingOptionsInput


T = TypeVar("T", bound="PaymentCreate")


@_attrs_define
class PaymentCreate:
    amount: float
    funding_account: PaymentFundingAccountInput
    processing_options: PaymentProcessingOptionsInput
    vendor_id: str | Unset = UNSET
    """ BILL vendor id (prefix `009`). """
    bill_id: str | Unset = UNSET
    """ BILL bill id (prefix `00n`). """
    process_date: datetime.date | Unset = UNSET
    """ When BILL sends the payment; needed for WALLET and AP_CARD, otherwise the next business day. """
    description: str | Unset = UNSET
    """ Printed on the check memo or the bank statement. """
    transaction_number: str | Unset = UNSET
    """ Your own reference. """
    card_funding_purpose: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        funding_account = self.funding_account.to_dict()

        processing_options = self.processing_options.to_dict()

        vendor_id = self.vendor_id

        bill_id = self.bill_id

        process_date: str | Unset = UNSET
        if not isinstance(self.process_date, Unset):
            process_date = self.process_date.isoformat()

        description = self.description

        transaction_number = self.transaction_number

        card_funding_purpose = self.card_funding_purpose

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount": amount,
                "fundingAccount": funding_account,
                "processingOptions": processing_options,
            }
        )
        if vendor_id is not UNSET:
            field_dict["vendorId"] = vendor_id
        if bill_id is not UNSET:
            field_dict["billId"] = bill_id
        if process_date is not UNSET:
            field_dict["processDate"] = process_date
        if description is not UNSET:
            field_dict["description"] = description
        if transaction_number is not UNSET:
            field_dict["transactionNumber"] = transaction_number
        if card_funding_purpose is not UNSET:
            field_dict["cardFundingPurpose"] = card_funding_purpose

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_funding_account_input import PaymentFundingAccountInput  # noqa: PLC0415
        from ..models.payment_processing_options_input import PaymentProcessingOptionsInput  # noqa: PLC0415

        d = dict(src_dict)
        amount = d.pop("amount")

        funding_account = PaymentFundingAccountInput.from_dict(d.pop("fundingAccount"))

        processing_options = PaymentProcessingOptionsInput.from_dict(d.pop("processingOptions"))

        vendor_id = d.pop("vendorId", UNSET)

        bill_id = d.pop("billId", UNSET)

        _process_date = d.pop("processDate", UNSET)
        process_date: datetime.date | Unset
        if isinstance(_process_date, Unset):
            process_date = UNSET
        else:
            process_date = datetime.date.fromisoformat(_process_date)

        description = d.pop("description", UNSET)

        transaction_number = d.pop("transactionNumber", UNSET)

        card_funding_purpose = d.pop("cardFundingPurpose", UNSET)

        payment_create = cls(
            amount=amount,
            funding_account=funding_account,
            processing_options=processing_options,
            vendor_id=vendor_id,
            bill_id=bill_id,
            process_date=process_date,
            description=description,
            transaction_number=transaction_number,
            card_funding_purpose=card_funding_purpose,
        )

        return payment_create
