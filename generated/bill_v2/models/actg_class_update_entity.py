from enum import StrEnum


class ActgClassUpdateEntity(StrEnum):
    ACTGCLASS = "ActgClass"

    def __str__(self) -> str:
        return str(self.value)
