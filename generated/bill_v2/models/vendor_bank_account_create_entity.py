from enum import StrEnum


class VendorBankAccountCreateEntity(StrEnum):
    VENDORBANKACCOUNT = "VendorBankAccount"

    def __str__(self) -> str:
        return str(self.value)
