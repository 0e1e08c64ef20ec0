from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.recurring_invoice_update import RecurringInvoiceUpdate


T = TypeVar("T", bound="RecurringInvoiceUpdateData")


@_attrs_define
class RecurringInvoiceUpdateData:
    """Data of Crud/Update/RecurringInvoice; the object replaces the stored one."""

    obj: RecurringInvoiceUpdate
    """ The whole recurring invoice, as it should be stored. """

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
        from ..models.recurring_invoice_update import RecurringInvoiceUpdate  # noqa: PLC0415

        d = dict(src_dict)
        obj = RecurringInvoiceUpdate.from_dict(d.pop("obj"))

        recurring_invoice_update_data = cls(
            obj=obj,
        )

        return recurring_invoice_update_data
