from enum import StrEnum


class ArPaymentType(StrEnum):
    ACH = "ACH"
    CASH = "CASH"
    CHECK = "CHECK"
    CREDIT_CARD = "CREDIT_CARD"
    OTHER = "OTHER"
    PAYPAL = "PAYPAL"

    def __str__(self) -> str:
        return str(self.value)
