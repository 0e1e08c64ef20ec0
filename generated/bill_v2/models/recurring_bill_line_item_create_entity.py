from enum import StrEnum


class RecurringBillLineItemCreateEntity(StrEnum):
    RECURRINGBILLLINEITEM = "RecurringBillLineItem"

    def __str__(self) -> str:
        return str(self.value)
