from enum import StrEnum


class ActiveFlag(StrEnum):
    ACTIVE = "1"
    INACTIVE = "2"

    def __str__(self) -> str:
        return str(self.value)
