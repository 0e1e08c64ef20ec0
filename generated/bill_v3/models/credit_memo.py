from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.classifications import Classifications
    from ..models.credit_memo_line_item import CreditMemoLineItem
    from ..models.credit_memo_usage import CreditMemoUsage


T = TypeVar("T", bound="CreditMemo")


@_attrs_define
class CreditMemo:
    id: str
    customer_id: str | Unset = UNSET
    reference_number: str | Unset = UNSET
    credit_date: datetime.date | Unset = UNSET
    description: str | Unset = UNSET
    archived: bool | Unset = UNSET
    sales_tax_item_id: str | Unset = UNSET
    pay_to_chart_of_account_id: str | Unset = UNSET
    pay_to_bank_account_id: str | Unset = UNSET
    amount: float | Unset = UNSET
    """ The sum of the lines. """
    applied_amount: float | Unset = UNSET
    """ What invoices have used so far. """
    sales_tax_total: float | Unset = UNSET
    sales_tax_percentage: float | Unset = UNSET
    status: str | Unset = UNSET
    """ NOT_APPLIED, PARTIALLY_APPLIED or FULLY_APPLIED. """
    credit_memo_line_items: list[CreditMemoLineItem] | Unset = UNSET
    classifications: Classifications | Unset = UNSET
    """ General-ledger tags of a bill, invoice, credit or line item. """
    usage: list[CreditMemoUsage] | Unset = UNSET
    created_time: datetime.datetime | Unset = UNSET
    updated_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        customer_id = self.customer_id

        reference_number = self.reference_number

        credit_date: str | Unset = UNSET
        if not isinstance(self.credit_date, Unset):
            credit_date = self.credit_date.isoformat()

        description = self.description

        archived = self.archived

        sales_tax_item_id = self.sales_tax_item_id

        pay_to_chart_of_account_id = self.pay_to_chart_of_account_id

        pay_to_bank_account_id = self.pay_to_bank_account_id

        amount = self.amount

        applied_amount = self.applied_amount

        sales_tax_total = self.sales_tax_total

        sales_tax_percentage = self.sales_tax_percentage

        status = self.status

        credit_memo_line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.credit_memo_line_items, Unset):
            credit_memo_line_items = []
            for credit_memo_line_items_item_data in self.credit_memo_line_items:
                credit_memo_line_items_item = credit_memo_line_items_item_data.to_dict()
                credit_memo_line_items.append(credit_memo_line_items_item)

        classifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.classifications, Unset):
            classifications = self.classifications.to_dict()

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
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if reference_number is not UNSET:
            field_dict["referenceNumber"] = reference_number
        if credit_date is not UNSET:
            field_dict["creditDate"] = credit_date
        if description is not UNSET:
            field_dict["description"] = description
        if archived is not UNSET:
            field_dict["archived"] = archived
        if sales_tax_item_id is not UNSET:
            field_dict["salesTaxItemId"] = sales_tax_item_id
        if pay_to_chart_of_account_id is not UNSET:
            field_dict["payToChartOfAccountId"] = pay_to_chart_of_account_id
        if pay_to_bank_account_id is not UNSET:
            field_dict["payToBankAccountId"] = pay_to_bank_account_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if applied_amount is not UNSET:
            field_dict["appliedAmount"] = applied_amount
        if sales_tax_total is not UNSET:
            field_dict["salesTaxTotal"] = sales_tax_total
        if sales_tax_percentage is not UNSET:
            field_dict["salesTaxPercentage"] = sales_tax_percentage
        if status is not UNSET:
            field_dict["status"] = status
        if credit_memo_line_items is not UNSET:
            field_dict["creditMemoLineItems"] = credit_memo_line_items
        if classifications is not UNSET:
            field_dict["classifications"] = classifications
        if usage is not UNSET:
            field_dict["usage"] = usage
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.classifications import Classifications  # noqa: PLC0415
        from ..models.credit_memo_line_item import CreditMemoLineItem  # noqa: PLC0415
        from ..models.credit_memo_usage import CreditMemoUsage  # noqa: PLC0415

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

        archived = d.pop("archived", UNSET)

        sales_tax_item_id = d.pop("salesTaxItemId", UNSET)

        pay_to_chart_of_account_id = d.pop("payToChartOfAccountId", UNSET)

        pay_to_bank_account_id = d.pop("payToBankAccountId", UNSET)

        amount = d.pop("amount", UNSET)

        applied_amount = d.pop("appliedAmount", UNSET)

        sales_tax_total = d.pop("salesTaxTotal", UNSET)

        sales_tax_percentage = d.pop("salesTaxPercentage", UNSET)

        status = d.pop("status", UNSET)

        _credit_memo_line_items = d.pop("creditMemoLineItems", UNSET)
        credit_memo_line_items: list[CreditMemoLineItem] | Unset = UNSET
        if _credit_memo_line_items is not UNSET:
            credit_memo_line_items = []
            for credit_memo_line_items_item_data in _credit_memo_line_items:
                credit_memo_line_items_item = CreditMemoLineItem.from_dict(credit_memo_line_items_item_data)

                credit_memo_line_items.append(credit_memo_line_items_item)

        _classifications = d.pop("classifications", UNSET)
        classifications: Classifications | Unset
        if isinstance(_classifications, Unset):
            classifications = UNSET
        else:
            classifications = Classifications.from_dict(_classifications)

        _usage = d.pop("usage", UNSET)
        usage: list[CreditMemoUsage] | Unset = UNSET
        if _usage is not UNSET:
            usage = []
            for usage_item_data in _usage:
                usage_item = CreditMemoUsage.from_dict(usage_item_data)

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

        credit_memo = cls(
            id=id,
            customer_id=customer_id,
            reference_number=reference_number,
            credit_date=credit_date,
            description=description,
            archived=archived,
            sales_tax_item_id=sales_tax_item_id,
            pay_to_chart_of_account_id=pay_to_chart_of_account_id,
            pay_to_bank_account_id=pay_to_bank_account_id,
            amount=amount,
            applied_amount=applied_amount,
            sales_tax_total=sales_tax_total,
            sales_tax_percentage=sales_tax_percentage,
            status=status,
            credit_memo_line_items=credit_memo_line_items,
            classifications=classifications,
            usage=usage,
            created_time=created_time,
            updated_time=updated_time,
        )

        credit_memo.additional_properties = d
        return credit_memo

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
