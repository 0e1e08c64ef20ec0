from enum import StrEnum


class ApprovalPolicyType(StrEnum):
    BILL = "0"
    VENDOR_CREDIT = "1"

    def __str__(self) -> str:
        return str(self.value)
