from enum import StrEnum


class VendorEBillStatus(StrEnum):
    DELAYED = "3"
    DISABLED = "0"
    ENABLED = "1"
    PENDING = "2"
    SWITCHED_OFF = "4"

    def __str__(self) -> str:
        return str(self.value)
