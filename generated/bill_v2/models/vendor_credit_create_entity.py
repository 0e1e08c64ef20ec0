from enum import StrEnum


class VendorCreditCreateEntity(StrEnum):
    VENDORCREDIT = "VendorCredit"

    def __str__(self) -> str:
        return str(self.value)
