from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.large_biller_entity import LargeBillerEntity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.large_biller_mask import LargeBillerMask
    from ..models.large_biller_payment_address import LargeBillerPaymentAddress


T = TypeVar("T", bound="LargeBiller")


@_attrs_define
class LargeBiller:
    """A verified national vendor."""

    entity: LargeBillerEntity | Unset = UNSET
    id: str | Unset = UNSET
    """ ConnectLargeBillerAsVendor and GetLargeBillerPaymentAddress take it. """
    biller_reference: float | Unset = UNSET
    """ The biller's number in the directory. """
    biller_name: str | Unset = UNSET
    line_of_business: str | Unset = UNSET
    """ A two-letter code. """
    biller_class: str | Unset = UNSET
    biller_type: str | Unset = UNSET
    """ Core or Gateway. """
    currency: str | Unset = UNSET
    """ The ISO 4217 numeric code of the currency it accepts ("840" is USD). """
    addresses: list[LargeBillerPaymentAddress] | Unset = UNSET
    masks: list[LargeBillerMask] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity: str | Unset = UNSET
        if not isinstance(self.entity, Unset):
            entity = self.entity.value

        id = self.id

        biller_reference = self.biller_reference

        biller_name = self.biller_name

        line_of_business = self.line_of_business

        biller_class = self.biller_class

        biller_type = self.biller_type

        currency = self.currency

        addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.addresses, Unset):
            addresses = []
            for addresses_item_data in self.addresses:
                addresses_item = addresses_item_data.to_dict()
                addresses.append(addresses_item)

        masks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.masks, Unset):
            masks = []
            for masks_item_data in self.masks:
                masks_item = masks_item_data.to_dict()
                masks.append(masks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entity is not UNSET:
            field_dict["entity"] = entity
        if id is not UNSET:
            field_dict["id"] = id
        if biller_reference is not UNSET:
            field_dict["billerReference"] = biller_reference
        if biller_name is not UNSET:
            field_dict["billerName"] = biller_name
        if line_of_business is not UNSET:
            field_dict["lineOfBusiness"] = line_of_business
        if biller_class is not UNSET:
            field_dict["billerClass"] = biller_class
        if biller_type is not UNSET:
            field_dict["billerType"] = biller_type
        if currency is not UNSET:
            field_dict["currency"] = currency
        if addresses is not UNSET:
            field_dict["addresses"] = addresses
        if masks is not UNSET:
            field_dict["masks"] = masks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.large_biller_mask import LargeBillerMask  # noqa: PLC0415
        from ..models.large_biller_payment_address import LargeBillerPaymentAddress  # noqa: PLC0415

        d = dict(src_dict)
        _entity = d.pop("entity", UNSET)
        entity: LargeBillerEntity | Unset
        if isinstance(_entity, Unset):
            entity = UNSET
        else:
            entity = LargeBillerEntity(_entity)

        id = d.pop("id", UNSET)

        biller_reference = d.pop("billerReference", UNSET)

        biller_name = d.pop("billerName", UNSET)

        line_of_business = d.pop("lineOfBusiness", UNSET)

        biller_class = d.pop("billerClass", UNSET)

        biller_type = d.pop("billerType", UNSET)

        currency = d.pop("currency", UNSET)

        _addresses = d.pop("addresses", UNSET)
        addresses: list[LargeBillerPaymentAddress] | Unset = UNSET
        if _addresses is not UNSET:
            addresses = []
            for addresses_item_data in _addresses:
                addresses_item = LargeBillerPaymentAddress.from_dict(addresses_item_data)

                addresses.append(addresses_item)

        _masks = d.pop("masks", UNSET)
        masks: list[LargeBillerMask] | Unset = UNSET
        if _masks is not UNSET:
            masks = []
            for masks_item_data in _masks:
                masks_item = LargeBillerMask.from_dict(masks_item_data)

                masks.append(masks_item)

        large_biller = cls(
            entity=entity,
            id=id,
            biller_reference=biller_reference,
            biller_name=biller_name,
            line_of_business=line_of_business,
            biller_class=biller_class,
            biller_type=biller_type,
            currency=currency,
            addresses=addresses,
            masks=masks,
        )

        large_biller.additional_properties = d
        return large_biller

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
