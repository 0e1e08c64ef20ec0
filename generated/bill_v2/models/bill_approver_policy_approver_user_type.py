from enum import StrEnum


class BillApproverPolicyApproverUserType(StrEnum):
    APPROVERGROUP = "ApproverGroup"
    USER = "User"

    def __str__(self) -> str:
        return str(self.value)
