from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.accounting_class import AccountingClass


T = TypeVar("T", bound="AccountingClassBulkResult")


@_attrs_define
class AccountingClassBulkResult:
    accounting_classes: list[AccountingClass]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accounting_classes = []
        for accounting_classes_item_data in self.accounting_classes:
            accounting_classes_item = accounting_classes_item_data.to_dict()
            accounting_classes.append(accounting_classes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountingClasses": accounting_classes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.accounting_class import AccountingClass  # noqa: PLC0415

        d = dict(src_dict)
        accounting_classes = []
        _accounting_classes = d.pop("accountingClasses")
        for accounting_classes_item_data in _accounting_classes:
            accounting_classes_item = AccountingClass.from_dict(accounting_classes_item_data)

            accounting_classes.append(accounting_classes_item)

        accounting_class_bulk_result = cls(
            accounting_classes=accounting_classes,
        )

        accounting_class_bulk_result.additional_properties = d
        return accounting_class_bulk_result

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
