from enum import StrEnum


class ActgClassEntity(StrEnum):
    ACTGCLASS = "ActgClass"

    def __str__(self) -> str:
        return str(self.value)
