from enum import StrEnum


class BillPaymentStatus(StrEnum):
    IN_PROCESS = "6"
    OPEN = "1"
    PAID_IN_FULL = "0"
    PARTIALLY_PAID = "2"
    SCHEDULED = "4"

    def __str__(self) -> str:
        return str(self.value)
