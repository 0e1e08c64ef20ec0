from enum import StrEnum


class VendorBankAccountEntity(StrEnum):
    VENDORBANKACCOUNT = "VendorBankAccount"

    def __str__(self) -> str:
        return str(self.value)
