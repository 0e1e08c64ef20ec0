from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.active_flag import ActiveFlag
from ..models.recurring_bill_update_entity import RecurringBillUpdateEntity
from ..models.recurring_bill_update_time_period import RecurringBillUpdateTimePeriod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recurring_bill_line_item_update import RecurringBillLineItemUpdate


T = TypeVar("T", bound="RecurringBillUpdate")


@_attrs_define
class RecurringBillUpdate:
    """A whole recurring bill to write over the stored one."""

    entity: RecurringBillUpdateEntity
    id: str
    vendor_id: str
    time_period: RecurringBillUpdateTimePeriod
    """ 0 day, 1 week, 2 month, 3 year, 9 none. """
    frequency_per_time_period: int
    """ Every how many periods a bill is made (3 with timePeriod 2: every 3 months). """
    next_due_date: datetime.date
    """ Due date of the next bill. """
    days_in_advance: int
    """ How many days before its due date each bill is created; missed dates are caught up. """
    recurring_bill_line_items: list[RecurringBillLineItemUpdate]
    is_active: ActiveFlag | Unset = UNSET
    """ "1" active, "2" inactive (deleted). """
    end_date: datetime.date | Unset = UNSET
    """ No bills after this date. """
    description: str | Unset = UNSET
    remaining_payments: int | Unset = UNSET
    is_recurring_payment: bool | Unset = UNSET
    """ The bills are paid by a recurring payment. """
    bank_account_id: str | Unset = UNSET
    """ Only for some BILL partners. """
    users_id: str | Unset = UNSET
    """ The user (006...) who set it up. """

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.value

        id = self.id

        vendor_id = self.vendor_id

        time_period = self.time_period.value

        frequency_per_time_period = self.frequency_per_time_period

        next_due_date = self.next_due_date.isoformat()

        days_in_advance = self.days_in_advance

        recurring_bill_line_items = []
        for recurring_bill_line_items_item_data in self.recurring_bill_line_items:
            recurring_bill_line_items_item = recurring_bill_line_items_item_data.to_dict()
            recurring_bill_line_items.append(recurring_bill_line_items_item)

        is_active: str | Unset = UNSET
        if not isinstance(self.is_active, Unset):
            is_active = self.is_active.value

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        description = self.description

        remaining_payments = self.remaining_payments

        is_recurring_payment = self.is_recurring_payment

        bank_account_id = self.bank_account_id

        users_id = self.users_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "entity": entity,
                "id": id,
                "vendorId": vendor_id,
                "timePeriod": time_period,
                "frequencyPerTimePeriod": frequency_per_time_period,
                "nextDueDate": next_due_date,
                "daysInAdvance": days_in_advance,
                "recurringBillLineItems": recurring_bill_line_items,
            }
        )
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if description is not UNSET:
            field_dict["description"] = description
        if remaining_payments is not UNSET:
            field_dict["remainingPayments"] = remaining_payments
        if is_recurring_payment is not UNSET:
            field_dict["isRecurringPayment"] = is_recurring_payment
        if bank_account_id is not UNSET:
            field_dict["bankAccountId"] = bank_account_id
        if users_id is not UNSET:
            field_dict["usersId"] = users_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recurring_bill_line_item_update import RecurringBillLineItemUpdate  # noqa: PLC0415

        d = dict(src_dict)
        entity = RecurringBillUpdateEntity(d.pop("entity"))

        id = d.pop("id")

        vendor_id = d.pop("vendorId")

        time_period = RecurringBillUpdateTimePeriod(d.pop("timePeriod"))

        frequency_per_time_period = d.pop("frequencyPerTimePeriod")

        next_due_date = datetime.date.fromisoformat(d.pop("nextDueDate"))

        days_in_advance = d.pop("daysInAdvance")

        recurring_bill_line_items = []
        _recurring_bill_line_items = d.pop("recurringBillLineItems")
        for recurring_bill_line_items_item_data in _recurring_bill_line_items:
            recurring_bill_line_items_item = RecurringBillLineItemUpdate.from_dict(recurring_bill_line_items_item_data)

            recurring_bill_line_items.append(recurring_bill_line_items_item)

        _is_active = d.pop("isActive", UNSET)
        is_active: ActiveFlag | Unset
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = ActiveFlag(_is_active)

        _end_date = d.pop("endDate", UNSET)
        end_date: datetime.date | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.date.fromisoformat(_end_date)

        description = d.pop("description", UNSET)

        remaining_payments = d.pop("remainingPayments", UNSET)

        is_recurring_payment = d.pop("isRecurringPayment", UNSET)

        bank_account_id = d.pop("bankAccountId", UNSET)

        users_id = d.pop("usersId", UNSET)

        recurring_bill_update = cls(
            entity=entity,
            id=id,
            vendor_id=vendor_id,
            time_period=time_period,
            frequency_per_time_period=frequency_per_time_period,
            next_due_date=next_due_date,
            days_in_advance=days_in_advance,
            recurring_bill_line_items=recurring_bill_line_items,
            is_active=is_active,
            end_date=end_date,
            description=description,
            remaining_payments=remaining_payments,
            is_recurring_payment=is_recurring_payment,
            bank_account_id=bank_account_id,
            users_id=users_id,
        )

        return recurring_bill_update
