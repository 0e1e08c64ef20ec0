from enum import StrEnum


class ReceivedPayStatus(StrEnum):
    CANCELED = "3"
    ESCHEATED = "4"
    PAID = "0"
    SCHEDULED = "2"
    VOID = "1"

    def __str__(self) -> str:
        return str(self.value)
