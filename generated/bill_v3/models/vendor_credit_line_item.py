from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ap_classifications import ApClassifications


T = TypeVar("T", bound="VendorCreditLineItem")


@_attrs_define
class VendorCreditLineItem:
    id: str
    amount: float | Unset = UNSET
    description: str | Unset = UNSET
    classifications: ApClassifications | Unset = UNSET
    """ The general-ledger tags of a line as BILL returns them. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        description = self.description

        classifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.classifications, Unset):
            classifications = self.classifications.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if description is not UNSET:
            field_dict["description"] = description
        if classifications is not UNSET:
            field_dict["classifications"] = classifications

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ap_classifications import ApClassifications  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        amount = d.pop("amount", UNSET)

        description = d.pop("description", UNSET)

        _classifications = d.pop("classifications", UNSET)
        classifications: ApClassifications | Unset
        if isinstance(_classifications, Unset):
            classifications = UNSET
        else:
            classifications = ApClassifications.from_dict(_classifications)

        vendor_credit_line_item = cls(
            id=id,
            amount=amount,
            description=description,
            classifications=classifications,
        )

        vendor_credit_line_item.additional_properties = d
        return vendor_credit_line_item

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
