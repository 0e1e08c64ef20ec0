from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_term_entity import PaymentTermEntity
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentTerm")


@_attrs_define
class PaymentTerm:
    """Payment term as BILL returns it (id prefix `00p`)."""

    entity: PaymentTermEntity
    id: str
    name: str | Unset = UNSET
    net_due: float | Unset = UNSET
    """ Days until payment is due. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        name = self.name

        net_due = self.net_due

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity": entity,
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if net_due is not UNSET:
            field_dict["netDue"] = net_due

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = PaymentTermEntity(d.pop("entity"))

        id = d.pop("id")

        name = d.pop("name", UNSET)

        net_due = d.pop("netDue", UNSET)

        payment_term = cls(
            entity=entity,
            id=id,
            name=name,
            net_due=net_due,
        )

        payment_term.additional_properties = d
        return payment_term

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
