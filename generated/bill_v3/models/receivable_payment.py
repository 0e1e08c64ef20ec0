from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.receivable_payment_account import ReceivablePaymentAccount
    from ..models.receivable_payment_invoice import ReceivablePaymentInvoice


T = TypeVar("T", bound="ReceivablePayment")


@_attrs_define
class ReceivablePayment:
    id: str
    customer_id: str | Unset = UNSET
    amount: float | Unset = UNSET
    unapplied_amount: float | Unset = UNSET
    convenience_fee_amount: float | Unset = UNSET
    invoice_payments: list[ReceivablePaymentInvoice] | Unset = UNSET
    description: str | Unset = UNSET
    payment_date: datetime.date | Unset = UNSET
    funding_account: ReceivablePaymentAccount | Unset = UNSET
    receivables_account: ReceivablePaymentAccount | Unset = UNSET
    receivables_type: str | Unset = UNSET
    status: str | Unset = UNSET
    """ For example PAID or VOID. """
    reference_number: str | Unset = UNSET
    online_payment: bool | Unset = UNSET
    """ True for a charge """
    created_time: datetime.datetime | Unset = UNSET
    updated_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        customer_id = self.customer_id

        amount = self.amount

        unapplied_amount = self.unapplied_amount

        convenience_fee_amount = self.convenience_fee_amount

        invoice_payments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoice_payments, Unset):
            invoice_payments = []
            for invoice_payments_item_data in self.invoice_payments:
                invoice_payments_item = invoice_payments_item_data.to_dict()
                invoice_payments.append(invoice_payments_item)

        description = self.description

        payment_date: str | Unset = UNSET
        if not isinstance(self.payment_date, Unset):
            payment_date = self.payment_date.isoformat()

        funding_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.funding_account, Unset):
            funding_account = self.funding_account.to_dict()

        receivables_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.receivables_account, Unset):
            receivables_account = self.receivables_account.to_dict()

        receivables_type = self.receivables_type

        status = self.status

        reference_number = self.reference_number

        online_payment = self.online_payment

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
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if unapplied_amount is not UNSET:
            field_dict["unappliedAmount"] = unapplied_amount
        if convenience_fee_amount is not UNSET:
            field_dict["convenienceFeeAmount"] = convenience_fee_amount
        if invoice_payments is not UNSET:
            field_dict["invoicePayments"] = invoice_payments
        if description is not UNSET:
            field_dict["description"] = description
        if payment_date is not UNSET:
            field_dict["paymentDate"] = payment_date
        if funding_account is not UNSET:
            field_dict["fundingAccount"] = funding_account
        if receivables_account is not UNSET:
            field_dict["receivablesAccount"] = receivables_account
        if receivables_type is not UNSET:
            field_dict["receivablesType"] = receivables_type
        if status is not UNSET:
            field_dict["status"] = status
        if reference_number is not UNSET:
            field_dict["referenceNumber"] = reference_number
        if online_payment is not UNSET:
            field_dict["onlinePayment"] = online_payment
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.receivable_payment_account import ReceivablePaymentAccount  # noqa: PLC0415
        from ..models.receivable_payment_invoice import ReceivablePaymentInvoice  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        customer_id = d.pop("customerId", UNSET)

        amount = d.pop("amount", UNSET)

        unapplied_amount = d.pop("unappliedAmount", UNSET)

        convenience_fee_amount = d.pop("convenienceFeeAmount", UNSET)

        _invoice_payments = d.pop("invoicePayments", UNSET)
        invoice_payments: list[ReceivablePaymentInvoice] | Unset = UNSET
        if _invoice_payments is not UNSET:
            invoice_payments = []
            for invoice_payments_item_data in _invoice_payments:
                invoice_payments_item = ReceivablePaymentInvoice.from_dict(invoice_payments_item_data)

                invoice_payments.append(invoice_payments_item)

        description = d.pop("description", UNSET)

        _payment_date = d.pop("paymentDate", UNSET)
        payment_date: datetime.date | Unset
        if isinstance(_payment_date, Unset):
            payment_date = UNSET
        else:
            payment_date = datetime.date.fromisoformat(_payment_date)

        _funding_account = d.pop("fundingAccount", UNSET)
        funding_account: ReceivablePaymentAccount | Unset
        if isinstance(_funding_account, Unset):
            funding_account = UNSET
        else:
            funding_account = ReceivablePaymentAccount.from_dict(_funding_account)

        _receivables_account = d.pop("receivablesAccount", UNSET)
        receivables_account: ReceivablePaymentAccount | Unset
        if isinstance(_receivables_account, Unset):
            receivables_account = UNSET
        else:
            receivables_account = ReceivablePaymentAccount.from_dict(_receivables_account)

        receivables_type = d.pop("receivablesType", UNSET)

        status = d.pop("status", UNSET)

        reference_number = d.pop("referenceNumber", UNSET)

        online_payment = d.pop("onlinePayment", UNSET)

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

        receivable_payment = cls(
            id=id,
            customer_id=customer_id,
            amount=amount,
            unapplied_amount=unapplied_amount,
            convenience_fee_amount=convenience_fee_amount,
            invoice_payments=invoice_payments,
            description=description,
            payment_date=payment_date,
            funding_account=funding_account,
            receivables_account=receivables_account,
            receivables_type=receivables_type,
            status=status,
            reference_number=reference_number,
            online_payment=online_payment,
            created_time=created_time,
            updated_time=updated_time,
        )

        receivable_payment.additional_properties = d
        return receivable_payment

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
