from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.customer_account_type import CustomerAccountType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_input import AddressInput
    from ..models.customer_contact_input import CustomerContactInput


T = TypeVar("T", bound="CustomerUpdate")


@_attrs_define
class CustomerUpdate:
    name: str | Unset = UNSET
    email: str | Unset = UNSET
    company_name: str | Unset = UNSET
    contact: CustomerContactInput | Unset = UNSET
    phone: str | Unset = UNSET
    fax: str | Unset = UNSET
    description: str | Unset = UNSET
    invoice_currency: str | Unset = UNSET
    account_type: CustomerAccountType | Unset = UNSET
    """ Whether the customer is a business or a person. """
    payment_term_id: str | Unset = UNSET
    account_number: str | Unset = UNSET
    billing_address: AddressInput | Unset = UNSET
    shipping_address: AddressInput | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
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

        account_type: str | Unset = UNSET
        if not isinstance(self.account_type, Unset):
            account_type = self.account_type.value

        payment_term_id = self.payment_term_id

        account_number = self.account_number

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_address, Unset):
            shipping_address = self.shipping_address.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address_input import AddressInput  # noqa: PLC0415
        from ..models.customer_contact_input import CustomerContactInput  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        email = d.pop("email", UNSET)

        company_name = d.pop("companyName", UNSET)

        _contact = d.pop("contact", UNSET)
        contact: CustomerContactInput | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = CustomerContactInput.from_dict(_contact)

        phone = d.pop("phone", UNSET)

        fax = d.pop("fax", UNSET)

        description = d.pop("description", UNSET)

        invoice_currency = d.pop("invoiceCurrency", UNSET)

        _account_type = d.pop("accountType", UNSET)
        account_type: CustomerAccountType | Unset
        if isinstance(_account_type, Unset):
            account_type = UNSET
        else:
            account_type = CustomerAccountType(_account_type)

        payment_term_id = d.pop("paymentTermId", UNSET)

        account_number = d.pop("accountNumber", UNSET)

        _billing_address = d.pop("billingAddress", UNSET)
        billing_address: AddressInput | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = AddressInput.from_dict(_billing_address)

        _shipping_address = d.pop("shippingAddress", UNSET)
        shipping_address: AddressInput | Unset
        if isinstance(_shipping_address, Unset):
            shipping_address = UNSET
        else:
            shipping_address = AddressInput.from_dict(_shipping_address)

        customer_update = cls(
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
        )

        return customer_update
