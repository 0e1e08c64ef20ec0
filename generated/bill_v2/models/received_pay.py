from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.received_pay_entity import ReceivedPayEntity
from ..models.received_pay_payment_type import ReceivedPayPaymentType
from ..models.received_pay_source import ReceivedPaySource
from ..models.received_pay_status import ReceivedPayStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_pay import InvoicePay


T = TypeVar("T", bound="ReceivedPay")


@_attrs_define
class ReceivedPay:
    """A payment from a customer, received through BILL or recorded."""

    entity: ReceivedPayEntity
    id: str
    created_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    updated_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    customer_id: str | Unset = UNSET
    """ The customer (0cu...). """
    status: ReceivedPayStatus | Unset = UNSET
    """ "0" paid, "1" void, "2" scheduled, "3" canceled, "4" escheated. """
    payment_date: datetime.date | Unset = UNSET
    """ When the funds move. """
    deposit_to_account_id: str | Unset = UNSET
    """ Chart of accounts entry the payment is booked to. """
    is_online: bool | Unset = UNSET
    """ True when received through BILL, false when recorded after the fact. """
    payment_type: ReceivedPayPaymentType | Unset = UNSET
    """ "0" cash, "1" check, "2" credit card, "3" ACH (ePayment), "4" PayPal, "5" other, "6" instant transfer
    (wallet), "7" virtual card (Vendor Direct). """
    amount: float | Unset = UNSET
    """ Payment total. """
    unapplied_amount: float | Unset = UNSET
    """ Part not applied to any invoice (over- or double payment, or no invoice named). """
    description: str | Unset = UNSET
    """ Set by BILL for online payments, by you for recorded ones. """
    ref_number: str | Unset = UNSET
    """ Reference such as a check number; set by BILL for online payments. """
    conv_fee_amount: float | Unset = UNSET
    """ Convenience fee charged to the customer. """
    pay_to_bank_account_id: str | Unset = UNSET
    """ Organization bank account (bac...) paid into; online payments only. """
    source: ReceivedPaySource | Unset = UNSET
    """ "0" other, "1" QuickBooks, "2" BILL, "3" NetSync, "4" invoice autopay, "5" eInvoice payment, "6" Instapay
    ACH. """
    money_out_id: str | Unset = UNSET
    """ Internal to BILL. """
    is_marked_as_completed: bool | Unset = UNSET
    hold_disbursement: bool | Unset = UNSET
    """ Disbursement is on hold. """
    customer_bank_account_id: str | Unset = UNSET
    """ The customer's bank account (cba...). """
    r_p_conv_fee: float | Unset = UNSET
    """ Convenience fee on the payment. """
    invoice_pays: list[InvoicePay] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        created_time = self.created_time

        updated_time = self.updated_time

        customer_id = self.customer_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        payment_date: str | Unset = UNSET
        if not isinstance(self.payment_date, Unset):
            payment_date = self.payment_date.isoformat()

        deposit_to_account_id = self.deposit_to_account_id

        is_online = self.is_online

        payment_type: str | Unset = UNSET
        if not isinstance(self.payment_type, Unset):
            payment_type = self.payment_type.value

        amount = self.amount

        unapplied_amount = self.unapplied_amount

        description = self.description

        ref_number = self.ref_number

        conv_fee_amount = self.conv_fee_amount

        pay_to_bank_account_id = self.pay_to_bank_account_id

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        money_out_id = self.money_out_id

        is_marked_as_completed = self.is_marked_as_completed

        hold_disbursement = self.hold_disbursement

        customer_bank_account_id = self.customer_bank_account_id

        r_p_conv_fee = self.r_p_conv_fee

        invoice_pays: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoice_pays, Unset):
            invoice_pays = []
            for invoice_pays_item_data in self.invoice_pays:
                invoice_pays_item = invoice_pays_item_data.to_dict()
                invoice_pays.append(invoice_pays_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity": entity,
                "id": id,
            }
        )
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if status is not UNSET:
            field_dict["status"] = status
        if payment_date is not UNSET:
            field_dict["paymentDate"] = payment_date
        if deposit_to_account_id is not UNSET:
            field_dict["depositToAccountId"] = deposit_to_account_id
        if is_online is not UNSET:
            field_dict["isOnline"] = is_online
        if payment_type is not UNSET:
            field_dict["paymentType"] = payment_type
        if amount is not UNSET:
            field_dict["amount"] = amount
        if unapplied_amount is not UNSET:
            field_dict["unappliedAmount"] = unapplied_amount
        if description is not UNSET:
            field_dict["description"] = description
        if ref_number is not UNSET:
            field_dict["refNumber"] = ref_number
        if conv_fee_amount is not UNSET:
            field_dict["convFeeAmount"] = conv_fee_amount
        if pay_to_bank_account_id is not UNSET:
            field_dict["payToBankAccountId"] = pay_to_bank_account_id
        if source is not UNSET:
            field_dict["source"] = source
        if money_out_id is not UNSET:
            field_dict["moneyOutId"] = money_out_id
        if is_marked_as_completed is not UNSET:
            field_dict["isMarkedAsCompleted"] = is_marked_as_completed
        if hold_disbursement is not UNSET:
            field_dict["holdDisbursement"] = hold_disbursement
        if customer_bank_account_id is not UNSET:
            field_dict["customerBankAccountId"] = customer_bank_account_id
        if r_p_conv_fee is not UNSET:
            field_dict["rPConvFee"] = r_p_conv_fee
        if invoice_pays is not UNSET:
            field_dict["invoicePays"] = invoice_pays

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_pay import InvoicePay  # noqa: PLC0415

        d = dict(src_dict)
        entity = ReceivedPayEntity(d.pop("entity"))

        id = d.pop("id")

        created_time = d.pop("createdTime", UNSET)

        updated_time = d.pop("updatedTime", UNSET)

        customer_id = d.pop("customerId", UNSET)

        _status = d.pop("status", UNSET)
        status: ReceivedPayStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ReceivedPayStatus(_status)

        _payment_date = d.pop("paymentDate", UNSET)
        payment_date: datetime.date | Unset
        if isinstance(_payment_date, Unset):
            payment_date = UNSET
        else:
            payment_date = datetime.date.fromisoformat(_payment_date)

        deposit_to_account_id = d.pop("depositToAccountId", UNSET)

        is_online = d.pop("isOnline", UNSET)

        _payment_type = d.pop("paymentType", UNSET)
        payment_type: ReceivedPayPaymentType | Unset
        if isinstance(_payment_type, Unset):
            payment_type = UNSET
        else:
            payment_type = ReceivedPayPaymentType(_payment_type)

        amount = d.pop("amount", UNSET)

        unapplied_amount = d.pop("unappliedAmount", UNSET)

        description = d.pop("description", UNSET)

        ref_number = d.pop("refNumber", UNSET)

        conv_fee_amount = d.pop("convFeeAmount", UNSET)

        pay_to_bank_account_id = d.pop("payToBankAccountId", UNSET)

        _source = d.pop("source", UNSET)
        source: ReceivedPaySource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = ReceivedPaySource(_source)

        money_out_id = d.pop("moneyOutId", UNSET)

        is_marked_as_completed = d.pop("isMarkedAsCompleted", UNSET)

        hold_disbursement = d.pop("holdDisbursement", UNSET)

        customer_bank_account_id = d.pop("customerBankAccountId", UNSET)

        r_p_conv_fee = d.pop("rPConvFee", UNSET)

        _invoice_pays = d.pop("invoicePays", UNSET)
        invoice_pays: list[InvoicePay] | Unset = UNSET
        if _invoice_pays is not UNSET:
            invoice_pays = []
            for invoice_pays_item_data in _invoice_pays:
                invoice_pays_item = InvoicePay.from_dict(invoice_pays_item_data)

                invoice_pays.append(invoice_pays_item)

        received_pay = cls(
            entity=entity,
            id=id,
            created_time=created_time,
            updated_time=updated_time,
            customer_id=customer_id,
            status=status,
            payment_date=payment_date,
            deposit_to_account_id=deposit_to_account_id,
            is_online=is_online,
            payment_type=payment_type,
            amount=amount,
            unapplied_amount=unapplied_amount,
            description=description,
            ref_number=ref_number,
            conv_fee_amount=conv_fee_amount,
            pay_to_bank_account_id=pay_to_bank_account_id,
            source=source,
            money_out_id=money_out_id,
            is_marked_as_completed=is_marked_as_completed,
            hold_disbursement=hold_disbursement,
            customer_bank_account_id=customer_bank_account_id,
            r_p_conv_fee=r_p_conv_fee,
            invoice_pays=invoice_pays,
        )

        received_pay.additional_properties = d
        return received_pay

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
