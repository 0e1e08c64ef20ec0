from enum import StrEnum


class BillApprovalStatus(StrEnum):
    APPROVED = "3"
    APPROVING = "4"
    ASSIGNED = "1"
    DENIED = "5"
    UNASSIGNED = "0"

    def __str__(self) -> str:
        return str(self.value)
