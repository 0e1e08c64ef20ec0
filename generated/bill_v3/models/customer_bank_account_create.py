from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.customer_bank_account_owner_type import CustomerBankAccountOwnerType
from ..models.customer_bank_account_type import CustomerBankAccountType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerBankAccountCreate")


@_attrs_define
class CustomerBankAccountCreate:
    name_on_account: str
    """ The account holder's name. """
    routing_number: str
    """ The nine-digit ABA routing number. """
    account_number: str
    type_: CustomerBankAccountType
    owner_type: CustomerBankAccountOwnerType
    nickname: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name_on_account = self.name_on_account

        routing_number = self.routing_number

        account_number = self.account_number

        type_ = self.type_.value

        owner_type = self.owner_type.value

        nickname = self.nickname

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "nameOnAccount": name_on_account,
                "routingNumber": routing_number,
                "accountNumber": account_number,
                "type": type_,
                "ownerType": owner_type,
            }
        )
        if nickname is not UNSET:
            field_dict["nickname"] = nickname

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name_on_account = d.pop("nameOnAccount")

        routing_number = d.pop("routingNumber")

        account_number = d.pop("accountNumber")

        type_ = CustomerBankAccountType(d.pop("type"))

        owner_type = CustomerBankAccountOwnerType(d.pop("ownerType"))

        nickname = d.pop("nickname", UNSET)

        customer_bank_account_create = cls(
            name_on_account=name_on_account,
            routing_number=routing_number,
            account_number=account_number,
            type_=type_,
            owner_type=owner_type,
            nickname=nickname,
        )

        return customer_bank_account_create
