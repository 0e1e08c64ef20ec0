from enum import StrEnum


class PaymentFundingAccountInputType(StrEnum):
    AP_CARD = "AP_CARD"
    BANK_ACCOUNT = "BANK_ACCOUNT"
    CARD_ACCOUNT = "CARD_ACCOUNT"
    WALLET = "WALLET"

    def __str__(self) -> str:
        return str(self.value)
