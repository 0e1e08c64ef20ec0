from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chart_of_accounts_account import ChartOfAccountsAccount


T = TypeVar("T", bound="ChartOfAccounts")


@_attrs_define
class ChartOfAccounts:
    id: str
    """ BILL's id of the chart of accounts (prefix `0ca`). """
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    parent_id: str | Unset = UNSET
    """ The parent chart of accounts, if any. """
    account: ChartOfAccountsAccount | Unset = UNSET
    archived: bool | Unset = UNSET
    created_time: datetime.datetime | Unset = UNSET
    updated_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        parent_id = self.parent_id

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        archived = self.archived

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
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if account is not UNSET:
            field_dict["account"] = account
        if archived is not UNSET:
            field_dict["archived"] = archived
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chart_of_accounts_account import ChartOfAccountsAccount  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        parent_id = d.pop("parentId", UNSET)

        _account = d.pop("account", UNSET)
        account: ChartOfAccountsAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = ChartOfAccountsAccount.from_dict(_account)

        archived = d.pop("archived", UNSET)

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

        chart_of_accounts = cls(
            id=id,
            name=name,
            description=description,
            parent_id=parent_id,
            account=account,
            archived=archived,
            created_time=created_time,
            updated_time=updated_time,
        )

        chart_of_accounts.additional_properties = d
        return chart_of_accounts

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
