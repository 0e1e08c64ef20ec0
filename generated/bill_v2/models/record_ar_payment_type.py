from enum import StrEnum


class RecordARPaymentType(StrEnum):
    ACH = "3"
    CASH = "0"
    CHECK = "1"
    CREDIT_CARD = "2"
    OTHER = "5"
    PAYPAL = "4"

    def __str__(self) -> str:
        return str(self.value)
