from enum import StrEnum


class VirtualCardDisbursementStatus(StrEnum):
    FAILED = "2"
    ISSUED = "1"
    REQUESTED = "0"
    USED = "4"
    VOID = "3"

    def __str__(self) -> str:
        return str(self.value)
