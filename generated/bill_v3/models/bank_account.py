from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bank_account_defaults import BankAccountDefaults


T = TypeVar("T", bound="BankAccount")


@_attrs_define
class BankAccount:
    id: str
    archived: bool | Unset = UNSET
    status: str | Unset = UNSET
    """ PENDING until verified, then VERIFIED; LOCKED after three failed tries. """
    created_by: str | Unset = UNSET
    """ The user who added the account. """
    routing_number: str | Unset = UNSET
    account_number: str | Unset = UNSET
    """ Masked; only the last four digits are shown. """
    name_on_account: str | Unset = UNSET
    type_: str | Unset = UNSET
    owner_type: str | Unset = UNSET
    bank_name: str | Unset = UNSET
    access_to_admins: bool | Unset = UNSET
    default: BankAccountDefaults | Unset = UNSET
    chart_of_account_id: str | Unset = UNSET
    created_time: datetime.datetime | Unset = UNSET
    updated_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        archived = self.archived

        status = self.status

        created_by = self.created_by

        routing_number = self.routing_number

        account_number = self.account_number

        name_on_account = self.name_on_account

        type_ = self.type_

        owner_type = self.owner_type

        bank_name = self.bank_name

        access_to_admins = self.access_to_admins

        default: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default, Unset):
            default = self.default.to_dict()

        chart_of_account_id = self.chart_of_account_id

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
        if archived is not UNSET:
            field_dict["archived"] = archived
        if status is not UNSET:
            field_dict["status"] = status
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if routing_number is not UNSET:
            field_dict["routingNumber"] = routing_number
        if account_number is not UNSET:
            field_dict["accountNumber"] = account_number
        if name_on_account is not UNSET:
            field_dict["nameOnAccount"] = name_on_account
        if type_ is not UNSET:
            field_dict["type"] = type_
        if owner_type is not UNSET:
            field_dict["ownerType"] = owner_type
        if bank_name is not UNSET:
            field_dict["bankName"] = bank_name
        if access_to_admins is not UNSET:
            field_dict["accessToAdmins"] = access_to_admins
        if default is not UNSET:
            field_dict["default"] = default
        if chart_of_account_id is not UNSET:
            field_dict["chartOfAccountId"] = chart_of_account_id
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bank_account_defaults import BankAccountDefaults  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        archived = d.pop("archived", UNSET)

        status = d.pop("status", UNSET)

        created_by = d.pop("createdBy", UNSET)

        routing_number = d.pop("routingNumber", UNSET)

        account_number = d.pop("accountNumber", UNSET)

        name_on_account = d.pop("nameOnAccount", UNSET)

        type_ = d.pop("type", UNSET)

        owner_type = d.pop("ownerType", UNSET)

        bank_name = d.pop("bankName", UNSET)

        access_to_admins = d.pop("accessToAdmins", UNSET)

        _default = d.pop("default", UNSET)
        default: BankAccountDefaults | Unset
        if isinstance(_default, Unset):
            default = UNSET
        else:
            default = BankAccountDefaults.from_dict(_default)

        chart_of_account_id = d.pop("chartOfAccountId", UNSET)

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

        bank_account = cls(
            id=id,
            archived=archived,
            status=status,
            created_by=created_by,
            routing_number=routing_number,
            account_number=account_number,
            name_on_account=name_on_account,
            type_=type_,
            owner_type=owner_type,
            bank_name=bank_name,
            access_to_admins=access_to_admins,
            default=default,
            chart_of_account_id=chart_of_account_id,
            created_time=created_time,
            updated_time=updated_time,
        )

        bank_account.additional_properties = d
        return bank_account

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
