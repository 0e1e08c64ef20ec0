from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkInvitation")


@_attrs_define
class NetworkInvitation:
    id: str
    """ The vendor or customer record. """
    status: str | Unset = UNSET
    """ NOT_CONNECTED, PENDING, CONNECTED, or CONNECTED_RPPS for a verified national vendor. """
    network_id: str | Unset = UNSET
    """ The PNI the record is connected or invited to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        network_id = self.network_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if network_id is not UNSET:
            field_dict["networkId"] = network_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = d.pop("status", UNSET)

        network_id = d.pop("networkId", UNSET)

        network_invitation = cls(
            id=id,
            status=status,
            network_id=network_id,
        )

        network_invitation.additional_properties = d
        return network_invitation

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
