from enum import StrEnum


class VendorPayBy(StrEnum):
    ACH = "1"
    ACH_VERIFIED_NATIONAL_VENDOR = "2"
    CHECK = "0"
    INSTANT_TRANSFER = "11"
    INTERNATIONAL_EPAYMENT = "5"
    OFFLINE = "6"

    def __str__(self) -> str:
        return str(self.value)
