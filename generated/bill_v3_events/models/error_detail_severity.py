from enum import StrEnum


class ErrorDetailSeverity(StrEnum):
    ERROR = "ERROR"
    INFORMATION = "INFORMATION"
    WARNING = "WARNING"

    def __str__(self) -> str:
        return str(self.value)
