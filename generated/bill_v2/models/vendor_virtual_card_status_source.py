from enum import StrEnum


class VendorVirtualCardStatusSource(StrEnum):
    BILL_OPERATIONS = "0"
    BILL_SYSTEM = "6"
    COMDATA_INFOBURST = "4"
    COMDATA_WEBHOOK = "3"
    CUSTOMER = "8"
    PAYER = "1"
    PROCESSOR = "2"
    VENDOR = "7"
    VENDOR_BUSINESS_PROFILE = "5"

    def __str__(self) -> str:
        return str(self.value)
