from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.funding_account_permissions_organization_card import FundingAccountPermissionsOrganizationCard
    from ..models.funding_account_permissions_organization_wallet import FundingAccountPermissionsOrganizationWallet


T = TypeVar("T", bound="FundingAccountPermissionsOrganization")


@_attrs_define
class FundingAccountPermissionsOrganization:
    card: FundingAccountPermissionsOrganizationCard | Unset = UNSET
    wallet: FundingAccountPermissionsOrganizationWallet | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card, Unset):
            card = self.card.to_dict()

        wallet: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wallet, Unset):
            wallet = self.wallet.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if card is not UNSET:
            field_dict["card"] = card
        if wallet is not UNSET:
            field_dict["wallet"] = wallet

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.funding_account_permissions_organization_card import FundingAccountPermissionsOrganizationCard  # noqa: PLC0415
        from ..models.funding_account_permissions_organization_wallet import FundingAccountPermissionsOrganizationWallet  # noqa: PLC0415

        d = dict(src_dict)
        _card = d.pop("card", UNSET)
        card: FundingAccountPermissionsOrganizationCard | Unset
        if isinstance(_card, Unset):
            card = UNSET
        else:
            card = FundingAccountPermissionsOrganizationCard.from_dict(_card)

        _wallet = d.pop("wallet", UNSET)
        wallet: FundingAccountPermissionsOrganizationWallet | Unset
        if isinstance(_wallet, Unset):
            wallet = UNSET
        else:
            wallet = FundingAccountPermissionsOrganizationWallet.from_dict(_wallet)

        funding_account_permissions_organization = cls(
            card=card,
            wallet=wallet,
        )

        funding_account_permissions_organization.additional_properties = d
        return funding_account_permissions_organization

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
