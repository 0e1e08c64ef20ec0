from enum import StrEnum


class ApprovalStatus(StrEnum):
    APPROVED = "4"
    DENIED = "3"
    REROUTED = "2"
    STALE = "6"
    UPCOMING = "5"
    VIEWED = "1"
    WAITING = "0"

    def __str__(self) -> str:
        return str(self.value)
