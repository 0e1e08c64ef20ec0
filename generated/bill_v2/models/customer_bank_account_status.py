from enum import StrEnum


class CustomerBankAccountStatus(StrEnum):
    BLOCKED = "3"
    EXPIRED = "4"
    INVALID = "5"
    NOT_VERIFIED = "0"
    PENDING = "2"
    VERIFIED = "1"

    def __str__(self) -> str:
        return str(self.value)
