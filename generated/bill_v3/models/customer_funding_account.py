from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CustomerFundingAccount")


@_attrs_define
class CustomerFundingAccount:
    """The customer account the money is drawn from."""

    id: str
    """ The id of one of a customer's bank accounts. """
    type_: str
    """ BANK_ACCOUNT for a customer bank account. """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        customer_funding_account = cls(
            id=id,
            type_=type_,
        )

        return customer_funding_account
