from enum import StrEnum


class ActgClassCreateEntity(StrEnum):
    ACTGCLASS = "ActgClass"

    def __str__(self) -> str:
        return str(self.value)
