from enum import StrEnum


class MoneyMovementItemEntity(StrEnum):
    MONEYMOVEMENTITEM = "MoneyMovementItem"

    def __str__(self) -> str:
        return str(self.value)
