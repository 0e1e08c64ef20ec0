from enum import StrEnum


class VendorBankAccountSource(StrEnum):
    INTL_PROCESSOR_MIGRATION = "6"
    IVA = "3"
    NOT_AVAILABLE = "1"
    USER_CLONED = "5"
    USER_ENTERED = "2"
    VENDOR_PORTAL = "4"

    def __str__(self) -> str:
        return str(self.value)
