from enum import StrEnum


class DisbursementDataPaymentType(StrEnum):
    ACH = "2"
    ACH_VERIFIED_NATIONAL_VENDOR = "1"
    CHECK = "0"
    INSTANT_TRANSFER = "9"
    INTERNATIONAL_EPAYMENT = "5"
    PAYPAL = "3"
    VIRTUAL_CARD = "7"

    def __str__(self) -> str:
        return str(self.value)
