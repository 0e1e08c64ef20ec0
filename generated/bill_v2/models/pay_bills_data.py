from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.pay_bills_data_delivery_type import PayBillsDataDeliveryType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bill_credit_create import BillCreditCreate
    from ..models.bill_pay_create import BillPayCreate


T = TypeVar("T", bound="PayBillsData")


@_attrs_define
class PayBillsData:
    """Bills to pay through BILL (at most 200)."""

    bill_pays: list[BillPayCreate]
    vendor_id: str | Unset = UNSET
    """ Pay one vendor; without it, each bill's own vendor is paid. """
    bank_account_id: str | Unset = UNSET
    """ The account to pay from; the organization's primary account when left out. """
    card_account_id: str | Unset = UNSET
    """ Pay by card (see List/CardAccount); needs cardFundingPurpose. """
    card_funding_purpose: str | Unset = UNSET
    """ Free text; needed for card payments. """
    process_date: datetime.date | Unset = UNSET
    """ When to take the money; the next possible day when left out. """
    description: str | Unset = UNSET
    """ Goes on the check memo or the bank statement. """
    is_vendor_direct_payment: bool | Unset = UNSET
    """ Pay by virtual card (Vendor Direct). """
    is_faster_payment: bool | Unset = UNSET
    delivery_type: PayBillsDataDeliveryType | Unset = UNSET
    """ How a check travels: 0 standard mail, 1 USPS priority, 10/11/12 UPS in 1/2/3 days, 13 real-time payment. """
    batch_id: int | Unset = UNSET
    """ From GetDynamicExchangeRateQuote; needed to pay a vendor abroad. """
    allow_export: bool | Unset = UNSET
    """ Mark the payment for accounting sync. """
    bill_credits: list[BillCreditCreate] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        bill_pays = []
        for bill_pays_item_data in self.bill_pays:
            bill_pays_item = bill_pays_item_data.to_dict()
            bill_pays.append(bill_pays_item)

        vendor_id = self.vendor_id

        bank_account_id = self.bank_account_id

        card_account_id = self.card_account_id

        card_funding_purpose = self.card_funding_purpose

        process_date: str | Unset = UNSET
        if not isinstance(self.process_date, Unset):
            process_date = self.process_date.isoformat()

        description = self.description

        is_vendor_direct_payment = self.is_vendor_direct_payment

        is_faster_payment = self.is_faster_payment

        delivery_type: str | Unset = UNSET
        if not isinstance(self.delivery_type, Unset):
            delivery_type = self.delivery_type.value

        batch_id = self.batch_id

        allow_export = self.allow_export

        bill_credits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bill_credits, Unset):
            bill_credits = []
            for bill_credits_item_data in self.bill_credits:
                bill_credits_item = bill_credits_item_data.to_dict()
                bill_credits.append(bill_credits_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "billPays": bill_pays,
            }
        )
        if vendor_id is not UNSET:
            field_dict["vendorId"] = vendor_id
        if bank_account_id is not UNSET:
            field_dict["bankAccountId"] = bank_account_id
        if card_account_id is not UNSET:
            field_dict["cardAccountId"] = card_account_id
        if card_funding_purpose is not UNSET:
            field_dict["cardFundingPurpose"] = card_funding_purpose
        if process_date is not UNSET:
            field_dict["processDate"] = process_date
        if description is not UNSET:
            field_dict["description"] = description
        if is_vendor_direct_payment is not UNSET:
            field_dict["isVendorDirectPayment"] = is_vendor_direct_payment
        if is_faster_payment is not UNSET:
            field_dict["isFasterPayment"] = is_faster_payment
        if delivery_type is not UNSET:
            field_dict["deliveryType"] = delivery_type
        if batch_id is not UNSET:
            field_dict["batchId"] = batch_id
        if allow_export is not UNSET:
            field_dict["allowExport"] = allow_export
        if bill_credits is not UNSET:
            field_dict["billCredits"] = bill_credits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bill_credit_create import BillCreditCreate  # noqa: PLC0415
        from ..models.bill_pay_create import BillPayCreate  # noqa: PLC0415

        d = dict(src_dict)
        bill_pays = []
        _bill_pays = d.pop("billPays")
        for bill_pays_item_data in _bill_pays:
            bill_pays_item = BillPayCreate.from_dict(bill_pays_item_data)

            bill_pays.append(bill_pays_item)

        vendor_id = d.pop("vendorId", UNSET)

        bank_account_id = d.pop("bankAccountId", UNSET)

        card_account_id = d.pop("cardAccountId", UNSET)

        card_funding_purpose = d.pop("cardFundingPurpose", UNSET)

        _process_date = d.pop("processDate", UNSET)
        process_date: datetime.date | Unset
        if isinstance(_process_date, Unset):
            process_date = UNSET
        else:
            process_date = datetime.date.fromisoformat(_process_date)

        description = d.pop("description", UNSET)

        is_vendor_direct_payment = d.pop("isVendorDirectPayment", UNSET)

        is_faster_payment = d.pop("isFasterPayment", UNSET)

        _delivery_type = d.pop("deliveryType", UNSET)
        delivery_type: PayBillsDataDeliveryType | Unset
        if isinstance(_delivery_type, Unset):
            delivery_type = UNSET
        else:
            delivery_type = PayBillsDataDeliveryType(_delivery_type)

        batch_id = d.pop("batchId", UNSET)

        allow_export = d.pop("allowExport", UNSET)

        _bill_credits = d.pop("billCredits", UNSET)
        bill_credits: list[BillCreditCreate] | Unset = UNSET
        if _bill_credits is not UNSET:
            bill_credits = []
            for bill_credits_item_data in _bill_credits:
                bill_credits_item = BillCreditCreate.from_dict(bill_credits_item_data)

                bill_credits.append(bill_credits_item)

        pay_bills_data = cls(
            bill_pays=bill_pays,
            vendor_id=vendor_id,
            bank_account_id=bank_account_id,
            card_account_id=card_account_id,
            card_funding_purpose=card_funding_purpose,
            process_date=process_date,
            description=description,
            is_vendor_direct_payment=is_vendor_direct_payment,
            is_faster_payment=is_faster_payment,
            delivery_type=delivery_type,
            batch_id=batch_id,
            allow_export=allow_export,
            bill_credits=bill_credits,
        )

        return pay_bills_data
