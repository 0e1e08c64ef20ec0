from enum import StrEnum


class BankAccountUpdateOwnerType(StrEnum):
    BUSINESS = "BUSINESS"
    PERSONAL = "PERSONAL"

    def __str__(self) -> str:
        return str(self.value)
