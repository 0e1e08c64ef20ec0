from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bill_credit_create import BillCreditCreate
    from ..models.bill_pay_create import BillPayCreate


T = TypeVar("T", bound="RecordAPPaymentData")


@_attrs_define
class RecordAPPaymentData:
    """A payment made outside BILL, to record against bills."""

    process_date: datetime.date
    """ The day the payment was made. """
    to_print_check: bool
    """ Mark the check as to be printed when synced to accounting. """
    bill_pays: list[BillPayCreate]
    vendor_id: str | Unset = UNSET
    """ All bills must be this vendor's; one vendor per call. """
    chart_of_account_id: str | Unset = UNSET
    description: str | Unset = UNSET
    sync_reference: str | Unset = UNSET
    """ A reference such as the check number. """
    vendor_email: str | Unset = UNSET
    notify_vendor_paid_with_credits: bool | Unset = UNSET
    allow_export: bool | Unset = UNSET
    bill_credits: list[BillCreditCreate] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        process_date = self.process_date.isoformat()

        to_print_check = self.to_print_check

        bill_pays = []
        for bill_pays_item_data in self.bill_pays:
            bill_pays_item = bill_pays_item_data.to_dict()
            bill_pays.append(bill_pays_item)

        vendor_id = self.vendor_id

        chart_of_account_id = self.chart_of_account_id

        description = self.description

        sync_reference = self.sync_reference

        vendor_email = self.vendor_email

        notify_vendor_paid_with_credits = self.notify_vendor_paid_with_credits

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
                "processDate": process_date,
                "toPrintCheck": to_print_check,
                "billPays": bill_pays,
            }
        )
        if vendor_id is not UNSET:
            field_dict["vendorId"] = vendor_id
        if chart_of_account_id is not UNSET:
            field_dict["chartOfAccountId"] = chart_of_account_id
        if description is not UNSET:
            field_dict["description"] = description
        if sync_reference is not UNSET:
            field_dict["syncReference"] = sync_reference
        if vendor_email is not UNSET:
            field_dict["vendorEmail"] = vendor_email
        if notify_vendor_paid_with_credits is not UNSET:
            field_dict["notifyVendorPaidWithCredits"] = notify_vendor_paid_with_credits
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
        process_date = datetime.date.fromisoformat(d.pop("processDate"))

        to_print_check = d.pop("toPrintCheck")

        bill_pays = []
        _bill_pays = d.pop("billPays")
        for bill_pays_item_data in _bill_pays:
            bill_pays_item = BillPayCreate.from_dict(bill_pays_item_data)

            bill_pays.append(bill_pays_item)

        vendor_id = d.pop("vendorId", UNSET)

        chart_of_account_id = d.pop("chartOfAccountId", UNSET)

        description = d.pop("description", UNSET)

        sync_reference = d.pop("syncReference", UNSET)

        vendor_email = d.pop("vendorEmail", UNSET)

        notify_vendor_paid_with_credits = d.pop("notifyVendorPaidWithCredits", UNSET)

        allow_export = d.pop("allowExport", UNSET)

        _bill_credits = d.pop("billCredits", UNSET)
        bill_credits: list[BillCreditCreate] | Unset = UNSET
        if _bill_credits is not UNSET:
            bill_credits = []
            for bill_credits_item_data in _bill_credits:
                bill_credits_item = BillCreditCreate.from_dict(bill_credits_item_data)

                bill_credits.append(bill_credits_item)

        record_ap_payment_data = cls(
            process_date=process_date,
            to_print_check=to_print_check,
            bill_pays=bill_pays,
            vendor_id=vendor_id,
            chart_of_account_id=chart_of_account_id,
            description=description,
            sync_reference=sync_reference,
            vendor_email=vendor_email,
            notify_vendor_paid_with_credits=notify_vendor_paid_with_credits,
            allow_export=allow_export,
            bill_credits=bill_credits,
        )

        return record_ap_payment_data
