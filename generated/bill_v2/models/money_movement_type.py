from enum import StrEnum


class MoneyMovementType(StrEnum):
    PAYABLE = "1"
    RECEIVABLE = "2"
    WALLET_FUNDING = "3"
    WALLET_WITHDRAWAL = "4"

    def __str__(self) -> str:
        return str(self.value)
