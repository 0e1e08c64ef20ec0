from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.active_flag import ActiveFlag
from ..models.customer_contact_timezone import CustomerContactTimezone
from ..models.customer_contact_update_entity import CustomerContactUpdateEntity
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerContactUpdate")


@_attrs_define
class CustomerContactUpdate:
    """The contact's writable fields. BILL wants `customerId`, `firstName` and `email` on every update, changed or not."""

    entity: CustomerContactUpdateEntity
    id: str
    customer_id: str
    """ The customer the contact belongs to. """
    first_name: str
    email: str
    is_active: ActiveFlag | Unset = UNSET
    """ "1" active, "2" inactive (deleted). """
    last_name: str | Unset = UNSET
    phone: str | Unset = UNSET
    alt_phone: str | Unset = UNSET
    fax: str | Unset = UNSET
    timezone_id: CustomerContactTimezone | Unset = UNSET
    """ "3" Pacific, "4" Mountain, "5" Central, "6" Eastern (standard time). """

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        customer_id = self.customer_id

        first_name = self.first_name

        email = self.email

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

        last_name = self.last_name

        phone = self.phone

        alt_phone = self.alt_phone

        fax = self.fax

        timezone_id: str | Unset = UNSET
        if not isinstance(self.timezone_id, Unset):
            timezone_id = self.timezone_id.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "entity": entity,
                "id": id,
                "customerId": customer_id,
                "firstName": first_name,
                "email": email,
            }
        )
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
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
        entity = CustomerContactUpdateEntity(d.pop("entity"))

        id = d.pop("id")

        customer_id = d.pop("customerId")

        first_name = d.pop("firstName")

        email = d.pop("email")

        _is_active = d.pop("isActive", UNSET)
        is_active: ActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = ActiveFlag(_is_active)

        last_name = d.pop("lastName", UNSET)

        phone = d.pop("phone", UNSET)

        alt_phone = d.pop("altPhone", UNSET)

        fax = d.pop("fax", UNSET)

        _timezone_id = d.pop("timezoneId", UNSET)
        timezone_id: CustomerContactTimezone | Unset
        if isinstance(_timezone_id, Unset):
            timezone_id = UNSET
        else:
            timezone_id = CustomerContactTimezone(_timezone_id)

        customer_contact_update = cls(
            entity=entity,
            id=id,
            customer_id=customer_id,
            first_name=first_name,
            email=email,
            is_active=is_active,
            last_name=last_name,
            phone=phone,
            alt_phone=alt_phone,
            fax=fax,
            timezone_id=timezone_id,
        )

        return customer_contact_update
