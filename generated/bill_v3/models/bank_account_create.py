from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.bank_account_create_owner_type import BankAccountCreateOwnerType
from ..models.bank_account_create_type import BankAccountCreateType
from ..types import UNSET, Unset

T = TypeVar("T", bound="BankAccountCreate")


@_attrs_define
class BankAccountCreate:
    name_on_account: str
    routing_number: str
    """ The nine-digit ABA routing number; its check digit must be right. """
    account_number: str
    type_: BankAccountCreateType
    owner_type: BankAccountCreateOwnerType
    bank_name: str
    """ Shown as the account's nickname. """
    access_to_admins: bool | Unset = UNSET
    """ Whether every administrator may use the account. """
    chart_of_account_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name_on_account = self.name_on_account

        routing_number = self.routing_number

        account_number = self.account_number

        type_ = self.type_.value

        owner_type = self.owner_type.value

        bank_name = self.bank_name

        access_to_admins = self.access_to_admins

        chart_of_account_id = self.chart_of_account_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "nameOnAccount": name_on_account,
                "routingNumber": routing_number,
                "accountNumber": account_number,
                "type": type_,
                "ownerType": owner_type,
                "bankName": bank_name,
            }
        )
        if access_to_admins is not UNSET:
            field_dict["accessToAdmins"] = access_to_admins
        if chart_of_account_id is not UNSET:
            field_dict["chartOfAccountId"] = chart_of_account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name_on_account = d.pop("nameOnAccount")

        routing_number = d.pop("routingNumber")

        account_number = d.pop("accountNumber")

        type_ = BankAccountCreateType(d.pop("type"))

        owner_type = BankAccountCreateOwnerType(d.pop("ownerType"))

        bank_name = d.pop("bankName")

        access_to_admins = d.pop("accessToAdmins", UNSET)

        chart_of_account_id = d.pop("chartOfAccountId", UNSET)

        bank_account_create = cls(
            name_on_account=name_on_account,
            routing_number=routing_number,
            account_number=account_number,
            type_=type_,
            owner_type=owner_type,
            bank_name=bank_name,
            access_to_admins=access_to_admins,
            chart_of_account_id=chart_of_account_id,
        )

        return bank_account_create
