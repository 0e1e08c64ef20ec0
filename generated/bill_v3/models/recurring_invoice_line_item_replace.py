from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.classifications import Classifications


T = TypeVar("T", bound="RecurringInvoiceLineItemReplace")


@_attrs_define
class RecurringInvoiceLineItemReplace:
    """A line of a replaced template; with the `id` of an existing line it keeps that id."""

    amount: float
    """ Money in major units, such as 149.99; BILL keeps cents. The upper bound is the project's, so that sums stay
    exact: BILL documents none. """
    quantity: float
    id: str | Unset = UNSET
    """ The id of one line of an invoice, credit memo or recurring invoice. """
    price: float | Unset = UNSET
    """ A unit price; times the quantity it gives the line's amount, rounded to cents. """
    description: str | Unset = UNSET
    taxable: bool | Unset = UNSET
    classifications: Classifications | Unset = UNSET
    """ General-ledger tags of a bill, invoice, credit or line item. """

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        quantity = self.quantity

        id = self.id

        price = self.price

        description = self.description

        taxable = self.taxable

        classifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.classifications, Unset):
            classifications = self.classifications.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount": amount,
                "quantity": quantity,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if price is not UNSET:
            field_dict["price"] = price
        if description is not UNSET:
            field_dict["description"] = description
        if taxable is not UNSET:
            field_dict["taxable"] = taxable
        if classifications is not UNSET:
            field_dict["classifications"] = classifications

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.classifications import Classifications  # noqa: PLC0415

        d = dict(src_dict)
        amount = d.pop("amount")

        quantity = d.pop("quantity")

        id = d.pop("id", UNSET)

        price = d.pop("price", UNSET)

        description = d.pop("description", UNSET)

        taxable = d.pop("taxable", UNSET)

        _classifications = d.pop("classifications", UNSET)
        classifications: Classifications | Unset
        if isinstance(_classifications, Unset):
            classifications = UNSET
        else:
            classifications = Classifications.from_dict(_classifications)

        recurring_invoice_line_item_replace = cls(
            amount=amount,
            quantity=quantity,
            id=id,
            price=price,
            description=description,
            taxable=taxable,
            classifications=classifications,
        )

        return recurring_invoice_line_item_replace
