from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.classifications import Classifications


T = TypeVar("T", bound="CreditMemoLineItemCreate")


@_attrs_define
class CreditMemoLineItemCreate:
    """A priced line (`quantity`, default 1, times `price`) or a rate line (`ratePercent`)."""

    description: str | Unset = UNSET
    quantity: float | Unset = UNSET
    price: float | Unset = UNSET
    """ A unit price; times the quantity it gives the line's amount, rounded to cents. """
    rate_percent: float | Unset = UNSET
    """ A percentage of the lines above this one; negative for a discount. """
    taxable: bool | Unset = UNSET
    classifications: Classifications | Unset = UNSET
    """ General-ledger tags of a bill, invoice, credit or line item. """

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        quantity = self.quantity

        price = self.price

        rate_percent = self.rate_percent

        taxable = self.taxable

        classifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.classifications, Unset):
            classifications = self.classifications.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if price is not UNSET:
            field_dict["price"] = price
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
        description = d.pop("description", UNSET)

        quantity = d.pop("quantity", UNSET)

        price = d.pop("price", UNSET)

        rate_percent = d.pop("ratePercent", UNSET)

        taxable = d.pop("taxable", UNSET)

        _classifications = d.pop("classifications", UNSET)
        classifications: Classifications | Unset
        if isinstance(_classifications, Unset):
            classifications = UNSET
        else:
            classifications = Classifications.from_dict(_classifications)

        credit_memo_line_item_create = cls(
            description=description,
            quantity=quantity,
            price=price,
            rate_percent=rate_percent,
            taxable=taxable,
            classifications=classifications,
        )

        return credit_memo_line_item_create
