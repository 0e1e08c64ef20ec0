from enum import StrEnum


class BankAccountEntity(StrEnum):
    BANKACCOUNT = "BankAccount"

    def __str__(self) -> str:
        return str(self.value)
