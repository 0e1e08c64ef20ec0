from enum import StrEnum


class ItemCreateEntity(StrEnum):
    ITEM = "Item"

    def __str__(self) -> str:
        return str(self.value)
