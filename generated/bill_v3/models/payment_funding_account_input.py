from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.payment_funding_account_input_type import PaymentFundingAccountInputType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentFundingAccountInput")


@_attrs_define
class PaymentFundingAccountInput:
    type_: PaymentFundingAccountInputType
    """ WALLET is the organization's BILL balance. """
    id: str | Unset = UNSET
    """ The bank account, card account or AP Card to pay from; not sent for WALLET. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = PaymentFundingAccountInputType(d.pop("type"))

        id = d.pop("id", UNSET)

        payment_funding_account_input = cls(
            type_=type_,
            id=id,
        )

        return payment_funding_account_input
