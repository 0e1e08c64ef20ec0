from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.payment_term_update_entity import PaymentTermUpdateEntity
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentTermUpdate")


@_attrs_define
class PaymentTermUpdate:
    entity: PaymentTermUpdateEntity
    id: str
    name: str | Unset = UNSET
    net_due: float | Unset = UNSET
    """ Days until payment is due. """

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        name = self.name

        net_due = self.net_due

        field_dict: dict[str, Any] = {}

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
        entity = PaymentTermUpdateEntity(d.pop("entity"))

        id = d.pop("id")

        name = d.pop("name", UNSET)

        net_due = d.pop("netDue", UNSET)

        payment_term_update = cls(
            entity=entity,
            id=id,
            name=name,
            net_due=net_due,
        )

        return payment_term_update
