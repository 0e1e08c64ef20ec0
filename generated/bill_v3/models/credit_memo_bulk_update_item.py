from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.classifications import Classifications
    from ..models.credit_memo_line_item_change import CreditMemoLineItemChange


T = TypeVar("T", bound="CreditMemoBulkUpdateItem")


@_attrs_define
class CreditMemoBulkUpdateItem:
    id: str
    """ BILL credit memo id (prefix `ccr`). """
    customer_id: str | Unset = UNSET
    """ BILL customer id (prefix `0cu`). """
    reference_number: str | Unset = UNSET
    credit_date: datetime.date | Unset = UNSET
    description: str | Unset = UNSET
    credit_memo_line_items: list[CreditMemoLineItemChange] | Unset = UNSET
    sales_tax_item_id: str | Unset = UNSET
    pay_to_chart_of_account_id: str | Unset = UNSET
    pay_to_bank_account_id: str | Unset = UNSET
    classifications: Classifications | Unset = UNSET
    """ General-ledger tags of a bill, invoice, credit or line item. """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        customer_id = self.customer_id

        reference_number = self.reference_number

        credit_date: str | Unset = UNSET
        if not isinstance(self.credit_date, Unset):
            credit_date = self.credit_date.isoformat()

        description = self.description

        credit_memo_line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.credit_memo_line_items, Unset):
            credit_memo_line_items = []
            for credit_memo_line_items_item_data in self.credit_memo_line_items:
                credit_memo_line_items_item = credit_memo_line_items_item_data.to_dict()
                credit_memo_line_items.append(credit_memo_line_items_item)

        sales_tax_item_id = self.sales_tax_item_id

        pay_to_chart_of_account_id = self.pay_to_chart_of_account_id

        pay_to_bank_account_id = self.pay_to_bank_account_id

        classifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.classifications, Unset):
            classifications = self.classifications.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if reference_number is not UNSET:
            field_dict["referenceNumber"] = reference_number
        if credit_date is not UNSET:
            field_dict["creditDate"] = credit_date
        if description is not UNSET:
            field_dict["description"] = description
        if credit_memo_line_items is not UNSET:
            field_dict["creditMemoLineItems"] = credit_memo_line_items
        if sales_tax_item_id is not UNSET:
            field_dict["salesTaxItemId"] = sales_tax_item_id
        if pay_to_chart_of_account_id is not UNSET:
            field_dict["payToChartOfAccountId"] = pay_to_chart_of_account_id
        if pay_to_bank_account_id is not UNSET:
            field_dict["payToBankAccountId"] = pay_to_bank_account_id
        if classifications is not UNSET:
            field_dict["classifications"] = classifications

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.classifications import Classifications  # noqa: PLC0415
        from ..models.credit_memo_line_item_change import CreditMemoLineItemChange  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        customer_id = d.pop("customerId", UNSET)

        reference_number = d.pop("referenceNumber", UNSET)

        _credit_date = d.pop("creditDate", UNSET)
        credit_date: datetime.date | Unset
        if isinstance(_credit_date, Unset):
            credit_date = UNSET
        else:
            credit_date = datetime.date.fromisoformat(_credit_date)

        description = d.pop("description", UNSET)

        _credit_memo_line_items = d.pop("creditMemoLineItems", UNSET)
        credit_memo_line_items: list[CreditMemoLineItemChange] | Unset = UNSET
        if _credit_memo_line_items is not UNSET:
            credit_memo_line_items = []
            for credit_memo_line_items_item_data in _credit_memo_line_items:
                credit_memo_line_items_item = CreditMemoLineItemChange.from_dict(credit_memo_line_items_item_data)

                credit_memo_line_items.append(credit_memo_line_items_item)

        sales_tax_item_id = d.pop("salesTaxItemId", UNSET)

        pay_to_chart_of_account_id = d.pop("payToChartOfAccountId", UNSET)

        pay_to_bank_account_id = d.pop("payToBankAccountId", UNSET)

        _classifications = d.pop("classifications", UNSET)
        classifications: Classifications | Unset
        if isinstance(_classifications, Unset):
            classifications = UNSET
        else:
            classifications = Classifications.from_dict(_classifications)

        credit_memo_bulk_update_item = cls(
            id=id,
            customer_id=customer_id,
            reference_number=reference_number,
            credit_date=credit_date,
            description=description,
            credit_memo_line_items=credit_memo_line_items,
            sales_tax_item_id=sales_tax_item_id,
            pay_to_chart_of_account_id=pay_to_chart_of_account_id,
            pay_to_bank_account_id=pay_to_bank_account_id,
            classifications=classifications,
        )

        return credit_memo_bulk_update_item
