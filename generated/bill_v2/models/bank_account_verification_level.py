from enum import StrEnum


class BankAccountVerificationLevel(StrEnum):
    NONE = "0"
    RELAXED_FRAUD_CHECKS = "1"
    STRICT_FRAUD_CHECKS = "2"
    VERIFIED = "3"

    def __str__(self) -> str:
        return str(self.value)
