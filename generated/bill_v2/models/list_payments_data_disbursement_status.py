from enum import StrEnum


class ListPaymentsDataDisbursementStatus(StrEnum):
    DONE = "3"
    FAILED = "4"
    FX_HOLD = "7"
    HOLD = "6"
    SCHEDULED = "0"
    VOID = "5"

    def __str__(self) -> str:
        return str(self.value)
