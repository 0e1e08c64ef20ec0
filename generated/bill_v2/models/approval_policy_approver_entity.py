from enum import StrEnum


class ApprovalPolicyApproverEntity(StrEnum):
    APPROVALPOLICYAPPROVER = "ApprovalPolicyApprover"

    def __str__(self) -> str:
        return str(self.value)
