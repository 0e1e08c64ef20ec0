from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sent_pay_delivery_type_requested import SentPayDeliveryTypeRequested
from ..models.sent_pay_entity import SentPayEntity
from ..models.sent_pay_funding_type import SentPayFundingType
from ..models.sent_pay_payment_type import SentPayPaymentType
from ..models.sent_pay_source import SentPaySource
from ..models.sent_pay_status import SentPayStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ap_conv_fee import APConvFee
    from ..models.bill_credit import BillCredit
    from ..models.bill_pay import BillPay
    from ..models.disbursement_data import DisbursementData
    from ..models.payment_extra_data import PaymentExtraData
    from ..models.sent_pay_void_request import SentPayVoidRequest


T = TypeVar("T", bound="SentPay")


@_attrs_define
class SentPay:
    """A payment to one vendor, made through BILL or recorded after paying elsewhere."""

    entity: SentPayEntity
    id: str
    process_date: datetime.date | Unset = UNSET
    """ The day the money leaves the bank account. """
    amount: float | Unset = UNSET
    status: SentPayStatus | Unset = UNSET
    """ 0 approving, 1 scheduled, 2 paid, 3 canceled, 4 void, 5 escheated (checks). """
    description: str | Unset = UNSET
    txn_number: str | Unset = UNSET
    name: str | Unset = UNSET
    """ Confirmation number. """
    vendor_id: str | Unset = UNSET
    is_online: bool | Unset = UNSET
    """ true if paid through BILL, false if recorded after paying elsewhere. """
    use_alt_pmt_type: bool | Unset = UNSET
    faster_payment: bool | Unset = UNSET
    payment_type: SentPayPaymentType | Unset = UNSET
    """ 0 check, 1 ACH, 2 ACH to a verified national vendor, 3 PayPal, 4 other, 5 international ePayment, 6 American
    Express, 7 virtual card, 11 instant transfer, 12 credit card. """
    delivery_type_requested: SentPayDeliveryTypeRequested | Unset = UNSET
    """ How a check travels: 0 standard mail, 1 USPS priority, 10/11/12 UPS in 1/2/3 days, 13 real-time payment. """
    chart_of_account_id: str | Unset = UNSET
    sync_reference: str | Unset = UNSET
    to_print_check: bool | Unset = UNSET
    created_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    updated_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    created_by: str | Unset = UNSET
    bank_account_id: str | Unset = UNSET
    pt_14_card_id: str | Unset = UNSET
    need_attn_reviewed: bool | Unset = UNSET
    """ The payment waits for approval. """
    simple_basic_auto_cancel: str | Unset = UNSET
    source: SentPaySource | Unset = UNSET
    """ 0 BILL, 1 bill autopay, 2/3 NetSync of an online/offline payment, 4 eBill autopay, 5 eBill, 6 recurring
    payment. """
    allow_export: bool | Unset = UNSET
    local_amount: float | Unset = UNSET
    """ The amount in the vendor's currency. """
    exchange_rate: float | Unset = UNSET
    payment_purpose: str | Unset = UNSET
    remittance_email: str | Unset = UNSET
    requested_delivery_date: str | Unset = UNSET
    pmt_currency_info_id: str | Unset = UNSET
    card_account_id: str | Unset = UNSET
    credit_account_id: str | Unset = UNSET
    funds_held_date: str | Unset = UNSET
    vendor_bank_country: str | Unset = UNSET
    vendor_address_country: str | Unset = UNSET
    funding_type: SentPayFundingType | Unset = UNSET
    """ 0 check, 1 ACH to a verified national vendor, 2 ACH, 3 PayPal, 4 credit card, 5 international ePayment, 6
    American Express, 7 virtual card, 8 real-time payment, 9 instant transfer, 10 debit card. """
    bill_pays: list[BillPay] | Unset = UNSET
    bill_credits: list[BillCredit] | Unset = UNSET
    void_requests: list[SentPayVoidRequest] | Unset = UNSET
    ap_conv_fee: APConvFee | Unset = UNSET
    """ A convenience fee charged on a payment. """
    disbursement: DisbursementData | Unset = UNSET
    """ How the money of a payment reached the vendor; one of the *Data members is set, by paymentType. The sandbox
    answers with an empty object. """
    extra_data: PaymentExtraData | Unset = UNSET
    """ More about where a payment went, from ListPayments. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        process_date: str | Unset = UNSET
        if not isinstance(self.process_date, Unset):
            process_date = self.process_date.isoformat()

        amount = self.amount

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        description = self.description

        txn_number = self.txn_number

        name = self.name

        vendor_id = self.vendor_id

        is_online = self.is_online

        use_alt_pmt_type = self.use_alt_pmt_type

        faster_payment = self.faster_payment

        payment_type: str | Unset = UNSET
        if not isinstance(self.payment_type, Unset):
            payment_type = self.payment_type.value

        delivery_type_requested: str | Unset = UNSET
        if not isinstance(self.delivery_type_requested, Unset):
            delivery_type_requested = self.delivery_type_requested.value

        chart_of_account_id = self.chart_of_account_id

        sync_reference = self.sync_reference

        to_print_check = self.to_print_check

        created_time = self.created_time

        updated_time = self.updated_time

        created_by = self.created_by

        bank_account_id = self.bank_account_id

        pt_14_card_id = self.pt_14_card_id

        need_attn_reviewed = self.need_attn_reviewed

        simple_basic_auto_cancel = self.simple_basic_auto_cancel

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        allow_export = self.allow_export

        local_amount = self.local_amount

        exchange_rate = self.exchange_rate

        payment_purpose = self.payment_purpose

        remittance_email = self.remittance_email

        requested_delivery_date = self.requested_delivery_date

        pmt_currency_info_id = self.pmt_currency_info_id

        card_account_id = self.card_account_id

        credit_account_id = self.credit_account_id

        funds_held_date = self.funds_held_date

        vendor_bank_country = self.vendor_bank_country

        vendor_address_country = self.vendor_address_country

        funding_type: str | Unset = UNSET
        if not isinstance(self.funding_type, Unset):
            funding_type = self.funding_type.value

        bill_pays: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bill_pays, Unset):
            bill_pays = []
            for bill_pays_item_data in self.bill_pays:
                bill_pays_item = bill_pays_item_data.to_dict()
                bill_pays.append(bill_pays_item)

        bill_credits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bill_credits, Unset):
            bill_credits = []
            for bill_credits_item_data in self.bill_credits:
                bill_credits_item = bill_credits_item_data.to_dict()
                bill_credits.append(bill_credits_item)

        void_requests: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.void_requests, Unset):
            void_requests = []
            for void_requests_item_data in self.void_requests:
                void_requests_item = void_requests_item_data.to_dict()
                void_requests.append(void_requests_item)

        ap_conv_fee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ap_conv_fee, Unset):
            ap_conv_fee = self.ap_conv_fee.to_dict()

        disbursement: dict[str, Any] | Unset = UNSET
        if not isinstance(self.disbursement, Unset):
            disbursement = self.disbursement.to_dict()

        extra_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra_data, Unset):
            extra_data = self.extra_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity": entity,
                "id": id,
            }
        )
        if process_date is not UNSET:
            field_dict["processDate"] = process_date
        if amount is not UNSET:
            field_dict["amount"] = amount
        if status is not UNSET:
            field_dict["status"] = status
        if description is not UNSET:
            field_dict["description"] = description
        if txn_number is not UNSET:
            field_dict["txnNumber"] = txn_number
        if name is not UNSET:
            field_dict["name"] = name
        if vendor_id is not UNSET:
            field_dict["vendorId"] = vendor_id
        if is_online is not UNSET:
            field_dict["isOnline"] = is_online
        if use_alt_pmt_type is not UNSET:
            field_dict["useAltPmtType"] = use_alt_pmt_type
        if faster_payment is not UNSET:
            field_dict["fasterPayment"] = faster_payment
        if payment_type is not UNSET:
            field_dict["paymentType"] = payment_type
        if delivery_type_requested is not UNSET:
            field_dict["deliveryTypeRequested"] = delivery_type_requested
        if chart_of_account_id is not UNSET:
            field_dict["chartOfAccountId"] = chart_of_account_id
        if sync_reference is not UNSET:
            field_dict["syncReference"] = sync_reference
        if to_print_check is not UNSET:
            field_dict["toPrintCheck"] = to_print_check
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if bank_account_id is not UNSET:
            field_dict["bankAccountId"] = bank_account_id
        if pt_14_card_id is not UNSET:
            field_dict["pt14CardId"] = pt_14_card_id
        if need_attn_reviewed is not UNSET:
            field_dict["needAttnReviewed"] = need_attn_reviewed
        if simple_basic_auto_cancel is not UNSET:
            field_dict["simpleBasicAutoCancel"] = simple_basic_auto_cancel
        if source is not UNSET:
            field_dict["source"] = source
        if allow_export is not UNSET:
            field_dict["allowExport"] = allow_export
        if local_amount is not UNSET:
            field_dict["localAmount"] = local_amount
        if exchange_rate is not UNSET:
            field_dict["exchangeRate"] = exchange_rate
        if payment_purpose is not UNSET:
            field_dict["paymentPurpose"] = payment_purpose
        if remittance_email is not UNSET:
            field_dict["remittanceEmail"] = remittance_email
        if requested_delivery_date is not UNSET:
            field_dict["requestedDeliveryDate"] = requested_delivery_date
        if pmt_currency_info_id is not UNSET:
            field_dict["pmtCurrencyInfoId"] = pmt_currency_info_id
        if card_account_id is not UNSET:
            field_dict["cardAccountId"] = card_account_id
        if credit_account_id is not UNSET:
            field_dict["creditAccountId"] = credit_account_id
        if funds_held_date is not UNSET:
            field_dict["fundsHeldDate"] = funds_held_date
        if vendor_bank_country is not UNSET:
            field_dict["vendorBankCountry"] = vendor_bank_country
        if vendor_address_country is not UNSET:
            field_dict["vendorAddressCountry"] = vendor_address_country
        if funding_type is not UNSET:
            field_dict["fundingType"] = funding_type
        if bill_pays is not UNSET:
            field_dict["billPays"] = bill_pays
        if bill_credits is not UNSET:
            field_dict["billCredits"] = bill_credits
        if void_requests is not UNSET:
            field_dict["voidRequests"] = void_requests
        if ap_conv_fee is not UNSET:
            field_dict["apConvFee"] = ap_conv_fee
        if disbursement is not UNSET:
            field_dict["disbursement"] = disbursement
        if extra_data is not UNSET:
            field_dict["extraData"] = extra_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ap_conv_fee import APConvFee  # noqa: PLC0415
        from ..models.bill_credit import BillCredit  # noqa: PLC0415
        from ..models.bill_pay import BillPay  # noqa: PLC0415
        from ..models.disbursement_data import DisbursementData  # noqa: PLC0415
        from ..models.payment_extra_data import PaymentExtraData  # noqa: PLC0415
        from ..models.sent_pay_void_request import SentPayVoidRequest  # noqa: PLC0415

        d = dict(src_dict)
        entity = SentPayEntity(d.pop("entity"))

        id = d.pop("id")

        _process_date = d.pop("processDate", UNSET)
        process_date: datetime.date | Unset
        if isinstance(_process_date, Unset):
            process_date = UNSET
        else:
            process_date = datetime.date.fromisoformat(_process_date)

        amount = d.pop("amount", UNSET)

        _status = d.pop("status", UNSET)
        status: SentPayStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SentPayStatus(_status)

        description = d.pop("description", UNSET)

        txn_number = d.pop("txnNumber", UNSET)

        name = d.pop("name", UNSET)

        vendor_id = d.pop("vendorId", UNSET)

        is_online = d.pop("isOnline", UNSET)

        use_alt_pmt_type = d.pop("useAltPmtType", UNSET)

        faster_payment = d.pop("fasterPayment", UNSET)

        _payment_type = d.pop("paymentType", UNSET)
        payment_type: SentPayPaymentType | Unset
        if isinstance(_payment_type, Unset):
            payment_type = UNSET
        else:
            payment_type = SentPayPaymentType(_payment_type)

        _delivery_type_requested = d.pop("deliveryTypeRequested", UNSET)
        delivery_type_requested: SentPayDeliveryTypeRequested | Unset
        if isinstance(_delivery_type_requested, Unset):
            delivery_type_requested = UNSET
        else:
            delivery_type_requested = SentPayDeliveryTypeRequested(_delivery_type_requested)

        chart_of_account_id = d.pop("chartOfAccountId", UNSET)

        sync_reference = d.pop("syncReference", UNSET)

        to_print_check = d.pop("toPrintCheck", UNSET)

        created_time = d.pop("createdTime", UNSET)

        updated_time = d.pop("updatedTime", UNSET)

        created_by = d.pop("createdBy", UNSET)

        bank_account_id = d.pop("bankAccountId", UNSET)

        pt_14_card_id = d.pop("pt14CardId", UNSET)

        need_attn_reviewed = d.pop("needAttnReviewed", UNSET)

        simple_basic_auto_cancel = d.pop("simpleBasicAutoCancel", UNSET)

        _source = d.pop("source", UNSET)
        source: SentPaySource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = SentPaySource(_source)

        allow_export = d.pop("allowExport", UNSET)

        local_amount = d.pop("localAmount", UNSET)

        exchange_rate = d.pop("exchangeRate", UNSET)

        payment_purpose = d.pop("paymentPurpose", UNSET)

        remittance_email = d.pop("remittanceEmail", UNSET)

        requested_delivery_date = d.pop("requestedDeliveryDate", UNSET)

        pmt_currency_info_id = d.pop("pmtCurrencyInfoId", UNSET)

        card_account_id = d.pop("cardAccountId", UNSET)

        credit_account_id = d.pop("creditAccountId", UNSET)

        funds_held_date = d.pop("fundsHeldDate", UNSET)

        vendor_bank_country = d.pop("vendorBankCountry", UNSET)

        vendor_address_country = d.pop("vendorAddressCountry", UNSET)

        _funding_type = d.pop("fundingType", UNSET)
        funding_type: SentPayFundingType | Unset
        if isinstance(_funding_type, Unset):
            funding_type = UNSET
        else:
            funding_type = SentPayFundingType(_funding_type)

        _bill_pays = d.pop("billPays", UNSET)
        bill_pays: list[BillPay] | Unset = UNSET
        if _bill_pays is not UNSET:
            bill_pays = []
            for bill_pays_item_data in _bill_pays:
                bill_pays_item = BillPay.from_dict(bill_pays_item_data)

                bill_pays.append(bill_pays_item)

        _bill_credits = d.pop("billCredits", UNSET)
        bill_credits: list[BillCredit] | Unset = UNSET
        if _bill_credits is not UNSET:
            bill_credits = []
            for bill_credits_item_data in _bill_credits:
                bill_credits_item = BillCredit.from_dict(bill_credits_item_data)

                bill_credits.append(bill_credits_item)

        _void_requests = d.pop("voidRequests", UNSET)
        void_requests: list[SentPayVoidRequest] | Unset = UNSET
        if _void_requests is not UNSET:
            void_requests = []
            for void_requests_item_data in _void_requests:
                void_requests_item = SentPayVoidRequest.from_dict(void_requests_item_data)

                void_requests.append(void_requests_item)

        _ap_conv_fee = d.pop("apConvFee", UNSET)
        ap_conv_fee: APConvFee | Unset
        if isinstance(_ap_conv_fee, Unset):
            ap_conv_fee = UNSET
        else:
            ap_conv_fee = APConvFee.from_dict(_ap_conv_fee)

        _disbursement = d.pop("disbursement", UNSET)
        disbursement: DisbursementData | Unset
        if isinstance(_disbursement, Unset):
            disbursement = UNSET
        else:
            disbursement = DisbursementData.from_dict(_disbursement)

        _extra_data = d.pop("extraData", UNSET)
        extra_data: PaymentExtraData | Unset
        if isinstance(_extra_data, Unset):
            extra_data = UNSET
        else:
            extra_data = PaymentExtraData.from_dict(_extra_data)

        sent_pay = cls(
            entity=entity,
            id=id,
            process_date=process_date,
            amount=amount,
            status=status,
            description=description,
            txn_number=txn_number,
            name=name,
            vendor_id=vendor_id,
            is_online=is_online,
            use_alt_pmt_type=use_alt_pmt_type,
            faster_payment=faster_payment,
            payment_type=payment_type,
            delivery_type_requested=delivery_type_requested,
            chart_of_account_id=chart_of_account_id,
            sync_reference=sync_reference,
            to_print_check=to_print_check,
            created_time=created_time,
            updated_time=updated_time,
            created_by=created_by,
            bank_account_id=bank_account_id,
            pt_14_card_id=pt_14_card_id,
            need_attn_reviewed=need_attn_reviewed,
            simple_basic_auto_cancel=simple_basic_auto_cancel,
            source=source,
            allow_export=allow_export,
            local_amount=local_amount,
            exchange_rate=exchange_rate,
            payment_purpose=payment_purpose,
            remittance_email=remittance_email,
            requested_delivery_date=requested_delivery_date,
            pmt_currency_info_id=pmt_currency_info_id,
            card_account_id=card_account_id,
            credit_account_id=credit_account_id,
            funds_held_date=funds_held_date,
            vendor_bank_country=vendor_bank_country,
            vendor_address_country=vendor_address_country,
            funding_type=funding_type,
            bill_pays=bill_pays,
            bill_credits=bill_credits,
            void_requests=void_requests,
            ap_conv_fee=ap_conv_fee,
            disbursement=disbursement,
            extra_data=extra_data,
        )

        sent_pay.additional_properties = d
        return sent_pay

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
