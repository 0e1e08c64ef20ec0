from enum import StrEnum


class VendorEntity(StrEnum):
    VENDOR = "Vendor"

    def __str__(self) -> str:
        return str(self.value)
