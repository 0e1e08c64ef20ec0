from enum import StrEnum


class IntlEPaymentDisbursementConfirmStatus(StrEnum):
    FAILED = "2"
    PENDING = "0"
    RETRIEVED = "1"
    WAITING_FOR_SWIFT = "-1"

    def __str__(self) -> str:
        return str(self.value)
