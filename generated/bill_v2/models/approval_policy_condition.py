from enum import StrEnum


class ApprovalPolicyCondition(StrEnum):
    AND = "1"
    OR = "2"
    PRIORITY_AND = "0"

    def __str__(self) -> str:
        return str(self.value)
