from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.classifications import Classifications


T = TypeVar("T", bound="BillLineItemChange")


@_attrs_define
class BillLineItemChange:
    """With the `id` of one of the bill's lines it changes that line; without an id it is a new line and needs an `amount`,
    or a `quantity` and a `price`.

    """

    id: str | Unset = UNSET
    """ The id of one line of a bill, vendor credit or recurring bill. """
    amount: float | Unset = UNSET
    """ Money in major units, such as 149.99; BILL keeps cents. The upper bound is the project's, so that sums stay
    exact: BILL documents none. """
    quantity: float | Unset = UNSET
    price: float | Unset = UNSET
    """ A unit price; times the quantity it gives the line's amount, rounded to cents. """
    description: str | Unset = UNSET
    classifications: Classifications | Unset = UNSET
    """ General-ledger tags of a bill, invoice, credit or line item. """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        quantity = self.quantity

        price = self.price

        description = self.description

        classifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.classifications, Unset):
            classifications = self.classifications.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
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
        id = d.pop("id", UNSET)

        amount = d.pop("amount", UNSET)

        quantity = d.pop("quantity", UNSET)

        price = d.pop("price", UNSET)

        description = d.pop("description", UNSET)

        _classifications = d.pop("classifications", UNSET)
        classifications: Classifications | Unset
        if isinstance(_classifications, Unset):
            classifications = UNSET
        else:
            classifications = Classifications.from_dict(_classifications)

        bill_line_item_change = cls(
            id=id,
            amount=amount,
            quantity=quantity,
            price=price,
            description=description,
            classifications=classifications,
        )

        return bill_line_item_change
