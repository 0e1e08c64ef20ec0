from enum import StrEnum


class BillPayPaymentType(StrEnum):
    ONLINE = "0"
    OTHER = "1"

    def __str__(self) -> str:
        return str(self.value)
