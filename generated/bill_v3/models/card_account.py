from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.card_account_default import CardAccountDefault
    from ..models.card_account_expiration import CardAccountExpiration


T = TypeVar("T", bound="CardAccount")


@_attrs_define
class CardAccount:
    id: str
    archived: bool | Unset = UNSET
    created_by: str | Unset = UNSET
    issuing_bank_name: str | Unset = UNSET
    name_on_account: str | Unset = UNSET
    brand: str | Unset = UNSET
    type_: str | Unset = UNSET
    """ For example CREDIT_CARD or DEBIT_CARD. """
    status: str | Unset = UNSET
    last4: str | Unset = UNSET
    expiration: CardAccountExpiration | Unset = UNSET
    default: CardAccountDefault | Unset = UNSET
    created_time: datetime.datetime | Unset = UNSET
    updated_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        archived = self.archived

        created_by = self.created_by

        issuing_bank_name = self.issuing_bank_name

        name_on_account = self.name_on_account

        brand = self.brand

        type_ = self.type_

        status = self.status

        last4 = self.last4

        expiration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expiration, Unset):
            expiration = self.expiration.to_dict()

        default: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default, Unset):
            default = self.default.to_dict()

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
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if issuing_bank_name is not UNSET:
            field_dict["issuingBankName"] = issuing_bank_name
        if name_on_account is not UNSET:
            field_dict["nameOnAccount"] = name_on_account
        if brand is not UNSET:
            field_dict["brand"] = brand
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if last4 is not UNSET:
            field_dict["last4"] = last4
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if default is not UNSET:
            field_dict["default"] = default
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.card_account_default import CardAccountDefault  # noqa: PLC0415
        from ..models.card_account_expiration import CardAccountExpiration  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        archived = d.pop("archived", UNSET)

        created_by = d.pop("createdBy", UNSET)

        issuing_bank_name = d.pop("issuingBankName", UNSET)

        name_on_account = d.pop("nameOnAccount", UNSET)

        brand = d.pop("brand", UNSET)

        type_ = d.pop("type", UNSET)

        status = d.pop("status", UNSET)

        last4 = d.pop("last4", UNSET)

        _expiration = d.pop("expiration", UNSET)
        expiration: CardAccountExpiration | Unset
        if isinstance(_expiration, Unset):
            expiration = UNSET
        else:
            expiration = CardAccountExpiration.from_dict(_expiration)

        _default = d.pop("default", UNSET)
        default: CardAccountDefault | Unset
        if isinstance(_default, Unset):
            default = UNSET
        else:
            default = CardAccountDefault.from_dict(_default)

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

        card_account = cls(
            id=id,
            archived=archived,
            created_by=created_by,
            issuing_bank_name=issuing_bank_name,
            name_on_account=name_on_account,
            brand=brand,
            type_=type_,
            status=status,
            last4=last4,
            expiration=expiration,
            default=default,
            created_time=created_time,
            updated_time=updated_time,
        )

        card_account.additional_properties = d
        return card_account

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
