from enum import StrEnum


class ErrorDetailCategory(StrEnum):
    APPLICATION = "APPLICATION"
    DOWNSTREAM = "DOWNSTREAM"
    REQUEST = "REQUEST"
    SERVER = "SERVER"

    def __str__(self) -> str:
        return str(self.value)
