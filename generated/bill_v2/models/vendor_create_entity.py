from enum import StrEnum


class VendorCreateEntity(StrEnum):
    VENDOR = "Vendor"

    def __str__(self) -> str:
        return str(self.value)
