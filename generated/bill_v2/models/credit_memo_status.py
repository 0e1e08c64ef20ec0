from enum import StrEnum


class CreditMemoStatus(StrEnum):
    FULLY_APPLIED = "0"
    NOT_APPLIED = "1"
    PARTIALLY_APPLIED = "2"

    def __str__(self) -> str:
        return str(self.value)
