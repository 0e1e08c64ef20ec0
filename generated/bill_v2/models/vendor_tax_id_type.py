from enum import StrEnum


class VendorTaxIdType(StrEnum):
    EIN = "1"
    SSN = "2"

    def __str__(self) -> str:
        return str(self.value)
