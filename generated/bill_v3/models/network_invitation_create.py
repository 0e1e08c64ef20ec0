from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.network_invitation_create_network_type import NetworkInvitationCreateNetworkType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rpps_information import RppsInformation


T = TypeVar("T", bound="NetworkInvitationCreate")


@_attrs_define
class NetworkInvitationCreate:
    network_id: str
    """ The PNI to connect with """
    network_type: NetworkInvitationCreateNetworkType
    """ BILL for an organization in the BILL network, RPPS for a verified national vendor. """
    rpps_information: RppsInformation | Unset = UNSET
    """ Needed when networkType is RPPS. """

    def to_dict(self) -> dict[str, Any]:
        network_id = self.network_id

        network_type = self.network_type.value

        rpps_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rpps_information, Unset):
            rpps_information = self.rpps_information.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "networkId": network_id,
                "networkType": network_type,
            }
        )
        if rpps_information is not UNSET:
            field_dict["rppsInformation"] = rpps_information

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rpps_information import RppsInformation  # noqa: PLC0415

        d = dict(src_dict)
        network_id = d.pop("networkId")

        network_type = NetworkInvitationCreateNetworkType(d.pop("networkType"))

        _rpps_information = d.pop("rppsInformation", UNSET)
        rpps_information: RppsInformation | Unset
        if isinstance(_rpps_information, Unset):
            rpps_information = UNSET
        else:
            rpps_information = RppsInformation.from_dict(_rpps_information)

        network_invitation_create = cls(
            network_id=network_id,
            network_type=network_type,
            rpps_information=rpps_information,
        )

        return network_invitation_create
