from enum import StrEnum


class VendorAutoSaveStatus(StrEnum):
    DISABLED = "-1"
    ELIGIBLE = "0"
    ENABLED = "1"

    def __str__(self) -> str:
        return str(self.value)
