from enum import StrEnum


class BankAccountCreateOwnerType(StrEnum):
    BUSINESS = "BUSINESS"
    PERSONAL = "PERSONAL"

    def __str__(self) -> str:
        return str(self.value)
