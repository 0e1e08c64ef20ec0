from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.vendor_additional_info import VendorAdditionalInfo
    from ..models.vendor_payment_information import VendorPaymentInformation


T = TypeVar("T", bound="Vendor")


@_attrs_define
class Vendor:
    id: str
    archived: bool | Unset = UNSET
    name: str | Unset = UNSET
    short_name: str | Unset = UNSET
    account_number: str | Unset = UNSET
    account_type: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    address: Address | Unset = UNSET
    payment_information: VendorPaymentInformation | Unset = UNSET
    additional_info: VendorAdditionalInfo | Unset = UNSET
    bill_currency: str | Unset = UNSET
    network_status: str | Unset = UNSET
    """ NOT_CONNECTED until the vendor joins the organization's BILL network; then PENDING, CONNECTED or
    CONNECTED_RPPS. """
    created_time: datetime.datetime | Unset = UNSET
    updated_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        archived = self.archived

        name = self.name

        short_name = self.short_name

        account_number = self.account_number

        account_type = self.account_type

        email = self.email

        phone = self.phone

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        payment_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_information, Unset):
            payment_information = self.payment_information.to_dict()

        additional_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_info, Unset):
            additional_info = self.additional_info.to_dict()

        bill_currency = self.bill_currency

        network_status = self.network_status

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
        if name is not UNSET:
            field_dict["name"] = name
        if short_name is not UNSET:
            field_dict["shortName"] = short_name
        if account_number is not UNSET:
            field_dict["accountNumber"] = account_number
        if account_type is not UNSET:
            field_dict["accountType"] = account_type
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if address is not UNSET:
            field_dict["address"] = address
        if payment_information is not UNSET:
            field_dict["paymentInformation"] = payment_information
        if additional_info is not UNSET:
            field_dict["additionalInfo"] = additional_info
        if bill_currency is not UNSET:
            field_dict["billCurrency"] = bill_currency
        if network_status is not UNSET:
            field_dict["networkStatus"] = network_status
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.vendor_additional_info import VendorAdditionalInfo  # noqa: PLC0415
        from ..models.vendor_payment_information import VendorPaymentInformation  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        archived = d.pop("archived", UNSET)

        name = d.pop("name", UNSET)

        short_name = d.pop("shortName", UNSET)

        account_number = d.pop("accountNumber", UNSET)

        account_type = d.pop("accountType", UNSET)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        _address = d.pop("address", UNSET)
        address: Address | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = Address.from_dict(_address)

        _payment_information = d.pop("paymentInformation", UNSET)
        payment_information: VendorPaymentInformation | Unset
        if isinstance(_payment_information, Unset):
            payment_information = UNSET
        else:
            payment_information = VendorPaymentInformation.from_dict(_payment_information)

        _additional_info = d.pop("additionalInfo", UNSET)
        additional_info: VendorAdditionalInfo | Unset
        if isinstance(_additional_info, Unset):
            additional_info = UNSET
        else:
            additional_info = VendorAdditionalInfo.from_dict(_additional_info)

        bill_currency = d.pop("billCurrency", UNSET)

        network_status = d.pop("networkStatus", UNSET)

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

        vendor = cls(
            id=id,
            archived=archived,
            name=name,
            short_name=short_name,
            account_number=account_number,
            account_type=account_type,
            email=email,
            phone=phone,
            address=address,
            payment_information=payment_information,
            additional_info=additional_info,
            bill_currency=bill_currency,
            network_status=network_status,
            created_time=created_time,
            updated_time=updated_time,
        )

        vendor.additional_properties = d
        return vendor

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
