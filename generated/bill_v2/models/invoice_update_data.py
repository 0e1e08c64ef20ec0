from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.invoice_update import InvoiceUpdate


T = TypeVar("T", bound="InvoiceUpdateData")


@_attrs_define
class InvoiceUpdateData:
    """Data of Crud/Update/Invoice; the object replaces the stored one."""

    obj: InvoiceUpdate
    """ The whole invoice, as it should be stored. """

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
        from ..models.invoice_update import InvoiceUpdate  # noqa: PLC0415

        d = dict(src_dict)
        obj = InvoiceUpdate.from_dict(d.pop("obj"))

        invoice_update_data = cls(
            obj=obj,
        )

        return invoice_update_data
