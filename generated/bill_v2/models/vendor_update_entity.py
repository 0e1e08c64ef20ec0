from enum import StrEnum


class VendorUpdateEntity(StrEnum):
    VENDOR = "Vendor"

    def __str__(self) -> str:
        return str(self.value)
