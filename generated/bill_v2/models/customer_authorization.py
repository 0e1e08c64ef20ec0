from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.active_flag import ActiveFlag
from ..models.customer_authorization_entity import CustomerAuthorizationEntity
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerAuthorization")


@_attrs_define
class CustomerAuthorization:
    """What SetCustomerAuthorization answers: the customer record (the fields below and the rest of the customer, kept as
    additional properties; Crud/Read/Customer gives the full model).

    """

    entity: CustomerAuthorizationEntity
    id: str
    is_active: ActiveFlag | Unset = UNSET
    """ "1" active, "2" inactive (deleted). """
    name: str | Unset = UNSET
    has_authorized_to_charge: bool | Unset = UNSET
    has_bank_account: bool | Unset = UNSET
    has_bank_account_auto_pay: bool | Unset = UNSET
    has_credit_card: bool | Unset = UNSET
    has_credit_card_auto_pay: bool | Unset = UNSET
    is_auto_charge_dismissed: bool | Unset = UNSET
    balance: float | Unset = UNSET
    created_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    updated_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

        name = self.name

        has_authorized_to_charge = self.has_authorized_to_charge

        has_bank_account = self.has_bank_account

        has_bank_account_auto_pay = self.has_bank_account_auto_pay

        has_credit_card = self.has_credit_card

        has_credit_card_auto_pay = self.has_credit_card_auto_pay

        is_auto_charge_dismissed = self.is_auto_charge_dismissed

        balance = self.balance

        created_time = self.created_time

        updated_time = self.updated_time

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
        if name is not UNSET:
            field_dict["name"] = name
        if has_authorized_to_charge is not UNSET:
            field_dict["hasAuthorizedToCharge"] = has_authorized_to_charge
        if has_bank_account is not UNSET:
            field_dict["hasBankAccount"] = has_bank_account
        if has_bank_account_auto_pay is not UNSET:
            field_dict["hasBankAccountAutoPay"] = has_bank_account_auto_pay
        if has_credit_card is not UNSET:
            field_dict["hasCreditCard"] = has_credit_card
        if has_credit_card_auto_pay is not UNSET:
            field_dict["hasCreditCardAutoPay"] = has_credit_card_auto_pay
        if is_auto_charge_dismissed is not UNSET:
            field_dict["isAutoChargeDismissed"] = is_auto_charge_dismissed
        if balance is not UNSET:
            field_dict["balance"] = balance
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = CustomerAuthorizationEntity(d.pop("entity"))

        id = d.pop("id")

        _is_active = d.pop("isActive", UNSET)
        is_active: ActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = ActiveFlag(_is_active)

        name = d.pop("name", UNSET)

        has_authorized_to_charge = d.pop("hasAuthorizedToCharge", UNSET)

        has_bank_account = d.pop("hasBankAccount", UNSET)

        has_bank_account_auto_pay = d.pop("hasBankAccountAutoPay", UNSET)

        has_credit_card = d.pop("hasCreditCard", UNSET)

        has_credit_card_auto_pay = d.pop("hasCreditCardAutoPay", UNSET)

        is_auto_charge_dismissed = d.pop("isAutoChargeDismissed", UNSET)

        balance = d.pop("balance", UNSET)

        created_time = d.pop("createdTime", UNSET)

        updated_time = d.pop("updatedTime", UNSET)

        customer_authorization = cls(
            entity=entity,
            id=id,
            is_active=is_active,
            name=name,
            has_authorized_to_charge=has_authorized_to_charge,
            has_bank_account=has_bank_account,
            has_bank_account_auto_pay=has_bank_account_auto_pay,
            has_credit_card=has_credit_card,
            has_credit_card_auto_pay=has_credit_card_auto_pay,
            is_auto_charge_dismissed=is_auto_charge_dismissed,
            balance=balance,
            created_time=created_time,
            updated_time=updated_time,
        )

        customer_authorization.additional_properties = d
        return customer_authorization

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
