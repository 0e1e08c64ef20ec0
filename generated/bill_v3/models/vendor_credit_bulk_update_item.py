from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vendor_credit_line_item_change import VendorCreditLineItemChange


T = TypeVar("T", bound="VendorCreditBulkUpdateItem")


@_attrs_define
class VendorCreditBulkUpdateItem:
    id: str
    """ BILL vendor credit id (prefix `vcr`). """
    vendor_id: str | Unset = UNSET
    """ BILL vendor id (prefix `009`). """
    reference_number: str | Unset = UNSET
    """ Your own number for the credit. """
    credit_date: datetime.date | Unset = UNSET
    description: str | Unset = UNSET
    apply_to_chart_of_account_id: str | Unset = UNSET
    """ A general-ledger account id (prefix `0ca`). """
    apply_to_bank_account_id: str | Unset = UNSET
    """ A bank account of the organization (prefix `bac`). """
    vendor_credit_line_items: list[VendorCreditLineItemChange] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        vendor_id = self.vendor_id

        reference_number = self.reference_number

        credit_date: str | Unset = UNSET
        if not isinstance(self.credit_date, Unset):
            credit_date = self.credit_date.isoformat()

        description = self.description

        apply_to_chart_of_account_id = self.apply_to_chart_of_account_id

        apply_to_bank_account_id = self.apply_to_bank_account_id

        vendor_credit_line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vendor_credit_line_items, Unset):
            vendor_credit_line_items = []
            for vendor_credit_line_items_item_data in self.vendor_credit_line_items:
                vendor_credit_line_items_item = vendor_credit_line_items_item_data.to_dict()
                vendor_credit_line_items.append(vendor_credit_line_items_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )
        if vendor_id is not UNSET:
            field_dict["vendorId"] = vendor_id
        if reference_number is not UNSET:
            field_dict["referenceNumber"] = reference_number
        if credit_date is not UNSET:
            field_dict["creditDate"] = credit_date
        if description is not UNSET:
            field_dict["description"] = description
        if apply_to_chart_of_account_id is not UNSET:
            field_dict["applyToChartOfAccountId"] = apply_to_chart_of_account_id
        if apply_to_bank_account_id is not UNSET:
            field_dict["applyToBankAccountId"] = apply_to_bank_account_id
        if vendor_credit_line_items is not UNSET:
            field_dict["vendorCreditLineItems"] = vendor_credit_line_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vendor_credit_line_item_change import VendorCreditLineItemChange  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        vendor_id = d.pop("vendorId", UNSET)

        reference_number = d.pop("referenceNumber", UNSET)

        _credit_date = d.pop("creditDate", UNSET)
        credit_date: datetime.date | Unset
        if isinstance(_credit_date, Unset):
            credit_date = UNSET
        else:
            credit_date = datetime.date.fromisoformat(_credit_date)

        description = d.pop("description", UNSET)

        apply_to_chart_of_account_id = d.pop("applyToChartOfAccountId", UNSET)

        apply_to_bank_account_id = d.pop("applyToBankAccountId", UNSET)

        _vendor_credit_line_items = d.pop("vendorCreditLineItems", UNSET)
        vendor_credit_line_items: list[VendorCreditLineItemChange] | Unset = UNSET
        if _vendor_credit_line_items is not UNSET:
            vendor_credit_line_items = []
            for vendor_credit_line_items_item_data in _vendor_credit_line_items:
                vendor_credit_line_items_item = VendorCreditLineItemChange.from_dict(vendor_credit_line_items_item_data)

                vendor_credit_line_items.append(vendor_credit_line_items_item)

        vendor_credit_bulk_update_item = cls(
            id=id,
            vendor_id=vendor_id,
            reference_number=reference_number,
            credit_date=credit_date,
            description=description,
            apply_to_chart_of_account_id=apply_to_chart_of_account_id,
            apply_to_bank_account_id=apply_to_bank_account_id,
            vendor_credit_line_items=vendor_credit_line_items,
        )

        return vendor_credit_bulk_update_item
