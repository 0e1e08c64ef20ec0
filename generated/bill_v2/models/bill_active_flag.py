from enum import StrEnum


class BillActiveFlag(StrEnum):
    ACTIVE = "1"
    DELETED_DRAFT = "6"
    DRAFT = "5"
    INACTIVE = "2"

    def __str__(self) -> str:
        return str(self.value)
