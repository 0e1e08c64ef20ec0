from enum import StrEnum


class SentPayEntity(StrEnum):
    SENTPAY = "SentPay"

    def __str__(self) -> str:
        return str(self.value)
