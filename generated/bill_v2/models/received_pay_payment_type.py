from enum import StrEnum


class ReceivedPayPaymentType(StrEnum):
    ACH = "3"
    CASH = "0"
    CHECK = "1"
    CREDIT_CARD = "2"
    INSTANT_TRANSFER = "6"
    OTHER = "5"
    PAYPAL = "4"
    VIRTUAL_CARD = "7"

    def __str__(self) -> str:
        return str(self.value)
