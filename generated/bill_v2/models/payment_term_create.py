from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.payment_term_create_entity import PaymentTermCreateEntity

T = TypeVar("T", bound="PaymentTermCreate")


@_attrs_define
class PaymentTermCreate:
    entity: PaymentTermCreateEntity
    name: str
    net_due: float
    """ Days until payment is due. """

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        name = self.name

        net_due = self.net_due

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "entity": entity,
                "name": name,
                "netDue": net_due,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = PaymentTermCreateEntity(d.pop("entity"))

        name = d.pop("name")

        net_due = d.pop("netDue")

        payment_term_create = cls(
            entity=entity,
            name=name,
            net_due=net_due,
        )

        return payment_term_create
