from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.active_flag import ActiveFlag
from ..models.customer_contact_entity import CustomerContactEntity
from ..models.customer_contact_timezone import CustomerContactTimezone
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerContact")


@_attrs_define
class CustomerContact:
    """A person at a customer, as BILL returns it."""

    entity: CustomerContactEntity
    id: str
    is_active: ActiveFlag | Unset = UNSET
    """ "1" active, "2" inactive (deleted). """
    created_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    updated_time: str | Unset = UNSET
    """ Such as 2026-12-30T07:00:00.000+0000. """
    customer_id: str | Unset = UNSET
    """ The customer the contact belongs to. """
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    alt_phone: str | Unset = UNSET
    fax: str | Unset = UNSET
    timezone_id: CustomerContactTimezone | Unset = UNSET
    """ "3" Pacific, "4" Mountain, "5" Central, "6" Eastern (standard time). """
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

        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        phone = self.phone

        alt_phone = self.alt_phone

        fax = self.fax

        timezone_id: str | Unset = UNSET
        if not isinstance(self.timezone_id, Unset):
            timezone_id = self.timezone_id.value

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
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if alt_phone is not UNSET:
            field_dict["altPhone"] = alt_phone
        if fax is not UNSET:
            field_dict["fax"] = fax
        if timezone_id is not UNSET:
            field_dict["timezoneId"] = timezone_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity = CustomerContactEntity(d.pop("entity"))

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

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        alt_phone = d.pop("altPhone", UNSET)

        fax = d.pop("fax", UNSET)

        _timezone_id = d.pop("timezoneId", UNSET)
        timezone_id: CustomerContactTimezone | Unset
        if isinstance(_timezone_id, Unset):
            timezone_id = UNSET
        else:
            timezone_id = CustomerContactTimezone(_timezone_id)

        customer_contact = cls(
            entity=entity,
            id=id,
            is_active=is_active,
            created_time=created_time,
            updated_time=updated_time,
            customer_id=customer_id,
            first_name=first_name,
            last_name=last_name,
            email=email,
            phone=phone,
            alt_phone=alt_phone,
            fax=fax,
            timezone_id=timezone_id,
        )

        customer_contact.additional_properties = d
        return customer_contact

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
