from enum import StrEnum


class VendorVirtualCardOptOutReason(StrEnum):
    OTHER = "5"
    PAYER_DECLINED = "4"
    VENDOR_CARD_TROUBLE = "3"
    VENDOR_CHARGES_FEES = "1"
    VENDOR_PREFERS_OTHER_METHOD = "2"
    VENDOR_TAKES_NO_CARDS = "0"

    def __str__(self) -> str:
        return str(self.value)
