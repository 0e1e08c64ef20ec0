from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SendInviteData")


@_attrs_define
class SendInviteData:
    network_id: str
    """ From NetworkSearch. """
    id: str
    """ Your customer (to be paid by it) or vendor (to pay it) that the connection is for. """

    def to_dict(self) -> dict[str, Any]:
        network_id = self.network_id

        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "networkId": network_id,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        network_id = d.pop("networkId")

        id = d.pop("id")

        send_invite_data = cls(
            network_id=network_id,
            id=id,
        )

        return send_invite_data
