from enum import StrEnum


class CustomerBankAccountEntity(StrEnum):
    CUSTOMERBANKACCOUNT = "CustomerBankAccount"

    def __str__(self) -> str:
        return str(self.value)
