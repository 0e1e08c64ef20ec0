from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.active_flag import ActiveFlag
from ..models.customer_bank_account_entity import CustomerBankAccountEntity
from ..models.customer_bank_account_flag_type_1 import CustomerBankAccountFlagType1
from ..models.customer_bank_account_status import CustomerBankAccountStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerBankAccount")


@_attrs_define
class CustomerBankAccount:
    """A customer's bank account that you can charge, as BILL returns it."""

    entity: CustomerBankAccountEntity
    id: str
    is_active: ActiveFlag | Unset = UNSET
    """ "1" active, "2" inactive (deleted). """
    created_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    updated_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    customer_id: str | Unset = UNSET
    name_on_account: str | Unset = UNSET
    nickname: str | Unset = UNSET
    routing_number: str | Unset = UNSET
    account_number: str | Unset = UNSET
    is_locked_by_org: bool | Unset = UNSET
    """ Whether the account is locked against the customer's own changes. """
    is_savings: bool | CustomerBankAccountFlagType1 | Unset = UNSET
    """ isSavings (savings, not checking) and isPersonalAcct (personal, not business): BILL documents them as the
    text "true"/"false"; booleans are accepted too. """
    is_personal_acct: bool | CustomerBankAccountFlagType1 | Unset = UNSET
    """ isSavings (savings, not checking) and isPersonalAcct (personal, not business): BILL documents them as the
    text "true"/"false"; booleans are accepted too. """
    is_written_auth: bool | Unset = UNSET
    """ Whether the customer has authorised you in writing to debit the account. """
    is_private: bool | Unset = UNSET
    phone: str | Unset = UNSET
    cp_user_id: str | Unset = UNSET
    """ The customer's own BILL user name. """
    status: CustomerBankAccountStatus | Unset = UNSET
    """ "0" not verified, "1" verified, "2" pending, "3" blocked, "4" expired, "5" invalid. """
    rnd_dep_expire_date: str | Unset = UNSET
    """ When the verification deposits expire. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

        created_time = self.created_time

        updated_time = self.updated_time

        customer_id = self.customer_id

        name_on_account = self.name_on_account

        nickname = self.nickname

        routing_number = self.routing_number

        account_number = self.account_number

        is_locked_by_org = self.is_locked_by_org

        is_savings: bool | str | Unset
        if isinstance(self.is_savings, Unset):
            is_savings = UNSET
        elif isinstance(self.is_savings, CustomerBankAccountFlagType1):
            is_savings = self.is_savings.value
        else:
            is_savings = self.is_savings

        is_personal_acct: bool | str | Unset
        if isinstance(self.is_personal_acct, Unset):
            is_personal_acct = UNSET
        elif isinstance(self.is_personal_acct, CustomerBankAccountFlagType1):
            is_personal_acct = self.is_personal_acct.value
        else:
            is_personal_acct = self.is_personal_acct

        is_written_auth = self.is_written_auth

        is_private = self.is_private

        phone = self.phone

        cp_user_id = self.cp_user_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        rnd_dep_expire_date = self.rnd_dep_expire_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity": entity,
                "id": id,
            }
        )
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if name_on_account is not UNSET:
            field_dict["nameOnAccount"] = name_on_account
        if nickname is not UNSET:
            field_dict["nickname"] = nickname
        if routing_number is not UNSET:
            field_dict["routingNumber"] = routing_number
        if account_number is not UNSET:
            field_dict["accountNumber"] = account_number
        if is_locked_by_org is not UNSET:
            field_dict["isLockedByOrg"] = is_locked_by_org
        if is_savings is not UNSET:
            field_dict["isSavings"] = is_savings
        if is_personal_acct is not UNSET:
            field_dict["isPersonalAcct"] = is_personal_acct
        if is_written_auth is not UNSET:
            field_dict["isWrittenAuth"] = is_written_auth
        if is_private is not UNSET:
            field_dict["isPrivate"] = is_private
        if phone is not UNSET:
            field_dict["phone"] = phone
        if cp_user_id is not UNSET:
            field_dict["cpUserId"] = cp_user_id
        if status is not UNSET:
            field_dict["status"] = status
        if rnd_dep_expire_date is not UNSET:
            field_dict["rndDepExpireDate"] = rnd_dep_expire_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = CustomerBankAccountEntity(d.pop("entity"))

        id = d.pop("id")

        _is_active = d.pop("isActive", UNSET)
        is_active: ActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = ActiveFlag(_is_active)

        created_time = d.pop("createdTime", UNSET)

        updated_time = d.pop("updatedTime", UNSET)

        customer_id = d.pop("customerId", UNSET)

        name_on_account = d.pop("nameOnAccount", UNSET)

        nickname = d.pop("nickname", UNSET)

        routing_number = d.pop("routingNumber", UNSET)

        account_number = d.pop("accountNumber", UNSET)

        is_locked_by_org = d.pop("isLockedByOrg", UNSET)

        def _parse_is_savings(data: object) -> bool | CustomerBankAccountFlagType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_customer_bank_account_flag_type_1 = CustomerBankAccountFlagType1(data)

                return componentsschemas_customer_bank_account_flag_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | CustomerBankAccountFlagType1 | Unset, data)

        is_savings = _parse_is_savings(d.pop("isSavings", UNSET))

        def _parse_is_personal_acct(data: object) -> bool | CustomerBankAccountFlagType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_customer_bank_account_flag_type_1 = CustomerBankAccountFlagType1(data)

                return componentsschemas_customer_bank_account_flag_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | CustomerBankAccountFlagType1 | Unset, data)

        is_personal_acct = _parse_is_personal_acct(d.pop("isPersonalAcct", UNSET))

        is_written_auth = d.pop("isWrittenAuth", UNSET)

        is_private = d.pop("isPrivate", UNSET)

        phone = d.pop("phone", UNSET)

        cp_user_id = d.pop("cpUserId", UNSET)

        _status = d.pop("status", UNSET)
        status: CustomerBankAccountStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CustomerBankAccountStatus(_status)

        rnd_dep_expire_date = d.pop("rndDepExpireDate", UNSET)

        customer_bank_account = cls(
            entity=entity,
            id=id,
            is_active=is_active,
            created_time=created_time,
            updated_time=updated_time,
            customer_id=customer_id,
            name_on_account=name_on_account,
            nickname=nickname,
            routing_number=routing_number,
            account_number=account_number,
            is_locked_by_org=is_locked_by_org,
            is_savings=is_savings,
            is_personal_acct=is_personal_acct,
            is_written_auth=is_written_auth,
            is_private=is_private,
            phone=phone,
            cp_user_id=cp_user_id,
            status=status,
            rnd_dep_expire_date=rnd_dep_expire_date,
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
