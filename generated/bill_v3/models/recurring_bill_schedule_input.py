from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.recurring_bill_schedule_input_period import RecurringBillScheduleInputPeriod
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecurringBillScheduleInput")


@_attrs_define
class RecurringBillScheduleInput:
    period: RecurringBillScheduleInputPeriod
    frequency: int
    """ How many periods lie between two bills; MONTHLY with 3 means once a quarter. """
    next_due_date: datetime.date
    """ Due date of the next bill. """
    end_date: datetime.date | Unset = UNSET
    """ No bill falls due after this day; not before nextDueDate. """
    days_in_advance: int | Unset = UNSET
    """ How many days before its due date each bill is made. """

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
        period = RecurringBillScheduleInputPeriod(d.pop("period"))

        frequency = d.pop("frequency")

        next_due_date = datetime.date.fromisoformat(d.pop("nextDueDate"))

        _end_date = d.pop("endDate", UNSET)
        end_date: datetime.date | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.date.fromisoformat(_end_date)

        days_in_advance = d.pop("daysInAdvance", UNSET)

        recurring_bill_schedule_input = cls(
            period=period,
            frequency=frequency,
            next_due_date=next_due_date,
            end_date=end_date,
            days_in_advance=days_in_advance,
        )

        return recurring_bill_schedule_input
