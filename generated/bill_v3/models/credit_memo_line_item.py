from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.classifications import Classifications


T = TypeVar("T", bound="CreditMemoLineItem")


@_attrs_define
class CreditMemoLineItem:
    id: str | Unset = UNSET
    description: str | Unset = UNSET
    quantity: float | Unset = UNSET
    price: float | Unset = UNSET
    amount: float | Unset = UNSET
    rate_percent: float | Unset = UNSET
    taxable: bool | Unset = UNSET
    classifications: Classifications | Unset = UNSET
    """ General-ledger tags of a bill, invoice, credit or line item. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        quantity = self.quantity

        price = self.price

        amount = self.amount

        rate_percent = self.rate_percent

        taxable = self.taxable

        classifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.classifications, Unset):
            classifications = self.classifications.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if price is not UNSET:
            field_dict["price"] = price
        if amount is not UNSET:
            field_dict["amount"] = amount
        if rate_percent is not UNSET:
            field_dict["ratePercent"] = rate_percent
        if taxable is not UNSET:
            field_dict["taxable"] = taxable
        if classifications is not UNSET:
            field_dict["classifications"] = classifications

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.classifications import Classifications  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        description = d.pop("description", UNSET)

        quantity = d.pop("quantity", UNSET)

        price = d.pop("price", UNSET)

        amount = d.pop("amount", UNSET)

        rate_percent = d.pop("ratePercent", UNSET)

        taxable = d.pop("taxable", UNSET)

        _classifications = d.pop("classifications", UNSET)
        classifications: Classifications | Unset
        if isinstance(_classifications, Unset):
            classifications = UNSET
        else:
            classifications = Classifications.from_dict(_classifications)

        credit_memo_line_item = cls(
            id=id,
            description=description,
            quantity=quantity,
            price=price,
            amount=amount,
            rate_percent=rate_percent,
            taxable=taxable,
            classifications=classifications,
        )

        credit_memo_line_item.additional_properties = d
        return credit_memo_line_item

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
