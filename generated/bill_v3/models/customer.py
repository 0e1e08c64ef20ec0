from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.customer_balance import CustomerBalance
    from ..models.customer_contact import CustomerContact


T = TypeVar("T", bound="Customer")


@_attrs_define
class Customer:
    id: str
    archived: bool | Unset = UNSET
    name: str | Unset = UNSET
    email: str | Unset = UNSET
    company_name: str | Unset = UNSET
    contact: CustomerContact | Unset = UNSET
    phone: str | Unset = UNSET
    fax: str | Unset = UNSET
    description: str | Unset = UNSET
    invoice_currency: str | Unset = UNSET
    account_type: str | Unset = UNSET
    payment_term_id: str | Unset = UNSET
    account_number: str | Unset = UNSET
    billing_address: Address | Unset = UNSET
    shipping_address: Address | Unset = UNSET
    balance: CustomerBalance | Unset = UNSET
    """ Money the customer has paid that no invoice has used yet (overpayments). """
    authorized_to_charge: bool | Unset = UNSET
    """ Whether the organization may charge the customer's bank accounts. """
    created_time: datetime.datetime | Unset = UNSET
    updated_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        archived = self.archived

        name = self.name

        email = self.email

        company_name = self.company_name

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        phone = self.phone

        fax = self.fax

        description = self.description

        invoice_currency = self.invoice_currency

        account_type = self.account_type

        payment_term_id = self.payment_term_id

        account_number = self.account_number

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_address, Unset):
            shipping_address = self.shipping_address.to_dict()

        balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance, Unset):
            balance = self.balance.to_dict()

        authorized_to_charge = self.authorized_to_charge

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
        if email is not UNSET:
            field_dict["email"] = email
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if contact is not UNSET:
            field_dict["contact"] = contact
        if phone is not UNSET:
            field_dict["phone"] = phone
        if fax is not UNSET:
            field_dict["fax"] = fax
        if description is not UNSET:
            field_dict["description"] = description
        if invoice_currency is not UNSET:
            field_dict["invoiceCurrency"] = invoice_currency
        if account_type is not UNSET:
            field_dict["accountType"] = account_type
        if payment_term_id is not UNSET:
            field_dict["paymentTermId"] = payment_term_id
        if account_number is not UNSET:
            field_dict["accountNumber"] = account_number
        if billing_address is not UNSET:
            field_dict["billingAddress"] = billing_address
        if shipping_address is not UNSET:
            field_dict["shippingAddress"] = shipping_address
        if balance is not UNSET:
            field_dict["balance"] = balance
        if authorized_to_charge is not UNSET:
            field_dict["authorizedToCharge"] = authorized_to_charge
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.customer_balance import CustomerBalance  # noqa: PLC0415
        from ..models.customer_contact import CustomerContact  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        archived = d.pop("archived", UNSET)

        name = d.pop("name", UNSET)

        email = d.pop("email", UNSET)

        company_name = d.pop("companyName", UNSET)

        _contact = d.pop("contact", UNSET)
        contact: CustomerContact | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = CustomerContact.from_dict(_contact)

        phone = d.pop("phone", UNSET)

        fax = d.pop("fax", UNSET)

        description = d.pop("description", UNSET)

        invoice_currency = d.pop("invoiceCurrency", UNSET)

        account_type = d.pop("accountType", UNSET)

        payment_term_id = d.pop("paymentTermId", UNSET)

        account_number = d.pop("accountNumber", UNSET)

        _billing_address = d.pop("billingAddress", UNSET)
        billing_address: Address | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = Address.from_dict(_billing_address)

        _shipping_address = d.pop("shippingAddress", UNSET)
        shipping_address: Address | Unset
        if isinstance(_shipping_address, Unset):
            shipping_address = UNSET
        else:
            shipping_address = Address.from_dict(_shipping_address)

        _balance = d.pop("balance", UNSET)
        balance: CustomerBalance | Unset
        if isinstance(_balance, Unset):
            balance = UNSET
        else:
            balance = CustomerBalance.from_dict(_balance)

        authorized_to_charge = d.pop("authorizedToCharge", UNSET)

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

        customer = cls(
            id=id,
            archived=archived,
            name=name,
            email=email,
            company_name=company_name,
            contact=contact,
            phone=phone,
            fax=fax,
            description=description,
            invoice_currency=invoice_currency,
            account_type=account_type,
            payment_term_id=payment_term_id,
            account_number=account_number,
            billing_address=billing_address,
            shipping_address=shipping_address,
            balance=balance,
            authorized_to_charge=authorized_to_charge,
            created_time=created_time,
            updated_time=updated_time,
        )

        customer.additional_properties = d
        return customer

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
