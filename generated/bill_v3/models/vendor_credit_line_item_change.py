from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.classifications import Classifications


T = TypeVar("T", bound="VendorCreditLineItemChange")


@_attrs_define
class VendorCreditLineItemChange:
    """With the `id` of one of the credit's lines it changes that line; without one it is a new line and needs an amount."""

    id: str | Unset = UNSET
    """ The id of one line of a bill, vendor credit or recurring bill. """
    amount: float | Unset = UNSET
    """ Money in major units, such as 149.99; BILL keeps cents. The upper bound is the project's, so that sums stay
    exact: BILL documents none. """
    description: str | Unset = UNSET
    classifications: Classifications | Unset = UNSET
    """ General-ledger tags of a bill, invoice, credit or line item. """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

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

        description = d.pop("description", UNSET)

        _classifications = d.pop("classifications", UNSET)
        classifications: Classifications | Unset
        if isinstance(_classifications, Unset):
            classifications = UNSET
        else:
            classifications = Classifications.from_dict(_classifications)

        vendor_credit_line_item_change = cls(
            id=id,
            amount=amount,
            description=description,
            classifications=classifications,
        )

        return vendor_credit_line_item_change
