from enum import StrEnum


class MoneyMovementStatus(StrEnum):
    CONFIRMED = "1"
    SENT = "0"
    VOIDED = "2"

    def __str__(self) -> str:
        return str(self.value)
