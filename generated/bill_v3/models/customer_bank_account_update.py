from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.customer_bank_account_owner_type import CustomerBankAccountOwnerType
from ..models.customer_bank_account_type import CustomerBankAccountType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerBankAccountUpdate")


@_attrs_define
class CustomerBankAccountUpdate:
    name_on_account: str | Unset = UNSET
    nickname: str | Unset = UNSET
    type_: CustomerBankAccountType | Unset = UNSET
    owner_type: CustomerBankAccountOwnerType | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name_on_account = self.name_on_account

        nickname = self.nickname

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        owner_type: str | Unset = UNSET
        if not isinstance(self.owner_type, Unset):
            owner_type = self.owner_type.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name_on_account is not UNSET:
            field_dict["nameOnAccount"] = name_on_account
        if nickname is not UNSET:
            field_dict["nickname"] = nickname
        if type_ is not UNSET:
            field_dict["type"] = type_
        if owner_type is not UNSET:
            field_dict["ownerType"] = owner_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name_on_account = d.pop("nameOnAccount", UNSET)

        nickname = d.pop("nickname", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: CustomerBankAccountType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CustomerBankAccountType(_type_)

        _owner_type = d.pop("ownerType", UNSET)
        owner_type: CustomerBankAccountOwnerType | Unset
        if isinstance(_owner_type, Unset):
            owner_type = UNSET
        else:
            owner_type = CustomerBankAccountOwnerType(_owner_type)

        customer_bank_account_update = cls(
            name_on_account=name_on_account,
            nickname=nickname,
            type_=type_,
            owner_type=owner_type,
        )

        return customer_bank_account_update
