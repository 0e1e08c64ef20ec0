from enum import StrEnum


class RecurringBillTimePeriod(StrEnum):
    DAY = "0"
    MONTH = "2"
    NONE = "9"
    WEEK = "1"
    YEAR = "3"

    def __str__(self) -> str:
        return str(self.value)
