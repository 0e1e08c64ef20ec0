from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.received_pay import ReceivedPay


T = TypeVar("T", bound="CustomerCharge")


@_attrs_define
class CustomerCharge:
    """What ChargeCustomer answers."""

    charged_received_pay: ReceivedPay
    """ A payment from a customer, received through BILL or recorded. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        charged_received_pay = self.charged_received_pay.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chargedReceivedPay": charged_received_pay,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.received_pay import ReceivedPay  # noqa: PLC0415

        d = dict(src_dict)
        charged_received_pay = ReceivedPay.from_dict(d.pop("chargedReceivedPay"))

        customer_charge = cls(
            charged_received_pay=charged_received_pay,
        )

        customer_charge.additional_properties = d
        return customer_charge

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
