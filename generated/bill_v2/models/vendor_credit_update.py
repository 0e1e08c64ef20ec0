from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.active_flag import ActiveFlag
from ..models.vendor_credit_update_entity import VendorCreditUpdateEntity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vendor_credit_line_item_create import VendorCreditLineItemCreate


T = TypeVar("T", bound="VendorCreditUpdate")


@_attrs_define
class VendorCreditUpdate:
    """A whole vendor credit to write over the stored one."""

    entity: VendorCreditUpdateEntity
    id: str
    vendor_id: str
    ref_number: str
    """ The reference on the vendor's credit note. """
    credit_date: datetime.date
    """ The date on the vendor's credit note. """
    vendor_credit_line_items: list[VendorCreditLineItemCreate]
    is_active: ActiveFlag | Unset = UNSET
    """ "1" active, "2" inactive (deleted). """
    gl_posting_date: datetime.date | Unset = UNSET
    exchange_rate: float | Unset = UNSET
    description: str | Unset = UNSET
    po_number: str | Unset = UNSET
    apply_to_bank_account_id: str | Unset = UNSET
    """ Only for some BILL partners. """
    apply_to_chart_of_account_id: str | Unset = UNSET
    """ Only for some BILL partners. """

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        vendor_id = self.vendor_id

        ref_number = self.ref_number

        credit_date = self.credit_date.isoformat()

        vendor_credit_line_items = []
        for vendor_credit_line_items_item_data in self.vendor_credit_line_items:
            vendor_credit_line_items_item = vendor_credit_line_items_item_data.to_dict()
            vendor_credit_line_items.append(vendor_credit_line_items_item)

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

        gl_posting_date: str | Unset = UNSET
        if not isinstance(self.gl_posting_date, Unset):
            gl_posting_date = self.gl_posting_date.isoformat()

        exchange_rate = self.exchange_rate

        description = self.description

        po_number = self.po_number

        apply_to_bank_account_id = self.apply_to_bank_account_id

        apply_to_chart_of_account_id = self.apply_to_chart_of_account_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "entity": entity,
                "id": id,
                "vendorId": vendor_id,
                "refNumber": ref_number,
                "creditDate": credit_date,
                "vendorCreditLineItems": vendor_credit_line_items,
            }
        )
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if gl_posting_date is not UNSET:
            field_dict["glPostingDate"] = gl_posting_date
        if exchange_rate is not UNSET:
            field_dict["exchangeRate"] = exchange_rate
        if description is not UNSET:
            field_dict["description"] = description
        if po_number is not UNSET:
            field_dict["poNumber"] = po_number
        if apply_to_bank_account_id is not UNSET:
            field_dict["applyToBankAccountId"] = apply_to_bank_account_id
        if apply_to_chart_of_account_id is not UNSET:
            field_dict["applyToChartOfAccountId"] = apply_to_chart_of_account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vendor_credit_line_item_create import VendorCreditLineItemCreate  # noqa: PLC0415

        d = dict(src_dict)
        entity = VendorCreditUpdateEntity(d.pop("entity"))

        id = d.pop("id")

        vendor_id = d.pop("vendorId")

        ref_number = d.pop("refNumber")

        credit_date = datetime.date.fromisoformat(d.pop("creditDate"))

        vendor_credit_line_items = []
        _vendor_credit_line_items = d.pop("vendorCreditLineItems")
        for vendor_credit_line_items_item_data in _vendor_credit_line_items:
            vendor_credit_line_items_item = VendorCreditLineItemCreate.from_dict(vendor_credit_line_items_item_data)

            vendor_credit_line_items.append(vendor_credit_line_items_item)

        _is_active = d.pop("isActive", UNSET)
        is_active: ActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = ActiveFlag(_is_active)

        _gl_posting_date = d.pop("glPostingDate", UNSET)
        gl_posting_date: datetime.date | Unset
        if isinstance(_gl_posting_date, Unset):
            gl_posting_date = UNSET
        else:
            gl_posting_date = datetime.date.fromisoformat(_gl_posting_date)

        exchange_rate = d.pop("exchangeRate", UNSET)

        description = d.pop("description", UNSET)

        po_number = d.pop("poNumber", UNSET)

        apply_to_bank_account_id = d.pop("applyToBankAccountId", UNSET)

        apply_to_chart_of_account_id = d.pop("applyToChartOfAccountId", UNSET)

        vendor_credit_update = cls(
            entity=entity,
            id=id,
            vendor_id=vendor_id,
            ref_number=ref_number,
            credit_date=credit_date,
            vendor_credit_line_items=vendor_credit_line_items,
            is_active=is_active,
            gl_posting_date=gl_posting_date,
            exchange_rate=exchange_rate,
            description=description,
            po_number=po_number,
            apply_to_bank_account_id=apply_to_bank_account_id,
            apply_to_chart_of_account_id=apply_to_chart_of_account_id,
        )

        return vendor_credit_update
