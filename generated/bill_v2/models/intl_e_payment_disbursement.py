from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.intl_e_payment_disbursement_confirm_status import IntlEPaymentDisbursementConfirmStatus
from ..models.intl_e_payment_disbursement_intl_e_pmt_type import IntlEPaymentDisbursementIntlEPmtType
from ..types import UNSET, Unset

T = TypeVar("T", bound="IntlEPaymentDisbursement")


@_attrs_define
class IntlEPaymentDisbursement:
    """An international ePayment."""

    arrives_by_date: str | Unset = UNSET
    routing_number: str | Unset = UNSET
    account_number: str | Unset = UNSET
    local_amount: float | Unset = UNSET
    sent_date: str | Unset = UNSET
    trace_number: int | Unset = UNSET
    error_code: str | Unset = UNSET
    returned_date: str | Unset = UNSET
    vendor_bank_data: str | Unset = UNSET
    confirm_id: str | Unset = UNSET
    confirm_date: str | Unset = UNSET
    confirm_msg: str | Unset = UNSET
    confirm_status: IntlEPaymentDisbursementConfirmStatus | Unset = UNSET
    """ -1 waiting for SWIFT, 0 pending, 1 retrieved, 2 failed. """
    intl_e_pmt_type: IntlEPaymentDisbursementIntlEPmtType | Unset = UNSET
    """ 0 none, 1 wire, 2 international ACH. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arrives_by_date = self.arrives_by_date

        routing_number = self.routing_number

        account_number = self.account_number

        local_amount = self.local_amount

        sent_date = self.sent_date

        trace_number = self.trace_number

        error_code = self.error_code

        returned_date = self.returned_date

        vendor_bank_data = self.vendor_bank_data

        confirm_id = self.confirm_id

        confirm_date = self.confirm_date

        confirm_msg = self.confirm_msg

        confirm_status: str | Unset = UNSET
        if not isinstance(self.confirm_status, Unset):
            confirm_status = self.confirm_status.value

        intl_e_pmt_type: str | Unset = UNSET
        if not isinstance(self.intl_e_pmt_type, Unset):
            intl_e_pmt_type = self.intl_e_pmt_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if arrives_by_date is not UNSET:
            field_dict["arrivesByDate"] = arrives_by_date
        if routing_number is not UNSET:
            field_dict["routingNumber"] = routing_number
        if account_number is not UNSET:
            field_dict["accountNumber"] = account_number
        if local_amount is not UNSET:
            field_dict["localAmount"] = local_amount
        if sent_date is not UNSET:
            field_dict["sentDate"] = sent_date
        if trace_number is not UNSET:
            field_dict["traceNumber"] = trace_number
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if returned_date is not UNSET:
            field_dict["returnedDate"] = returned_date
        if vendor_bank_data is not UNSET:
            field_dict["vendorBankData"] = vendor_bank_data
        if confirm_id is not UNSET:
            field_dict["confirmId"] = confirm_id
        if confirm_date is not UNSET:
            field_dict["confirmDate"] = confirm_date
        if confirm_msg is not UNSET:
            field_dict["confirmMsg"] = confirm_msg
        if confirm_status is not UNSET:
            field_dict["confirmStatus"] = confirm_status
        if intl_e_pmt_type is not UNSET:
            field_dict["intlEPmtType"] = intl_e_pmt_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        arrives_by_date = d.pop("arrivesByDate", UNSET)

        routing_number = d.pop("routingNumber", UNSET)

        account_number = d.pop("accountNumber", UNSET)

        local_amount = d.pop("localAmount", UNSET)

        sent_date = d.pop("sentDate", UNSET)

        trace_number = d.pop("traceNumber", UNSET)

        error_code = d.pop("errorCode", UNSET)

        returned_date = d.pop("returnedDate", UNSET)

        vendor_bank_data = d.pop("vendorBankData", UNSET)

        confirm_id = d.pop("confirmId", UNSET)

        confirm_date = d.pop("confirmDate", UNSET)

        confirm_msg = d.pop("confirmMsg", UNSET)

        _confirm_status = d.pop("confirmStatus", UNSET)
        confirm_status: IntlEPaymentDisbursementConfirmStatus | Unset
        if isinstance(_confirm_status, Unset):
            confirm_status = UNSET
        else:
            confirm_status = IntlEPaymentDisbursementConfirmStatus(_confirm_status)

        _intl_e_pmt_type = d.pop("intlEPmtType", UNSET)
        intl_e_pmt_type: IntlEPaymentDisbursementIntlEPmtType | Unset
        if isinstance(_intl_e_pmt_type, Unset):
            intl_e_pmt_type = UNSET
        else:
            intl_e_pmt_type = IntlEPaymentDisbursementIntlEPmtType(_intl_e_pmt_type)

        intl_e_payment_disbursement = cls(
            arrives_by_date=arrives_by_date,
            routing_number=routing_number,
            account_number=account_number,
            local_amount=local_amount,
            sent_date=sent_date,
            trace_number=trace_number,
            error_code=error_code,
            returned_date=returned_date,
            vendor_bank_data=vendor_bank_data,
            confirm_id=confirm_id,
            confirm_date=confirm_date,
            confirm_msg=confirm_msg,
            confirm_status=confirm_status,
            intl_e_pmt_type=intl_e_pmt_type,
        )

        intl_e_payment_disbursement.additional_properties = d
        return intl_e_payment_disbursement

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
