from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vendor_credit_line_item_create import VendorCreditLineItemCreate


T = TypeVar("T", bound="VendorCreditCreate")


@_attrs_define
class VendorCreditCreate:
    vendor_id: str
    """ BILL vendor id (prefix `009`). """
    reference_number: str
    """ Your own number for the credit. """
    credit_date: datetime.date
    vendor_credit_line_items: list[VendorCreditLineItemCreate]
    description: str | Unset = UNSET
    apply_to_chart_of_account_id: str | Unset = UNSET
    """ A general-ledger account id (prefix `0ca`). """
    apply_to_bank_account_id: str | Unset = UNSET
    """ A bank account of the organization (prefix `bac`). """

    def to_dict(self) -> dict[str, Any]:
        vendor_id = self.vendor_id

        reference_number = self.reference_number

        credit_date = self.credit_date.isoformat()

        vendor_credit_line_items = []
        for vendor_credit_line_items_item_data in self.vendor_credit_line_items:
            vendor_credit_line_items_item = vendor_credit_line_items_item_data.to_dict()
            vendor_credit_line_items.append(vendor_credit_line_items_item)

        description = self.description

        apply_to_chart_of_account_id = self.apply_to_chart_of_account_id

        apply_to_bank_account_id = self.apply_to_bank_account_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "vendorId": vendor_id,
                "referenceNumber": reference_number,
                "creditDate": credit_date,
                "vendorCreditLineItems": vendor_credit_line_items,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if apply_to_chart_of_account_id is not UNSET:
            field_dict["applyToChartOfAccountId"] = apply_to_chart_of_account_id
        if apply_to_bank_account_id is not UNSET:
            field_dict["applyToBankAccountId"] = apply_to_bank_account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vendor_credit_line_item_create import VendorCreditLineItemCreate  # noqa: PLC0415

        d = dict(src_dict)
        vendor_id = d.pop("vendorId")

        reference_number = d.pop("referenceNumber")

        credit_date = datetime.date.fromisoformat(d.pop("creditDate"))

        vendor_credit_line_items = []
        _vendor_credit_line_items = d.pop("vendorCreditLineItems")
        for vendor_credit_line_items_item_data in _vendor_credit_line_items:
            vendor_credit_line_items_item = VendorCreditLineItemCreate.from_dict(vendor_credit_line_items_item_data)

            vendor_credit_line_items.append(vendor_credit_line_items_item)

        description = d.pop("description", UNSET)

        apply_to_chart_of_account_id = d.pop("applyToChartOfAccountId", UNSET)

        apply_to_bank_account_id = d.pop("applyToBankAccountId", UNSET)

        vendor_credit_create = cls(
            vendor_id=vendor_id,
            reference_number=reference_number,
            credit_date=credit_date,
            vendor_credit_line_items=vendor_credit_line_items,
            description=description,
            apply_to_chart_of_account_id=apply_to_chart_of_account_id,
            apply_to_bank_account_id=apply_to_bank_account_id,
        )

        return vendor_credit_create
