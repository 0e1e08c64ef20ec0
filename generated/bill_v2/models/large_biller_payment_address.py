from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.large_biller_payment_address_entity import LargeBillerPaymentAddressEntity
from ..types import UNSET, Unset

T = TypeVar("T", bound="LargeBillerPaymentAddress")


@_attrs_define
class LargeBillerPaymentAddress:
    """An address a verified national vendor takes payments at."""

    entity: LargeBillerPaymentAddressEntity | Unset = UNSET
    id: str | Unset = UNSET
    """ ConnectLargeBillerAsVendor takes it as addressId. """
    large_biller_id: str | Unset = UNSET
    address1: str | Unset = UNSET
    address2: str | Unset = UNSET
    address_city: str | Unset = UNSET
    address_state: str | Unset = UNSET
    address_country: str | Unset = UNSET
    address_zip: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity: str | Unset = UNSET
        if not isinstance(self.entity, Unset):
            entity = self.entity.value

        id = self.id

        large_biller_id = self.large_biller_id

        address1 = self.address1

        address2 = self.address2

        address_city = self.address_city

        address_state = self.address_state

        address_country = self.address_country

        address_zip = self.address_zip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entity is not UNSET:
            field_dict["entity"] = entity
        if id is not UNSET:
            field_dict["id"] = id
        if large_biller_id is not UNSET:
            field_dict["largeBillerId"] = large_biller_id
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if address_city is not UNSET:
            field_dict["addressCity"] = address_city
        if address_state is not UNSET:
            field_dict["addressState"] = address_state
        if address_country is not UNSET:
            field_dict["addressCountry"] = address_country
        if address_zip is not UNSET:
            field_dict["addressZip"] = address_zip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _entity = d.pop("entity", UNSET)
        entity: LargeBillerPaymentAddressEntity | Unset
        if isinstance(_entity, Unset):
            entity = UNSET
        else:
            entity = LargeBillerPaymentAddressEntity(_entity)

        id = d.pop("id", UNSET)

        large_biller_id = d.pop("largeBillerId", UNSET)

        address1 = d.pop("address1", UNSET)

        address2 = d.pop("address2", UNSET)

        address_city = d.pop("addressCity", UNSET)

        address_state = d.pop("addressState", UNSET)

        address_country = d.pop("addressCountry", UNSET)

        address_zip = d.pop("addressZip", UNSET)

        large_biller_payment_address = cls(
            entity=entity,
            id=id,
            large_biller_id=large_biller_id,
            address1=address1,
            address2=address2,
            address_city=address_city,
            address_state=address_state,
            address_country=address_country,
            address_zip=address_zip,
        )

        large_biller_payment_address.additional_properties = d
        return large_biller_payment_address

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
