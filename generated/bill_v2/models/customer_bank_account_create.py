from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.active_flag import ActiveFlag
from ..models.customer_bank_account_create_entity import CustomerBankAccountCreateEntity
from ..models.customer_bank_account_flag_type_1 import CustomerBankAccountFlagType1
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerBankAccountCreate")


@_attrs_define
class CustomerBankAccountCreate:
    """The fields of a new customer bank account; it cannot be changed later, only deleted."""

    entity: CustomerBankAccountCreateEntity
    customer_id: str
    name_on_account: str
    routing_number: str
    account_number: str
    is_active: ActiveFlag | Unset = UNSET
    """ "1" active, "2" inactive (deleted). """
    nickname: str | Unset = UNSET
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

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        customer_id = self.customer_id

        name_on_account = self.name_on_account

        routing_number = self.routing_number

        account_number = self.account_number

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

        nickname = self.nickname

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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "entity": entity,
                "customerId": customer_id,
                "nameOnAccount": name_on_account,
                "routingNumber": routing_number,
                "accountNumber": account_number,
            }
        )
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if nickname is not UNSET:
            field_dict["nickname"] = nickname
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = CustomerBankAccountCreateEntity(d.pop("entity"))

        customer_id = d.pop("customerId")

        name_on_account = d.pop("nameOnAccount")

        routing_number = d.pop("routingNumber")

        account_number = d.pop("accountNumber")

        _is_active = d.pop("isActive", UNSET)
        is_active: ActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = ActiveFlag(_is_active)

        nickname = d.pop("nickname", UNSET)

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

        customer_bank_account_create = cls(
            entity=entity,
            customer_id=customer_id,
            name_on_account=name_on_account,
            routing_number=routing_number,
            account_number=account_number,
            is_active=is_active,
            nickname=nickname,
            is_locked_by_org=is_locked_by_org,
            is_savings=is_savings,
            is_personal_acct=is_personal_acct,
            is_written_auth=is_written_auth,
            is_private=is_private,
            phone=phone,
            cp_user_id=cp_user_id,
        )

        return customer_bank_account_create
