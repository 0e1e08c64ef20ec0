from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.recurring_invoice_period import RecurringInvoicePeriod
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecurringInvoiceSchedule")


@_attrs_define
class RecurringInvoiceSchedule:
    period: RecurringInvoicePeriod
    frequency: int
    """ How many periods apart the invoices are; MONTHLY with 3 is once a quarter. """
    next_due_date: datetime.date
    """ The due date of the next invoice to issue. """
    end_date: datetime.date | Unset = UNSET
    """ No invoice is due after this date; not before nextDueDate. """
    days_in_advance: int | Unset = UNSET
    """ How many days before its due date each invoice is issued. """

    def to_dict(self) -> dict[str, Any]:
        period = self.period.value

        frequency = self.frequency

        next_due_date = self.next_due_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        days_in_advance = self.days_in_advance

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "period": period,
                "frequency": frequency,
                "nextDueDate": next_due_date,
            }
        )
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if days_in_advance is not UNSET:
            field_dict["daysInAdvance"] = days_in_advance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        period = RecurringInvoicePeriod(d.pop("period"))

        frequency = d.pop("frequency")

        next_due_date = datetime.date.fromisoformat(d.pop("nextDueDate"))

        _end_date = d.pop("endDate", UNSET)
        end_date: datetime.date | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.date.fromisoformat(_end_date)

        days_in_advance = d.pop("daysInAdvance", UNSET)

        recurring_invoice_schedule = cls(
            period=period,
            frequency=frequency,
            next_due_date=next_due_date,
            end_date=end_date,
            days_in_advance=days_in_advance,
        )

        return recurring_invoice_schedule
