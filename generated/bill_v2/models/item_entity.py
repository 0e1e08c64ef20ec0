from enum import StrEnum


class ItemEntity(StrEnum):
    ITEM = "Item"

    def __str__(self) -> str:
        return str(self.value)
