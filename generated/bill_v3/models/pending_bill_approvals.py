from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pending_bill_approval import PendingBillApproval


T = TypeVar("T", bound="PendingBillApprovals")


@_attrs_define
class PendingBillApprovals:
    bills: list[PendingBillApproval] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bills: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bills, Unset):
            bills = []
            for bills_item_data in self.bills:
                bills_item = bills_item_data.to_dict()
                bills.append(bills_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bills is not UNSET:
            field_dict["bills"] = bills

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pending_bill_approval import PendingBillApproval  # noqa: PLC0415

        d = dict(src_dict)
        _bills = d.pop("bills", UNSET)
        bills: list[PendingBillApproval] | Unset = UNSET
        if _bills is not UNSET:
            bills = []
            for bills_item_data in _bills:
                bills_item = PendingBillApproval.from_dict(bills_item_data)

                bills.append(bills_item)

        pending_bill_approvals = cls(
            bills=bills,
        )

        pending_bill_approvals.additional_properties = d
        return pending_bill_approvals

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
