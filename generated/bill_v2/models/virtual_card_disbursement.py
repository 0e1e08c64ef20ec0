from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.virtual_card_disbursement_status import VirtualCardDisbursementStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="VirtualCardDisbursement")


@_attrs_define
class VirtualCardDisbursement:
    """A single-use virtual card (Vendor Direct)."""

    status: VirtualCardDisbursementStatus | Unset = UNSET
    """ 0 requested, 1 issued, 2 failed, 3 void, 4 used. """
    token_expiration: str | Unset = UNSET
    masked_card_number: str | Unset = UNSET
    card_issue_date: str | Unset = UNSET
    settlement_date: str | Unset = UNSET
    arrives_by_date: str | Unset = UNSET
    vcard_account_number: str | Unset = UNSET
    masked_vcard_account_number: str | Unset = UNSET
    cvv: str | Unset = UNSET
    vcard_expiration: str | Unset = UNSET
    vcard_authorized_date: str | Unset = UNSET
    """ A card payment can be voided only before this. """
    remit_email: str | Unset = UNSET
    zip_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        token_expiration = self.token_expiration

        masked_card_number = self.masked_card_number

        card_issue_date = self.card_issue_date

        settlement_date = self.settlement_date

        arrives_by_date = self.arrives_by_date

        vcard_account_number = self.vcard_account_number

        masked_vcard_account_number = self.masked_vcard_account_number

        cvv = self.cvv

        vcard_expiration = self.vcard_expiration

        vcard_authorized_date = self.vcard_authorized_date

        remit_email = self.remit_email

        zip_code = self.zip_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if token_expiration is not UNSET:
            field_dict["tokenExpiration"] = token_expiration
        if masked_card_number is not UNSET:
            field_dict["maskedCardNumber"] = masked_card_number
        if card_issue_date is not UNSET:
            field_dict["cardIssueDate"] = card_issue_date
        if settlement_date is not UNSET:
            field_dict["settlementDate"] = settlement_date
        if arrives_by_date is not UNSET:
            field_dict["arrivesByDate"] = arrives_by_date
        if vcard_account_number is not UNSET:
            field_dict["vcardAccountNumber"] = vcard_account_number
        if masked_vcard_account_number is not UNSET:
            field_dict["maskedVcardAccountNumber"] = masked_vcard_account_number
        if cvv is not UNSET:
            field_dict["cvv"] = cvv
        if vcard_expiration is not UNSET:
            field_dict["vcardExpiration"] = vcard_expiration
        if vcard_authorized_date is not UNSET:
            field_dict["vcardAuthorizedDate"] = vcard_authorized_date
        if remit_email is not UNSET:
            field_dict["remitEmail"] = remit_email
        if zip_code is not UNSET:
            field_dict["zipCode"] = zip_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: VirtualCardDisbursementStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = VirtualCardDisbursementStatus(_status)

        token_expiration = d.pop("tokenExpiration", UNSET)

        masked_card_number = d.pop("maskedCardNumber", UNSET)

        card_issue_date = d.pop("cardIssueDate", UNSET)

        settlement_date = d.pop("settlementDate", UNSET)

        arrives_by_date = d.pop("arrivesByDate", UNSET)

        vcard_account_number = d.pop("vcardAccountNumber", UNSET)

        masked_vcard_account_number = d.pop("maskedVcardAccountNumber", UNSET)

        cvv = d.pop("cvv", UNSET)

        vcard_expiration = d.pop("vcardExpiration", UNSET)

        vcard_authorized_date = d.pop("vcardAuthorizedDate", UNSET)

        remit_email = d.pop("remitEmail", UNSET)

        zip_code = d.pop("zipCode", UNSET)

        virtual_card_disbursement = cls(
            status=status,
            token_expiration=token_expiration,
            masked_card_number=masked_card_number,
            card_issue_date=card_issue_date,
            settlement_date=settlement_date,
            arrives_by_date=arrives_by_date,
            vcard_account_number=vcard_account_number,
            masked_vcard_account_number=masked_vcard_account_number,
            cvv=cvv,
            vcard_expiration=vcard_expiration,
            vcard_authorized_date=vcard_authorized_date,
            remit_email=remit_email,
            zip_code=zip_code,
        )

        virtual_card_disbursement.additional_properties = d
        return virtual_card_disbursement

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
