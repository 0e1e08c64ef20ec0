from enum import StrEnum


class LargeBillerMaskEntity(StrEnum):
    LARGEBILLERMASK = "LargeBillerMask"

    def __str__(self) -> str:
        return str(self.value)
