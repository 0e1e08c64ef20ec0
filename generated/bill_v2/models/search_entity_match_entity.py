from enum import StrEnum


class SearchEntityMatchEntity(StrEnum):
    VENDOR = "Vendor"

    def __str__(self) -> str:
        return str(self.value)
