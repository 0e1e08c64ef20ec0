from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bill_payment import BillPayment
    from ..models.payment_funding_account import PaymentFundingAccount
    from ..models.payment_processing_options import PaymentProcessingOptions
    from ..models.payment_void_info import PaymentVoidInfo


T = TypeVar("T", bound="Payment")


@_attrs_define
class Payment:
    id: str
    amount: float | Unset = UNSET
    vendor_id: str | Unset = UNSET
    vendor_name: str | Unset = UNSET
    bill_id: str | Unset = UNSET
    """ The first bill the payment pays. """
    bill_payments: list[BillPayment] | Unset = UNSET
    description: str | Unset = UNSET
    process_date: datetime.date | Unset = UNSET
    funding_account: PaymentFundingAccount | Unset = UNSET
    processing_options: PaymentProcessingOptions | Unset = UNSET
    transaction_number: str | Unset = UNSET
    confirmation_number: str | Unset = UNSET
    status: str | Unset = UNSET
    """ For example SCHEDULED, PAID or CANCELLED. """
    single_status: str | Unset = UNSET
    """ A finer status; only a SCHEDULED payment can be cancelled. """
    online_payment: bool | Unset = UNSET
    to_print_check: bool | Unset = UNSET
    card_funding_purpose: str | Unset = UNSET
    cancel_request_submitted: bool | Unset = UNSET
    void_info: list[PaymentVoidInfo] | Unset = UNSET
    created_by: str | Unset = UNSET
    created_time: datetime.datetime | Unset = UNSET
    updated_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        vendor_id = self.vendor_id

        vendor_name = self.vendor_name

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

        funding_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.funding_account, Unset):
            funding_account = self.funding_account.to_dict()

        processing_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.processing_options, Unset):
            processing_options = self.processing_options.to_dict()

        transaction_number = self.transaction_number

        confirmation_number = self.confirmation_number

        status = self.status

        single_status = self.single_status

        online_payment = self.online_payment

        to_print_check = self.to_print_check

        card_funding_purpose = self.card_funding_purpose

        cancel_request_submitted = self.cancel_request_submitted

        void_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.void_info, Unset):
            void_info = []
            for void_info_item_data in self.void_info:
                void_info_item = void_info_item_data.to_dict()
                void_info.append(void_info_item)

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
        if amount is not UNSET:
            field_dict["amount"] = amount
        if vendor_id is not UNSET:
            field_dict["vendorId"] = vendor_id
        if vendor_name is not UNSET:
            field_dict["vendorName"] = vendor_name
        if bill_id is not UNSET:
            field_dict["billId"] = bill_id
        if bill_payments is not UNSET:
            field_dict["billPayments"] = bill_payments
        if description is not UNSET:
            field_dict["description"] = description
        if process_date is not UNSET:
            field_dict["processDate"] = process_date
        if funding_account is not UNSET:
            field_dict["fundingAccount"] = funding_account
        if processing_options is not UNSET:
            field_dict["processingOptions"] = processing_options
        if transaction_number is not UNSET:
            field_dict["transactionNumber"] = transaction_number
        if confirmation_number is not UNSET:
            field_dict["confirmationNumber"] = confirmation_number
        if status is not UNSET:
            field_dict["status"] = status
        if single_status is not UNSET:
            field_dict["singleStatus"] = single_status
        if online_payment is not UNSET:
            field_dict["onlinePayment"] = online_payment
        if to_print_check is not UNSET:
            field_dict["toPrintCheck"] = to_print_check
        if card_funding_purpose is not UNSET:
            field_dict["cardFundingPurpose"] = card_funding_purpose
        if cancel_request_submitted is not UNSET:
            field_dict["cancelRequestSubmitted"] = cancel_request_submitted
        if void_info is not UNSET:
            field_dict["voidInfo"] = void_info
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bill_payment import BillPayment  # noqa: PLC0415
        from ..models.payment_funding_account import PaymentFundingAccount  # noqa: PLC0415
        from ..models.payment_processing_options import PaymentProcessingOptions  # noqa: PLC0415
        from ..models.payment_void_info import PaymentVoidInfo  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        amount = d.pop("amount", UNSET)

        vendor_id = d.pop("vendorId", UNSET)

        vendor_name = d.pop("vendorName", UNSET)

        bill_id = d.pop("billId", UNSET)

        _bill_payments = d.pop("billPayments", UNSET)
        bill_payments: list[BillPayment] | Unset = UNSET
        if _bill_payments is not UNSET:
            bill_payments = []
            for bill_payments_item_data in _bill_payments:
                bill_payments_item = BillPayment.from_dict(bill_payments_item_data)

                bill_payments.append(bill_payments_item)

        description = d.pop("description", UNSET)

        _process_date = d.pop("processDate", UNSET)
        process_date: datetime.date | Unset
        if isinstance(_process_date, Unset):
            process_date = UNSET
        else:
            process_date = datetime.date.fromisoformat(_process_date)

        _funding_account = d.pop("fundingAccount", UNSET)
        funding_account: PaymentFundingAccount | Unset
        if isinstance(_funding_account, Unset):
            funding_account = UNSET
        else:
            funding_account = PaymentFundingAccount.from_dict(_funding_account)

        _processing_options = d.pop("processingOptions", UNSET)
        processing_options: PaymentProcessingOptions | Unset
        if isinstance(_processing_options, Unset):
            processing_options = UNSET
        else:
            processing_options = PaymentProcessingOptions.from_dict(_processing_options)

        transaction_number = d.pop("transactionNumber", UNSET)

        confirmation_number = d.pop("confirmationNumber", UNSET)

        status = d.pop("status", UNSET)

        single_status = d.pop("singleStatus", UNSET)

        online_payment = d.pop("onlinePayment", UNSET)

        to_print_check = d.pop("toPrintCheck", UNSET)

        card_funding_purpose = d.pop("cardFundingPurpose", UNSET)

        cancel_request_submitted = d.pop("cancelRequestSubmitted", UNSET)

        _void_info = d.pop("voidInfo", UNSET)
        void_info: list[PaymentVoidInfo] | Unset = UNSET
        if _void_info is not UNSET:
            void_info = []
            for void_info_item_data in _void_info:
                void_info_item = PaymentVoidInfo.from_dict(void_info_item_data)

                void_info.append(void_info_item)

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

        payment = cls(
            id=id,
            amount=amount,
            vendor_id=vendor_id,
            vendor_name=vendor_name,
            bill_id=bill_id,
            bill_payments=bill_payments,
            description=description,
            process_date=process_date,
            funding_account=funding_account,
            processing_options=processing_options,
            transaction_number=transaction_number,
            confirmation_number=confirmation_number,
            status=status,
            single_status=single_status,
            online_payment=online_payment,
            to_print_check=to_print_check,
            card_funding_purpose=card_funding_purpose,
            cancel_request_submitted=cancel_request_submitted,
            void_info=void_info,
            created_by=created_by,
            created_time=created_time,
            updated_time=updated_time,
        )

        payment.additional_properties = d
        return payment

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
