from enum import StrEnum


class SentPayFundingType(StrEnum):
    ACH = "2"
    ACH_VERIFIED_NATIONAL_VENDOR = "1"
    AMERICAN_EXPRESS = "6"
    CHECK = "0"
    CREDIT_CARD = "4"
    DEBIT_CARD = "10"
    INSTANT_TRANSFER = "9"
    INTERNATIONAL_EPAYMENT = "5"
    PAYPAL = "3"
    REAL_TIME_PAYMENT = "8"
    VIRTUAL_CARD = "7"

    def __str__(self) -> str:
        return str(self.value)
