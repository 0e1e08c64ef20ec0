from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.customer_bank_account_create import CustomerBankAccountCreate


T = TypeVar("T", bound="CustomerBankAccountCreateData")


@_attrs_define
class CustomerBankAccountCreateData:
    """Unlike other creates, this one also carries the customer's consent to BILL's payment terms."""

    obj: CustomerBankAccountCreate
    """ The fields of a new customer bank account; it cannot be changed later, only deleted. """
    agreed_with_tos: bool
    """ The customer has accepted BILL's payment terms of service. """

    def to_dict(self) -> dict[str, Any]:
        obj = self.obj.to_dict()

        agreed_with_tos = self.agreed_with_tos

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "obj": obj,
                "agreedWithTOS": agreed_with_tos,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_bank_account_create import CustomerBankAccountCreate  # noqa: PLC0415

        d = dict(src_dict)
        obj = CustomerBankAccountCreate.from_dict(d.pop("obj"))

        agreed_with_tos = d.pop("agreedWithTOS")

        customer_bank_account_create_data = cls(
            obj=obj,
            agreed_with_tos=agreed_with_tos,
        )

        return customer_bank_account_create_data
