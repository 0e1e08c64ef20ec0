from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.active_flag import ActiveFlag
from ..models.card_account_card_type import CardAccountCardType
from ..models.card_account_entity import CardAccountEntity
from ..models.verification_status import VerificationStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CardAccount")


@_attrs_define
class CardAccount:
    """A card the organization funds payments with or receives to."""

    entity: CardAccountEntity
    id: str
    is_active: ActiveFlag | Unset = UNSET
    """ "1" active, "2" inactive (deleted). """
    created_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    updated_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    users_id: str | Unset = UNSET
    """ The user who added the card. """
    chart_of_account_id: str | Unset = UNSET
    issuing_bank_name: str | Unset = UNSET
    name_on_acct: str | Unset = UNSET
    fingerprint: str | Unset = UNSET
    card_brand: str | Unset = UNSET
    card_type: CardAccountCardType | Unset = UNSET
    """ "1" Visa, "2" MasterCard, "3" Discover, "4" American Express. """
    status: VerificationStatus | Unset = UNSET
    """ "0" not verified, "1" verified, "2" pending, "3" blocked, "4" expired, "5" invalid. """
    last4: str | Unset = UNSET
    can_fund: bool | Unset = UNSET
    """ Usable to pay from. """
    can_disburse: bool | Unset = UNSET
    """ Usable to pay out to. """
    exp_year: str | Unset = UNSET
    exp_month: str | Unset = UNSET
    primary_ap: bool | Unset = UNSET
    primary_ar: bool | Unset = UNSET
    vgs_card_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

        created_time = self.created_time

        updated_time = self.updated_time

        users_id = self.users_id

        chart_of_account_id = self.chart_of_account_id

        issuing_bank_name = self.issuing_bank_name

        name_on_acct = self.name_on_acct

        fingerprint = self.fingerprint

        card_brand = self.card_brand

        card_type: str | Unset = UNSET
        if not isinstance(self.card_type, Unset):
            card_type = self.card_type.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        last4 = self.last4

        can_fund = self.can_fund

        can_disburse = self.can_disburse

        exp_year = self.exp_year

        exp_month = self.exp_month

        primary_ap = self.primary_ap

        primary_ar = self.primary_ar

        vgs_card_token = self.vgs_card_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity": entity,
                "id": id,
            }
        )
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time
        if users_id is not UNSET:
            field_dict["usersId"] = users_id
        if chart_of_account_id is not UNSET:
            field_dict["chartOfAccountId"] = chart_of_account_id
        if issuing_bank_name is not UNSET:
            field_dict["issuingBankName"] = issuing_bank_name
        if name_on_acct is not UNSET:
            field_dict["nameOnAcct"] = name_on_acct
        if fingerprint is not UNSET:
            field_dict["fingerprint"] = fingerprint
        if card_brand is not UNSET:
            field_dict["cardBrand"] = card_brand
        if card_type is not UNSET:
            field_dict["cardType"] = card_type
        if status is not UNSET:
            field_dict["status"] = status
        if last4 is not UNSET:
            field_dict["last4"] = last4
        if can_fund is not UNSET:
            field_dict["canFund"] = can_fund
        if can_disburse is not UNSET:
            field_dict["canDisburse"] = can_disburse
        if exp_year is not UNSET:
            field_dict["expYear"] = exp_year
        if exp_month is not UNSET:
            field_dict["expMonth"] = exp_month
        if primary_ap is not UNSET:
            field_dict["primaryAP"] = primary_ap
        if primary_ar is not UNSET:
            field_dict["primaryAR"] = primary_ar
        if vgs_card_token is not UNSET:
            field_dict["vgsCardToken"] = vgs_card_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = CardAccountEntity(d.pop("entity"))

        id = d.pop("id")

        _is_active = d.pop("isActive", UNSET)
        is_active: ActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = ActiveFlag(_is_active)

        created_time = d.pop("createdTime", UNSET)

        updated_time = d.pop("updatedTime", UNSET)

        users_id = d.pop("usersId", UNSET)

        chart_of_account_id = d.pop("chartOfAccountId", UNSET)

        issuing_bank_name = d.pop("issuingBankName", UNSET)

        name_on_acct = d.pop("nameOnAcct", UNSET)

        fingerprint = d.pop("fingerprint", UNSET)

        card_brand = d.pop("cardBrand", UNSET)

        _card_type = d.pop("cardType", UNSET)
        card_type: CardAccountCardType | Unset
        if isinstance(_card_type, Unset):
            card_type = UNSET
        else:
            card_type = CardAccountCardType(_card_type)

        _status = d.pop("status", UNSET)
        status: VerificationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = VerificationStatus(_status)

        last4 = d.pop("last4", UNSET)

        can_fund = d.pop("canFund", UNSET)

        can_disburse = d.pop("canDisburse", UNSET)

        exp_year = d.pop("expYear", UNSET)

        exp_month = d.pop("expMonth", UNSET)

        primary_ap = d.pop("primaryAP", UNSET)

        primary_ar = d.pop("primaryAR", UNSET)

        vgs_card_token = d.pop("vgsCardToken", UNSET)

        card_account = cls(
            entity=entity,
            id=id,
            is_active=is_active,
            created_time=created_time,
            updated_time=updated_time,
            users_id=users_id,
            chart_of_account_id=chart_of_account_id,
            issuing_bank_name=issuing_bank_name,
            name_on_acct=name_on_acct,
            fingerprint=fingerprint,
            card_brand=card_brand,
            card_type=card_type,
            status=status,
            last4=last4,
            can_fund=can_fund,
            can_disburse=can_disburse,
            exp_year=exp_year,
            exp_month=exp_month,
            primary_ap=primary_ap,
            primary_ar=primary_ar,
            vgs_card_token=vgs_card_token,
        )

        card_account.additional_properties = d
        return card_account

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
