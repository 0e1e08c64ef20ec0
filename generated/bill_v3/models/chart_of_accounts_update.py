from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chart_of_accounts_account_input import ChartOfAccountsAccountInput


T = TypeVar("T", bound="ChartOfAccountsUpdate")


@_attrs_define
class ChartOfAccountsUpdate:
    name: str | Unset = UNSET
    """ The general-ledger account's name. """
    description: str | Unset = UNSET
    parent_id: str | Unset = UNSET
    """ The parent account, when this one is a sub-account; it must be one of your organization's. """
    account: ChartOfAccountsAccountInput | Unset = UNSET
    """ How the account is classified in the general ledger. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        parent_id = self.parent_id

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if account is not UNSET:
            field_dict["account"] = account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chart_of_accounts_account_input import ChartOfAccountsAccountInput  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        parent_id = d.pop("parentId", UNSET)

        _account = d.pop("account", UNSET)
        account: ChartOfAccountsAccountInput | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = ChartOfAccountsAccountInput.from_dict(_account)

        chart_of_accounts_update = cls(
            name=name,
            description=description,
            parent_id=parent_id,
            account=account,
        )

        return chart_of_accounts_update
