from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.billing_period import BillingPeriod
    from ..models.billing_statement_download_link import BillingStatementDownloadLink
    from ..models.billing_statement_line import BillingStatementLine


T = TypeVar("T", bound="BillingStatement")


@_attrs_define
class BillingStatement:
    id: str
    amount: float | Unset = UNSET
    billing_period: BillingPeriod | Unset = UNSET
    description: str | Unset = UNSET
    download_link: BillingStatementDownloadLink | Unset = UNSET
    """ Where to download the statement; send the sessionId header with the GET. """
    invoice_date: datetime.date | Unset = UNSET
    invoice_number: str | Unset = UNSET
    payment_status: str | Unset = UNSET
    """ For example PAID or UNPAID. """
    payment_date: datetime.date | Unset = UNSET
    statement_details: list[BillingStatementLine] | Unset = UNSET
    """ The statement's charges; only the single-statement read carries them. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        billing_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_period, Unset):
            billing_period = self.billing_period.to_dict()

        description = self.description

        download_link: dict[str, Any] | Unset = UNSET
        if not isinstance(self.download_link, Unset):
            download_link = self.download_link.to_dict()

        invoice_date: str | Unset = UNSET
        if not isinstance(self.invoice_date, Unset):
            invoice_date = self.invoice_date.isoformat()

        invoice_number = self.invoice_number

        payment_status = self.payment_status

        payment_date: str | Unset = UNSET
        if not isinstance(self.payment_date, Unset):
            payment_date = self.payment_date.isoformat()

        statement_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.statement_details, Unset):
            statement_details = []
            for statement_details_item_data in self.statement_details:
                statement_details_item = statement_details_item_data.to_dict()
                statement_details.append(statement_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if billing_period is not UNSET:
            field_dict["billingPeriod"] = billing_period
        if description is not UNSET:
            field_dict["description"] = description
        if download_link is not UNSET:
            field_dict["downloadLink"] = download_link
        if invoice_date is not UNSET:
            field_dict["invoiceDate"] = invoice_date
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number
        if payment_status is not UNSET:
            field_dict["paymentStatus"] = payment_status
        if payment_date is not UNSET:
            field_dict["paymentDate"] = payment_date
        if statement_details is not UNSET:
            field_dict["statementDetails"] = statement_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_period import BillingPeriod  # noqa: PLC0415
        from ..models.billing_statement_download_link import BillingStatementDownloadLink  # noqa: PLC0415
        from ..models.billing_statement_line import BillingStatementLine  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        amount = d.pop("amount", UNSET)

        _billing_period = d.pop("billingPeriod", UNSET)
        billing_period: BillingPeriod | Unset
        if isinstance(_billing_period, Unset):
            billing_period = UNSET
        else:
            billing_period = BillingPeriod.from_dict(_billing_period)

        description = d.pop("description", UNSET)

        _download_link = d.pop("downloadLink", UNSET)
        download_link: BillingStatementDownloadLink | Unset
        if isinstance(_download_link, Unset):
            download_link = UNSET
        else:
            download_link = BillingStatementDownloadLink.from_dict(_download_link)

        _invoice_date = d.pop("invoiceDate", UNSET)
        invoice_date: datetime.date | Unset
        if isinstance(_invoice_date, Unset):
            invoice_date = UNSET
        else:
            invoice_date = datetime.date.fromisoformat(_invoice_date)

        invoice_number = d.pop("invoiceNumber", UNSET)

        payment_status = d.pop("paymentStatus", UNSET)

        _payment_date = d.pop("paymentDate", UNSET)
        payment_date: datetime.date | Unset
        if isinstance(_payment_date, Unset):
            payment_date = UNSET
        else:
            payment_date = datetime.date.fromisoformat(_payment_date)

        _statement_details = d.pop("statementDetails", UNSET)
        statement_details: list[BillingStatementLine] | Unset = UNSET
        if _statement_details is not UNSET:
            statement_details = []
            for statement_details_item_data in _statement_details:
                statement_details_item = BillingStatementLine.from_dict(statement_details_item_data)

                statement_details.append(statement_details_item)

        billing_statement = cls(
            id=id,
            amount=amount,
            billing_period=billing_period,
            description=description,
            download_link=download_link,
            invoice_date=invoice_date,
            invoice_number=invoice_number,
            payment_status=payment_status,
            payment_date=payment_date,
            statement_details=statement_details,
        )

        billing_statement.additional_properties = d
        return billing_statement

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
