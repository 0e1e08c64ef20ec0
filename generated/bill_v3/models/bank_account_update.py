from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.bank_account_update_owner_type import BankAccountUpdateOwnerType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bank_account_defaults_update import BankAccountDefaultsUpdate


T = TypeVar("T", bound="BankAccountUpdate")


@_attrs_define
class BankAccountUpdate:
    name_on_account: str | Unset = UNSET
    owner_type: BankAccountUpdateOwnerType | Unset = UNSET
    bank_name: str | Unset = UNSET
    access_to_admins: bool | Unset = UNSET
    chart_of_account_id: str | Unset = UNSET
    default: BankAccountDefaultsUpdate | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name_on_account = self.name_on_account

        owner_type: str | Unset = UNSET
        if not isinstance(self.owner_type, Unset):
            owner_type = self.owner_type.value

        bank_name = self.bank_name

        access_to_admins = self.access_to_admins

        chart_of_account_id = self.chart_of_account_id

        default: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default, Unset):
            default = self.default.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name_on_account is not UNSET:
            field_dict["nameOnAccount"] = name_on_account
        if owner_type is not UNSET:
            field_dict["ownerType"] = owner_type
        if bank_name is not UNSET:
            field_dict["bankName"] = bank_name
        if access_to_admins is not UNSET:
            field_dict["accessToAdmins"] = access_to_admins
        if chart_of_account_id is not UNSET:
            field_dict["chartOfAccountId"] = chart_of_account_id
        if default is not UNSET:
            field_dict["default"] = default

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bank_account_defaults_update import BankAccountDefaultsUpdate  # noqa: PLC0415

        d = dict(src_dict)
        name_on_account = d.pop("nameOnAccount", UNSET)

        _owner_type = d.pop("ownerType", UNSET)
        owner_type: BankAccountUpdateOwnerType | Unset
        if isinstance(_owner_type, Unset):
            owner_type = UNSET
        else:
            owner_type = BankAccountUpdateOwnerType(_owner_type)

        bank_name = d.pop("bankName", UNSET)

        access_to_admins = d.pop("accessToAdmins", UNSET)

        chart_of_account_id = d.pop("chartOfAccountId", UNSET)

        _default = d.pop("default", UNSET)
        default: BankAccountDefaultsUpdate | Unset
        if isinstance(_default, Unset):
            default = UNSET
        else:
            default = BankAccountDefaultsUpdate.from_dict(_default)

        bank_account_update = cls(
            name_on_account=name_on_account,
            owner_type=owner_type,
            bank_name=bank_name,
            access_to_admins=access_to_admins,
            chart_of_account_id=chart_of_account_id,
            default=default,
        )

        return bank_account_update
