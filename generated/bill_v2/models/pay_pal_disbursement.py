from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayPalDisbursement")


@_attrs_define
class PayPalDisbursement:
    """A PayPal payment."""

    sender_email: str | Unset = UNSET
    receiver_email: str | Unset = UNSET
    txn_status: str | Unset = UNSET
    pending_reason: str | Unset = UNSET
    void_reason: str | Unset = UNSET
    void_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sender_email = self.sender_email

        receiver_email = self.receiver_email

        txn_status = self.txn_status

        pending_reason = self.pending_reason

        void_reason = self.void_reason

        void_message = self.void_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sender_email is not UNSET:
            field_dict["senderEmail"] = sender_email
        if receiver_email is not UNSET:
            field_dict["receiverEmail"] = receiver_email
        if txn_status is not UNSET:
            field_dict["txnStatus"] = txn_status
        if pending_reason is not UNSET:
            field_dict["pendingReason"] = pending_reason
        if void_reason is not UNSET:
            field_dict["voidReason"] = void_reason
        if void_message is not UNSET:
            field_dict["voidMessage"] = void_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sender_email = d.pop("senderEmail", UNSET)

        receiver_email = d.pop("receiverEmail", UNSET)

        txn_status = d.pop("txnStatus", UNSET)

        pending_reason = d.pop("pendingReason", UNSET)

        void_reason = d.pop("voidReason", UNSET)

        void_message = d.pop("voidMessage", UNSET)

        pay_pal_disbursement = cls(
            sender_email=sender_email,
            receiver_email=receiver_email,
            txn_status=txn_status,
            pending_reason=pending_reason,
            void_reason=void_reason,
            void_message=void_message,
        )

        pay_pal_disbursement.additional_properties = d
        return pay_pal_disbursement

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
