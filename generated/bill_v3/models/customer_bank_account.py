from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerBankAccount")


@_attrs_define
class CustomerBankAccount:
    id: str
    customer_id: str | Unset = UNSET
    archived: bool | Unset = UNSET
    name_on_account: str | Unset = UNSET
    nickname: str | Unset = UNSET
    routing_number: str | Unset = UNSET
    account_number: str | Unset = UNSET
    """ Masked; only the last four digits are shown. """
    type_: str | Unset = UNSET
    owner_type: str | Unset = UNSET
    status: str | Unset = UNSET
    """ PENDING until BILL has verified the account, then VERIFIED. """
    created_time: datetime.datetime | Unset = UNSET
    updated_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        customer_id = self.customer_id

        archived = self.archived

        name_on_account = self.name_on_account

        nickname = self.nickname

        routing_number = self.routing_number

        account_number = self.account_number

        type_ = self.type_

        owner_type = self.owner_type

        status = self.status

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        updated_time: str | Unset = UNSET
        if not isinstance(self.updated_time, Unset):
            updated_time = self.updated_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if archived is not UNSET:
            field_dict["archived"] = archived
        if name_on_account is not UNSET:
            field_dict["nameOnAccount"] = name_on_account
        if nickname is not UNSET:
            field_dict["nickname"] = nickname
        if routing_number is not UNSET:
            field_dict["routingNumber"] = routing_number
        if account_number is not UNSET:
            field_dict["accountNumber"] = account_number
        if type_ is not UNSET:
            field_dict["type"] = type_
        if owner_type is not UNSET:
            field_dict["ownerType"] = owner_type
        if status is not UNSET:
            field_dict["status"] = status
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        customer_id = d.pop("customerId", UNSET)

        archived = d.pop("archived", UNSET)

        name_on_account = d.pop("nameOnAccount", UNSET)

        nickname = d.pop("nickname", UNSET)

        routing_number = d.pop("routingNumber", UNSET)

        account_number = d.pop("accountNumber", UNSET)

        type_ = d.pop("type", UNSET)

        owner_type = d.pop("ownerType", UNSET)

        status = d.pop("status", UNSET)

        _created_time = d.pop("createdTime", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = datetime.datetime.fromisoformat(_created_time)

        _updated_time = d.pop("updatedTime", UNSET)
        updated_time: datetime.datetime | Unset
        if isinstance(_updated_time, Unset):
            updated_time = UNSET
        else:
            updated_time = datetime.datetime.fromisoformat(_updated_time)

        customer_bank_account = cls(
            id=id,
            customer_id=customer_id,
            archived=archived,
            name_on_account=name_on_account,
            nickname=nickname,
            routing_number=routing_number,
            account_number=account_number,
            type_=type_,
            owner_type=owner_type,
            status=status,
            created_time=created_time,
            updated_time=updated_time,
        )

        customer_bank_account.additional_properties = d
        return customer_bank_account

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
