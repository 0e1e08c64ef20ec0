from enum import StrEnum


class ApprovalPolicyApproverCreateEntity(StrEnum):
    APPROVALPOLICYAPPROVER = "ApprovalPolicyApprover"

    def __str__(self) -> str:
        return str(self.value)
