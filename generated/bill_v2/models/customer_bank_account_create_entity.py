from enum import StrEnum


class CustomerBankAccountCreateEntity(StrEnum):
    CUSTOMERBANKACCOUNT = "CustomerBankAccount"

    def __str__(self) -> str:
        return str(self.value)
