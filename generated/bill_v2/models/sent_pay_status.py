from enum import StrEnum


class SentPayStatus(StrEnum):
    APPROVING = "0"
    CANCELED = "3"
    ESCHEATED = "5"
    PAID = "2"
    SCHEDULED = "1"
    VOID = "4"

    def __str__(self) -> str:
        return str(self.value)
