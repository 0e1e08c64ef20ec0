from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.active_flag import ActiveFlag
from ..models.bank_account_entity import BankAccountEntity
from ..models.bank_account_verification_level import BankAccountVerificationLevel
from ..models.bank_account_verify_status import BankAccountVerifyStatus
from ..models.verification_status import VerificationStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="BankAccount")


@_attrs_define
class BankAccount:
    """A bank account of the organization itself (not a vendor's or customer's)."""

    entity: BankAccountEntity
    id: str
    is_active: ActiveFlag | Unset = UNSET
    """ "1" active, "2" inactive (deleted). """
    created_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    updated_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    bank_name: str | Unset = UNSET
    name_on_acct: str | Unset = UNSET
    account_number: str | Unset = UNSET
    routing_number: str | Unset = UNSET
    users_id: str | Unset = UNSET
    """ The user who added the account. """
    chart_of_account_id: str | Unset = UNSET
    """ The chart-of-accounts entry the account books to. """
    status: VerificationStatus | Unset = UNSET
    """ "0" not verified, "1" verified, "2" pending, "3" blocked, "4" expired, "5" invalid. """
    primary_ap: bool | Unset = UNSET
    """ The default account for paying bills. """
    primary_ar: bool | Unset = UNSET
    """ The default account for receiving payments. """
    is_savings: bool | Unset = UNSET
    """ Savings rather than checking. """
    is_personal_acct: bool | Unset = UNSET
    """ Personal rather than business. """
    auto_admin_auth: bool | Unset = UNSET
    """ Administrators may use the account without being named. """
    date_established: datetime.date | Unset = UNSET
    verification_level: BankAccountVerificationLevel | Unset = UNSET
    """ "0" none, "1" relaxed fraud checks, "2" strict fraud checks, "3" verified. """
    bank_balance: float | Unset = UNSET
    verify_status: BankAccountVerifyStatus | Unset = UNSET
    """ "0" verified for ACH, "1" checking Instant Transfer availability, "2" Instant Transfer approval pending, "3"
    verified for Instant Transfer. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

        created_time = self.created_time

        updated_time = self.updated_time

        bank_name = self.bank_name

        name_on_acct = self.name_on_acct

        account_number = self.account_number

        routing_number = self.routing_number

        users_id = self.users_id

        chart_of_account_id = self.chart_of_account_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        primary_ap = self.primary_ap

        primary_ar = self.primary_ar

        is_savings = self.is_savings

        is_personal_acct = self.is_personal_acct

        auto_admin_auth = self.auto_admin_auth

        date_established: str | Unset = UNSET
        if not isinstance(self.date_established, Unset):
            date_established = self.date_established.isoformat()

        verification_level: str | Unset = UNSET
        if not isinstance(self.verification_level, Unset):
            verification_level = self.verification_level.value

        bank_balance = self.bank_balance

        verify_status: str | Unset = UNSET
        if not isinstance(self.verify_status, Unset):
            verify_status = self.verify_status.value

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
        if bank_name is not UNSET:
            field_dict["bankName"] = bank_name
        if name_on_acct is not UNSET:
            field_dict["nameOnAcct"] = name_on_acct
        if account_number is not UNSET:
            field_dict["accountNumber"] = account_number
        if routing_number is not UNSET:
            field_dict["routingNumber"] = routing_number
        if users_id is not UNSET:
            field_dict["usersId"] = users_id
        if chart_of_account_id is not UNSET:
            field_dict["chartOfAccountId"] = chart_of_account_id
        if status is not UNSET:
            field_dict["status"] = status
        if primary_ap is not UNSET:
            field_dict["primaryAP"] = primary_ap
        if primary_ar is not UNSET:
            field_dict["primaryAR"] = primary_ar
        if is_savings is not UNSET:
            field_dict["isSavings"] = is_savings
        if is_personal_acct is not UNSET:
            field_dict["isPersonalAcct"] = is_personal_acct
        if auto_admin_auth is not UNSET:
            field_dict["autoAdminAuth"] = auto_admin_auth
        if date_established is not UNSET:
            field_dict["dateEstablished"] = date_established
        if verification_level is not UNSET:
            field_dict["verificationLevel"] = verification_level
        if bank_balance is not UNSET:
            field_dict["bankBalance"] = bank_balance
        if verify_status is not UNSET:
            field_dict["verifyStatus"] = verify_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = BankAccountEntity(d.pop("entity"))

        id = d.pop("id")

        _is_active = d.pop("isActive", UNSET)
        is_active: ActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = ActiveFlag(_is_active)

        created_time = d.pop("createdTime", UNSET)

        updated_time = d.pop("updatedTime", UNSET)

        bank_name = d.pop("bankName", UNSET)

        name_on_acct = d.pop("nameOnAcct", UNSET)

        account_number = d.pop("accountNumber", UNSET)

        routing_number = d.pop("routingNumber", UNSET)

        users_id = d.pop("usersId", UNSET)

        chart_of_account_id = d.pop("chartOfAccountId", UNSET)

        _status = d.pop("status", UNSET)
        status: VerificationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = VerificationStatus(_status)

        primary_ap = d.pop("primaryAP", UNSET)

        primary_ar = d.pop("primaryAR", UNSET)

        is_savings = d.pop("isSavings", UNSET)

        is_personal_acct = d.pop("isPersonalAcct", UNSET)

        auto_admin_auth = d.pop("autoAdminAuth", UNSET)

        _date_established = d.pop("dateEstablished", UNSET)
        date_established: datetime.date | Unset
        if isinstance(_date_established, Unset):
            date_established = UNSET
        else:
            date_established = datetime.date.fromisoformat(_date_established)

        _verification_level = d.pop("verificationLevel", UNSET)
        verification_level: BankAccountVerificationLevel | Unset
        if isinstance(_verification_level, Unset):
            verification_level = UNSET
        else:
            verification_level = BankAccountVerificationLevel(_verification_level)

        bank_balance = d.pop("bankBalance", UNSET)

        _verify_status = d.pop("verifyStatus", UNSET)
        verify_status: BankAccountVerifyStatus | Unset
        if isinstance(_verify_status, Unset):
            verify_status = UNSET
        else:
            verify_status = BankAccountVerifyStatus(_verify_status)

        bank_account = cls(
            entity=entity,
            id=id,
            is_active=is_active,
            created_time=created_time,
            updated_time=updated_time,
            bank_name=bank_name,
            name_on_acct=name_on_acct,
            account_number=account_number,
            routing_number=routing_number,
            users_id=users_id,
            chart_of_account_id=chart_of_account_id,
            status=status,
            primary_ap=primary_ap,
            primary_ar=primary_ar,
            is_savings=is_savings,
            is_personal_acct=is_personal_acct,
            auto_admin_auth=auto_admin_auth,
            date_established=date_established,
            verification_level=verification_level,
            bank_balance=bank_balance,
            verify_status=verify_status,
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
