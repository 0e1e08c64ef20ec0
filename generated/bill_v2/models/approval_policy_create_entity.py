from enum import StrEnum


class ApprovalPolicyCreateEntity(StrEnum):
    APPROVALPOLICY = "ApprovalPolicy"

    def __str__(self) -> str:
        return str(self.value)
