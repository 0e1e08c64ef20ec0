from enum import StrEnum


class LargeBillerEntity(StrEnum):
    LARGEBILLER = "LargeBiller"

    def __str__(self) -> str:
        return str(self.value)
