from enum import StrEnum


class ApprovalPolicyUpdateEntity(StrEnum):
    APPROVALPOLICY = "ApprovalPolicy"

    def __str__(self) -> str:
        return str(self.value)
