from enum import StrEnum


class EventVersion(StrEnum):
    V1 = "1"

    def __str__(self) -> str:
        return str(self.value)
