from enum import StrEnum


class BillApprovalActionAction(StrEnum):
    APPROVE = "APPROVE"
    DENY = "DENY"

    def __str__(self) -> str:
        return str(self.value)
