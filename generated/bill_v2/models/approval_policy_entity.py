from enum import StrEnum


class ApprovalPolicyEntity(StrEnum):
    APPROVALPOLICY = "ApprovalPolicy"

    def __str__(self) -> str:
        return str(self.value)
