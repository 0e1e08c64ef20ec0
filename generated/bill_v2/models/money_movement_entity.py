from enum import StrEnum


class MoneyMovementEntity(StrEnum):
    MONEYMOVEMENT = "MoneyMovement"

    def __str__(self) -> str:
        return str(self.value)
