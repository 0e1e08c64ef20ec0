from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ar_invoice_summary import ARInvoiceSummary
    from ..models.ar_payment_summary import ARPaymentSummary


T = TypeVar("T", bound="ARSummary")


@_attrs_define
class ARSummary:
    """Receivables at a glance."""

    invoices: ARInvoiceSummary | Unset = UNSET
    """ Open invoices by when they fall due: a count and a total each. """
    payments: ARPaymentSummary | Unset = UNSET
    """ Payments received, and expected, by period: a count and a total each. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoices: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoices, Unset):
            invoices = self.invoices.to_dict()

        payments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payments, Unset):
            payments = self.payments.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoices is not UNSET:
            field_dict["invoices"] = invoices
        if payments is not UNSET:
            field_dict["payments"] = payments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ar_invoice_summary import ARInvoiceSummary  # noqa: PLC0415
        from ..models.ar_payment_summary import ARPaymentSummary  # noqa: PLC0415

        d = dict(src_dict)
        _invoices = d.pop("invoices", UNSET)
        invoices: ARInvoiceSummary | Unset
        if isinstance(_invoices, Unset):
            invoices = UNSET
        else:
            invoices = ARInvoiceSummary.from_dict(_invoices)

        _payments = d.pop("payments", UNSET)
        payments: ARPaymentSummary | Unset
        if isinstance(_payments, Unset):
            payments = UNSET
        else:
            payments = ARPaymentSummary.from_dict(_payments)

        ar_summary = cls(
            invoices=invoices,
            payments=payments,
        )

        ar_summary.additional_properties = d
        return ar_summary

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
