from enum import StrEnum


class VendorCreditUpdateEntity(StrEnum):
    VENDORCREDIT = "VendorCredit"

    def __str__(self) -> str:
        return str(self.value)
