from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.network_invitation_accept_type import NetworkInvitationAcceptType
from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkInvitationAccept")


@_attrs_define
class NetworkInvitationAccept:
    network_id: str
    """ The PNI of the organization that sent the request. """
    type_: NetworkInvitationAcceptType
    """ What the sender is to you. """
    id: str | Unset = UNSET
    """ Your existing vendor or customer record for the sender. Send this or name. """
    name: str | Unset = UNSET
    """ The name of a new record for the sender. Send this or id. """

    def to_dict(self) -> dict[str, Any]:
        network_id = self.network_id

        type_ = self.type_.value

        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "networkId": network_id,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        network_id = d.pop("networkId")

        type_ = NetworkInvitationAcceptType(d.pop("type"))

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        network_invitation_accept = cls(
            network_id=network_id,
            type_=type_,
            id=id,
            name=name,
        )

        return network_invitation_accept
