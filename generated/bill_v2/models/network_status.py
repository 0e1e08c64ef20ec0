from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.network_status_status import NetworkStatusStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkStatus")


@_attrs_define
class NetworkStatus:
    object_id: str
    """ The customer or vendor asked about. """
    status: NetworkStatusStatus
    """ "0" not connected, "1" invitation pending, "2" connected, "3" connected to a verified national vendor. """
    request_id: str | Unset = UNSET
    """ The invitation, while status is "1" or "2". """
    network_id: str | Unset = UNSET
    """ Given for invitations sent by SendVendorInvite. """
    logo_url: str | Unset = UNSET
    """ Given for invitations sent by SendVendorInvite. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_id = self.object_id

        status = self.status.value

        request_id = self.request_id

        network_id = self.network_id

        logo_url = self.logo_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "objectId": object_id,
                "status": status,
            }
        )
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if network_id is not UNSET:
            field_dict["networkId"] = network_id
        if logo_url is not UNSET:
            field_dict["logoUrl"] = logo_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_id = d.pop("objectId")

        status = NetworkStatusStatus(d.pop("status"))

        request_id = d.pop("requestId", UNSET)

        network_id = d.pop("networkId", UNSET)

        logo_url = d.pop("logoUrl", UNSET)

        network_status = cls(
            object_id=object_id,
            status=status,
            request_id=request_id,
            network_id=network_id,
            logo_url=logo_url,
        )

        network_status.additional_properties = d
        return network_status

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
