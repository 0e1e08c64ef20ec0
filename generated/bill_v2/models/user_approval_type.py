from enum import StrEnum


class UserApprovalType(StrEnum):
    APPROVED = "1"
    DENIED = "2"
    NOT_YET_APPROVED = "0"
    UPCOMING = "3"

    def __str__(self) -> str:
        return str(self.value)
