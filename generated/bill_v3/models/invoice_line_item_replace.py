from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.classifications import Classifications


T = TypeVar("T", bound="InvoiceLineItemReplace")


@_attrs_define
class InvoiceLineItemReplace:
    """A line of a replaced invoice; with the `id` of an existing line it keeps that id."""

    quantity: float
    id: str | Unset = UNSET
    """ The id of one line of an invoice, credit memo or recurring invoice. """
    price: float | Unset = UNSET
    """ A unit price; times the quantity it gives the line's amount, rounded to cents. """
    description: str | Unset = UNSET
    classifications: Classifications | Unset = UNSET
    """ General-ledger tags of a bill, invoice, credit or line item. """

    def to_dict(self) -> dict[str, Any]:
        quantity = self.quantity

        id = self.id

        price = self.price

        description = self.description

        classifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.classifications, Unset):
            classifications = self.classifications.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "quantity": quantity,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if price is not UNSET:
            field_dict["price"] = price
        if description is not UNSET:
            field_dict["description"] = description
        if classifications is not UNSET:
            field_dict["classifications"] = classifications

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.classifications import Classifications  # noqa: PLC0415

        d = dict(src_dict)
        quantity = d.pop("quantity")

        id = d.pop("id", UNSET)

        price = d.pop("price", UNSET)

        description = d.pop("description", UNSET)

        _classifications = d.pop("classifications", UNSET)
        classifications: Classifications | Unset
        if isinstance(_classifications, Unset):
            classifications = UNSET
        else:
            classifications = Classifications.from_dict(_classifications)

        invoice_line_item_replace = cls(
            quantity=quantity,
            id=id,
            price=price,
            description=description,
            classifications=classifications,
        )

        return invoice_line_item_replace
