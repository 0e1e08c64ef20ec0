from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.invoice_create import InvoiceCreate


T = TypeVar("T", bound="InvoiceCreateData")


@_attrs_define
class InvoiceCreateData:
    """Data of Crud/Create/Invoice."""

    obj: InvoiceCreate
    """ The writable fields of a new invoice. """

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
        from ..models.invoice_create import InvoiceCreate  # noqa: PLC0415

        d = dict(src_dict)
        obj = InvoiceCreate.from_dict(d.pop("obj"))

        invoice_create_data = cls(
            obj=obj,
        )

        return invoice_create_data
