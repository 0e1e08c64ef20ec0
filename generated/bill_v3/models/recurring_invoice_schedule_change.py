from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.recurring_invoice_period import RecurringInvoicePeriod
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecurringInvoiceScheduleChange")


@_attrs_define
class RecurringInvoiceScheduleChange:
    period: RecurringInvoicePeriod | Unset = UNSET
    frequency: int | Unset = UNSET
    next_due_date: datetime.date | Unset = UNSET
    end_date: datetime.date | Unset = UNSET
    days_in_advance: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        period: str | Unset = UNSET
        if not isinstance(self.period, Unset):
            period = self.period.value

        frequency = self.frequency

        next_due_date: str | Unset = UNSET
        if not isinstance(self.next_due_date, Unset):
            next_due_date = self.next_due_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        days_in_advance = self.days_in_advance

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if period is not UNSET:
            field_dict["period"] = period
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if next_due_date is not UNSET:
            field_dict["nextDueDate"] = next_due_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if days_in_advance is not UNSET:
            field_dict["daysInAdvance"] = days_in_advance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _period = d.pop("period", UNSET)
        period: RecurringInvoicePeriod | Unset
        if isinstance(_period, Unset):
            period = UNSET
        else:
            period = RecurringInvoicePeriod(_period)

        frequency = d.pop("frequency", UNSET)

        _next_due_date = d.pop("nextDueDate", UNSET)
        next_due_date: datetime.date | Unset
        if isinstance(_next_due_date, Unset):
            next_due_date = UNSET
        else:
            next_due_date = datetime.date.fromisoformat(_next_due_date)

        _end_date = d.pop("endDate", UNSET)
        end_date: datetime.date | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.date.fromisoformat(_end_date)

        days_in_advance = d.pop("daysInAdvance", UNSET)

        recurring_invoice_schedule_change = cls(
            period=period,
            frequency=frequency,
            next_due_date=next_due_date,
            end_date=end_date,
            days_in_advance=days_in_advance,
        )

        return recurring_invoice_schedule_change
