from enum import StrEnum


class BillPayPaymentStatus(StrEnum):
    CANCELED = "3"
    PAID = "2"
    SCHEDULED = "1"
    VOID = "4"

    def __str__(self) -> str:
        return str(self.value)
