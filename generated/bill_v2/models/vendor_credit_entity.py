from enum import StrEnum


class VendorCreditEntity(StrEnum):
    VENDORCREDIT = "VendorCredit"

    def __str__(self) -> str:
        return str(self.value)
