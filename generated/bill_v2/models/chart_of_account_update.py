from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.active_flag import ActiveFlag
from ..models.chart_of_account_1099_box import ChartOfAccount1099Box
from ..models.chart_of_account_1099_form_type import ChartOfAccount1099FormType
from ..models.chart_of_account_type import ChartOfAccountType
from ..models.chart_of_account_update_entity import ChartOfAccountUpdateEntity
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChartOfAccountUpdate")


@_attrs_define
class ChartOfAccountUpdate:
    entity: ChartOfAccountUpdateEntity
    id: str
    name: str | Unset = UNSET
    """ Unique within the organization. """
    is_active: ActiveFlag | Unset = UNSET
    """ "1" active, "2" inactive (deleted). """
    account_number: str | Unset = UNSET
    """ Unique within the organization. """
    account_type: ChartOfAccountType | Unset = UNSET
    """ 0 unspecified, 1 accounts payable, 2 accounts receivable, 3 bank, 4 cost of goods sold, 5 credit card, 6
    equity, 7 expense, 8 fixed asset, 9 income, 10 long-term liability, 11 other asset, 12 other current asset, 13
    other current liability, 14 other expense, 15 other income, 16 non-posting. """
    description: str | Unset = UNSET
    parent_chart_of_account_id: str | Unset = UNSET
    """ The parent account (id prefix `0ca`). """
    ca_1099_form_type: ChartOfAccount1099FormType | Unset = UNSET
    """ Which 1099 form the account reports on: 0 none, 1 MISC (2021), 2 NEC (2021). """
    ca_1099_type: ChartOfAccount1099Box | Unset = UNSET
    """ The 1099 box the account maps to, 1 to 14, or 0 for none (used with Sage Intacct). """

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        name = self.name

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

        account_number = self.account_number

        account_type: str | Unset = UNSET
        if not isinstance(self.account_type, Unset):
            account_type = self.account_type.value

        description = self.description

        parent_chart_of_account_id = self.parent_chart_of_account_id

        ca_1099_form_type: str | Unset = UNSET
        if not isinstance(self.ca_1099_form_type, Unset):
            ca_1099_form_type = self.ca_1099_form_type.value

        ca_1099_type: str | Unset = UNSET
        if not isinstance(self.ca_1099_type, Unset):
            ca_1099_type = self.ca_1099_type.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "entity": entity,
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if account_number is not UNSET:
            field_dict["accountNumber"] = account_number
        if account_type is not UNSET:
            field_dict["accountType"] = account_type
        if description is not UNSET:
            field_dict["description"] = description
        if parent_chart_of_account_id is not UNSET:
            field_dict["parentChartOfAccountId"] = parent_chart_of_account_id
        if ca_1099_form_type is not UNSET:
            field_dict["ca1099FormType"] = ca_1099_form_type
        if ca_1099_type is not UNSET:
            field_dict["ca1099Type"] = ca_1099_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = ChartOfAccountUpdateEntity(d.pop("entity"))

        id = d.pop("id")

        name = d.pop("name", UNSET)

        _is_active = d.pop("isActive", UNSET)
        is_active: ActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = ActiveFlag(_is_active)

        account_number = d.pop("accountNumber", UNSET)

        _account_type = d.pop("accountType", UNSET)
        account_type: ChartOfAccountType | Unset
        if isinstance(_account_type, Unset):
            account_type = UNSET
        else:
            account_type = ChartOfAccountType(_account_type)

        description = d.pop("description", UNSET)

        parent_chart_of_account_id = d.pop("parentChartOfAccountId", UNSET)

        _ca_1099_form_type = d.pop("ca1099FormType", UNSET)
        ca_1099_form_type: ChartOfAccount1099FormType | Unset
        if isinstance(_ca_1099_form_type, Unset):
            ca_1099_form_type = UNSET
        else:
            ca_1099_form_type = ChartOfAccount1099FormType(_ca_1099_form_type)

        _ca_1099_type = d.pop("ca1099Type", UNSET)
        ca_1099_type: ChartOfAccount1099Box | Unset
        if isinstance(_ca_1099_type, Unset):
            ca_1099_type = UNSET
        else:
            ca_1099_type = ChartOfAccount1099Box(_ca_1099_type)

        chart_of_account_update = cls(
            entity=entity,
            id=id,
            name=name,
            is_active=is_active,
            account_number=account_number,
            account_type=account_type,
            description=description,
            parent_chart_of_account_id=parent_chart_of_account_id,
            ca_1099_form_type=ca_1099_form_type,
            ca_1099_type=ca_1099_type,
        )

        return chart_of_account_update
