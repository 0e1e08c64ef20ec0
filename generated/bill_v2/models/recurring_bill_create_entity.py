from enum import StrEnum


class RecurringBillCreateEntity(StrEnum):
    RECURRINGBILL = "RecurringBill"

    def __str__(self) -> str:
        return str(self.value)
