from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vendor_credit_line_item import VendorCreditLineItem
    from ..models.vendor_credit_usage import VendorCreditUsage


T = TypeVar("T", bound="VendorCredit")


@_attrs_define
class VendorCredit:
    id: str
    archived: bool | Unset = UNSET
    vendor_id: str | Unset = UNSET
    reference_number: str | Unset = UNSET
    credit_date: datetime.date | Unset = UNSET
    description: str | Unset = UNSET
    apply_to_chart_of_account_id: str | Unset = UNSET
    apply_to_bank_account_id: str | Unset = UNSET
    amount: float | Unset = UNSET
    """ The sum of the credit's lines. """
    applied_amount: float | Unset = UNSET
    """ How much of the credit bills have used. """
    status: str | Unset = UNSET
    """ How much of the credit is used: NOT_APPLIED, PARTIALLY_APPLIED or FULLY_APPLIED. """
    vendor_credit_line_items: list[VendorCreditLineItem] | Unset = UNSET
    usage: list[VendorCreditUsage] | Unset = UNSET
    created_time: datetime.datetime | Unset = UNSET
    updated_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        archived = self.archived

        vendor_id = self.vendor_id

        reference_number = self.reference_number

        credit_date: str | Unset = UNSET
        if not isinstance(self.credit_date, Unset):
            credit_date = self.credit_date.isoformat()

        description = self.description

        apply_to_chart_of_account_id = self.apply_to_chart_of_account_id

        apply_to_bank_account_id = self.apply_to_bank_account_id

        amount = self.amount

        applied_amount = self.applied_amount

        status = self.status

        vendor_credit_line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vendor_credit_line_items, Unset):
            vendor_credit_line_items = []
            for vendor_credit_line_items_item_data in self.vendor_credit_line_items:
                vendor_credit_line_items_item = vendor_credit_line_items_item_data.to_dict()
                vendor_credit_line_items.append(vendor_credit_line_items_item)

        usage: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = []
            for usage_item_data in self.usage:
                usage_item = usage_item_data.to_dict()
                usage.append(usage_item)

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
        if archived is not UNSET:
            field_dict["archived"] = archived
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
        if amount is not UNSET:
            field_dict["amount"] = amount
        if applied_amount is not UNSET:
            field_dict["appliedAmount"] = applied_amount
        if status is not UNSET:
            field_dict["status"] = status
        if vendor_credit_line_items is not UNSET:
            field_dict["vendorCreditLineItems"] = vendor_credit_line_items
        if usage is not UNSET:
            field_dict["usage"] = usage
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vendor_credit_line_item import VendorCreditLineItem  # noqa: PLC0415
        from ..models.vendor_credit_usage import VendorCreditUsage  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        archived = d.pop("archived", UNSET)

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

        amount = d.pop("amount", UNSET)

        applied_amount = d.pop("appliedAmount", UNSET)

        status = d.pop("status", UNSET)

        _vendor_credit_line_items = d.pop("vendorCreditLineItems", UNSET)
        vendor_credit_line_items: list[VendorCreditLineItem] | Unset = UNSET
        if _vendor_credit_line_items is not UNSET:
            vendor_credit_line_items = []
            for vendor_credit_line_items_item_data in _vendor_credit_line_items:
                vendor_credit_line_items_item = VendorCreditLineItem.from_dict(vendor_credit_line_items_item_data)

                vendor_credit_line_items.append(vendor_credit_line_items_item)

        _usage = d.pop("usage", UNSET)
        usage: list[VendorCreditUsage] | Unset = UNSET
        if _usage is not UNSET:
            usage = []
            for usage_item_data in _usage:
                usage_item = VendorCreditUsage.from_dict(usage_item_data)

                usage.append(usage_item)

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

        vendor_credit = cls(
            id=id,
            archived=archived,
            vendor_id=vendor_id,
            reference_number=reference_number,
            credit_date=credit_date,
            description=description,
            apply_to_chart_of_account_id=apply_to_chart_of_account_id,
            apply_to_bank_account_id=apply_to_bank_account_id,
            amount=amount,
            applied_amount=applied_amount,
            status=status,
            vendor_credit_line_items=vendor_credit_line_items,
            usage=usage,
            created_time=created_time,
            updated_time=updated_time,
        )

        vendor_credit.additional_properties = d
        return vendor_credit

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
