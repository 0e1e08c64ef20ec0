from enum import StrEnum


class BankAccountVerifyStatus(StrEnum):
    ACH_VERIFIED = "0"
    INSTANT_TRANSFER_APPROVAL_PENDING = "2"
    INSTANT_TRANSFER_CHECK_IN_PROGRESS = "1"
    INSTANT_TRANSFER_VERIFIED = "3"

    def __str__(self) -> str:
        return str(self.value)
