from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FundingAccountPermissionsOrganizationCard")


@_attrs_define
class FundingAccountPermissionsOrganizationCard:
    pay_by_card: bool | Unset = UNSET
    funding_enabled: bool | Unset = UNSET
    amex_allowed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pay_by_card = self.pay_by_card

        funding_enabled = self.funding_enabled

        amex_allowed = self.amex_allowed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pay_by_card is not UNSET:
            field_dict["payByCard"] = pay_by_card
        if funding_enabled is not UNSET:
            field_dict["fundingEnabled"] = funding_enabled
        if amex_allowed is not UNSET:
            field_dict["amexAllowed"] = amex_allowed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pay_by_card = d.pop("payByCard", UNSET)

        funding_enabled = d.pop("fundingEnabled", UNSET)

        amex_allowed = d.pop("amexAllowed", UNSET)

        funding_account_permissions_organization_card = cls(
            pay_by_card=pay_by_card,
            funding_enabled=funding_enabled,
            amex_allowed=amex_allowed,
        )

        funding_account_permissions_organization_card.additional_properties = d
        return funding_account_permissions_organization_card

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
