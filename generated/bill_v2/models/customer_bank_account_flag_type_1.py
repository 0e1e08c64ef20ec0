from enum import StrEnum


class CustomerBankAccountFlagType1(StrEnum):
    FALSE = "false"
    TRUE = "true"

    def __str__(self) -> str:
        return str(self.value)
