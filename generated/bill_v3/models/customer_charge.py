from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_charge_invoice import CustomerChargeInvoice
    from ..models.customer_funding_account import CustomerFundingAccount


T = TypeVar("T", bound="CustomerCharge")


@_attrs_define
class CustomerCharge:
    customer_id: str
    """ BILL customer id (prefix `0cu`). """
    funding_account: CustomerFundingAccount
    """ The customer account the money is drawn from. """
    invoice_payments: list[CustomerChargeInvoice]
    description: str | Unset = UNSET
    """ Shown on the customer's bank statement. """
    payment_date: datetime.date | Unset = UNSET
    """ When the money is drawn; today or later. """

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        funding_account = self.funding_account.to_dict()

        invoice_payments = []
        for invoice_payments_item_data in self.invoice_payments:
            invoice_payments_item = invoice_payments_item_data.to_dict()
            invoice_payments.append(invoice_payments_item)

        description = self.description

        payment_date: str | Unset = UNSET
        if not isinstance(self.payment_date, Unset):
            payment_date = self.payment_date.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "customerId": customer_id,
                "fundingAccount": funding_account,
                "invoicePayments": invoice_payments,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if payment_date is not UNSET:
            field_dict["paymentDate"] = payment_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_charge_invoice import CustomerChargeInvoice  # noqa: PLC0415
        from ..models.customer_funding_account import CustomerFundingAccount  # noqa: PLC0415

        d = dict(src_dict)
        customer_id = d.pop("customerId")

        funding_account = CustomerFundingAccount.from_dict(d.pop("fundingAccount"))

        invoice_payments = []
        _invoice_payments = d.pop("invoicePayments")
        for invoice_payments_item_data in _invoice_payments:
            invoice_payments_item = CustomerChargeInvoice.from_dict(invoice_payments_item_data)

            invoice_payments.append(invoice_payments_item)

        description = d.pop("description", UNSET)

        _payment_date = d.pop("paymentDate", UNSET)
        payment_date: datetime.date | Unset
        if isinstance(_payment_date, Unset):
            payment_date = UNSET
        else:
            payment_date = datetime.date.fromisoformat(_payment_date)

        customer_charge = cls(
            customer_id=customer_id,
            funding_account=funding_account,
            invoice_payments=invoice_payments,
            description=description,
            payment_date=payment_date,
        )

        return customer_charge
