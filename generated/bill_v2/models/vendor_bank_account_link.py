from enum import StrEnum


class VendorBankAccountLink(StrEnum):
    LINKED = "1"
    NOT_LINKED = "0"
    NO_BANK_ACCOUNT = "-1"

    def __str__(self) -> str:
        return str(self.value)
