from enum import StrEnum


class ReceivedPayEntity(StrEnum):
    RECEIVEDPAY = "ReceivedPay"

    def __str__(self) -> str:
        return str(self.value)
