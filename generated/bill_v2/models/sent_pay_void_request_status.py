from enum import StrEnum


class SentPayVoidRequestStatus(StrEnum):
    ACCEPTED = "1"
    ARCHIVED = "4"
    NO_OP = "3"
    REJECTED = "2"
    TO_BE_PROCESSED = "0"

    def __str__(self) -> str:
        return str(self.value)
