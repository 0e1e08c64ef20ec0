from enum import StrEnum


class RecurringBillEntity(StrEnum):
    RECURRINGBILL = "RecurringBill"

    def __str__(self) -> str:
        return str(self.value)
