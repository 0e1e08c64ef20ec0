from enum import StrEnum


class ProfileType(StrEnum):
    ACCOUNTANT = "5"
    ADMINISTRATOR = "2"
    APPROVER = "4"
    AUDITOR = "9"
    CLERK = "3"
    CUSTOM = "6"
    PARTNER = "8"
    PAYER = "7"

    def __str__(self) -> str:
        return str(self.value)
