from enum import StrEnum


class ItemUpdateEntity(StrEnum):
    ITEM = "Item"

    def __str__(self) -> str:
        return str(self.value)
