from enum import StrEnum


class SentPayPaymentType(StrEnum):
    ACH = "1"
    ACH_VERIFIED_NATIONAL_VENDOR = "2"
    AMERICAN_EXPRESS = "6"
    CHECK = "0"
    CREDIT_CARD = "12"
    INSTANT_TRANSFER = "11"
    INTERNATIONAL_EPAYMENT = "5"
    OTHER = "4"
    PAYPAL = "3"
    VIRTUAL_CARD = "7"

    def __str__(self) -> str:
        return str(self.value)
