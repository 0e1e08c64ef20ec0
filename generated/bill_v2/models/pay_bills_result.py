from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sent_pay import SentPay


T = TypeVar("T", bound="PayBillsResult")


@_attrs_define
class PayBillsResult:
    """One payment per vendor paid."""

    sent_pays: list[SentPay]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sent_pays = []
        for sent_pays_item_data in self.sent_pays:
            sent_pays_item = sent_pays_item_data.to_dict()
            sent_pays.append(sent_pays_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sentPays": sent_pays,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sent_pay import SentPay  # noqa: PLC0415

        d = dict(src_dict)
        sent_pays = []
        _sent_pays = d.pop("sentPays")
        for sent_pays_item_data in _sent_pays:
            sent_pays_item = SentPay.from_dict(sent_pays_item_data)

            sent_pays.append(sent_pays_item)

        pay_bills_result = cls(
            sent_pays=sent_pays,
        )

        pay_bills_result.additional_properties = d
        return pay_bills_result

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
