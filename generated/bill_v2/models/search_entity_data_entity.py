from enum import StrEnum


class SearchEntityDataEntity(StrEnum):
    VENDOR = "Vendor"

    def __str__(self) -> str:
        return str(self.value)
