from enum import StrEnum


class CardAccountEntity(StrEnum):
    CARDACCOUNT = "CardAccount"

    def __str__(self) -> str:
        return str(self.value)
