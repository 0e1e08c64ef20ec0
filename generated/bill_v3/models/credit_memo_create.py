from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.classifications import Classifications
    from ..models.credit_memo_line_item_create import CreditMemoLineItemCreate


T = TypeVar("T", bound="CreditMemoCreate")


@_attrs_define
class CreditMemoCreate:
    customer_id: str
    """ BILL customer id (prefix `0cu`). """
    reference_number: str
    credit_date: datetime.date
    credit_memo_line_items: list[CreditMemoLineItemCreate]
    description: str | Unset = UNSET
    sales_tax_item_id: str | Unset = UNSET
    pay_to_chart_of_account_id: str | Unset = UNSET
    """ The account the credit is booked to; send this or payToBankAccountId, not both. """
    pay_to_bank_account_id: str | Unset = UNSET
    """ The organization bank account the credit is booked to; send this or payToChartOfAccountId. """
    classifications: Classifications | Unset = UNSET
    """ General-ledger tags of a bill, invoice, credit or line item. """

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        reference_number = self.reference_number

        credit_date = self.credit_date.isoformat()

        credit_memo_line_items = []
        for credit_memo_line_items_item_data in self.credit_memo_line_items:
            credit_memo_line_items_item = credit_memo_line_items_item_data.to_dict()
            credit_memo_line_items.append(credit_memo_line_items_item)

        description = self.description

        sales_tax_item_id = self.sales_tax_item_id

        pay_to_chart_of_account_id = self.pay_to_chart_of_account_id

        pay_to_bank_account_id = self.pay_to_bank_account_id

        classifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.classifications, Unset):
            classifications = self.classifications.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "customerId": customer_id,
                "referenceNumber": reference_number,
                "creditDate": credit_date,
                "creditMemoLineItems": credit_memo_line_items,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
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
        from ..models.credit_memo_line_item_create import CreditMemoLineItemCreate  # noqa: PLC0415

        d = dict(src_dict)
        customer_id = d.pop("customerId")

        reference_number = d.pop("referenceNumber")

        credit_date = datetime.date.fromisoformat(d.pop("creditDate"))

        credit_memo_line_items = []
        _credit_memo_line_items = d.pop("creditMemoLineItems")
        for credit_memo_line_items_item_data in _credit_memo_line_items:
            credit_memo_line_items_item = CreditMemoLineItemCreate.from_dict(credit_memo_line_items_item_data)

            credit_memo_line_items.append(credit_memo_line_items_item)

        description = d.pop("description", UNSET)

        sales_tax_item_id = d.pop("salesTaxItemId", UNSET)

        pay_to_chart_of_account_id = d.pop("payToChartOfAccountId", UNSET)

        pay_to_bank_account_id = d.pop("payToBankAccountId", UNSET)

        _classifications = d.pop("classifications", UNSET)
        classifications: Classifications | Unset
        if isinstance(_classifications, Unset):
            classifications = UNSET
        else:
            classifications = Classifications.from_dict(_classifications)

        credit_memo_create = cls(
            customer_id=customer_id,
            reference_number=reference_number,
            credit_date=credit_date,
            credit_memo_line_items=credit_memo_line_items,
            description=description,
            sales_tax_item_id=sales_tax_item_id,
            pay_to_chart_of_account_id=pay_to_chart_of_account_id,
            pay_to_bank_account_id=pay_to_bank_account_id,
            classifications=classifications,
        )

        return credit_memo_create
