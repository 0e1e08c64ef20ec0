from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SetCustomerAuthorizationData")


@_attrs_define
class SetCustomerAuthorizationData:
    """Data of SetCustomerAuthorization."""

    customer_id: str
    """ The customer (0cu...). """
    has_authorized_to_charge: bool
    """ The customer has agreed to be charged. """

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        has_authorized_to_charge = self.has_authorized_to_charge

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "customerId": customer_id,
                "hasAuthorizedToCharge": has_authorized_to_charge,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_id = d.pop("customerId")

        has_authorized_to_charge = d.pop("hasAuthorizedToCharge")

        set_customer_authorization_data = cls(
            customer_id=customer_id,
            has_authorized_to_charge=has_authorized_to_charge,
        )

        return set_customer_authorization_data
