from enum import StrEnum


class VendorStpProcessor(StrEnum):
    NONE = "0"
    PAYMENTUS = "1"

    def __str__(self) -> str:
        return str(self.value)
