from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.payment_term_update import PaymentTermUpdate


T = TypeVar("T", bound="PaymentTermUpdateData")


@_attrs_define
class PaymentTermUpdateData:
    obj: PaymentTermUpdate

    def to_dict(self) -> dict[str, Any]:
        obj = self.obj.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "obj": obj,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_term_update import PaymentTermUpdate  # noqa: PLC0415

        d = dict(src_dict)
        obj = PaymentTermUpdate.from_dict(d.pop("obj"))

        payment_term_update_data = cls(
            obj=obj,
        )

        return payment_term_update_data
