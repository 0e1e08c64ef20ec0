from enum import StrEnum


class UserEntity(StrEnum):
    USER = "User"

    def __str__(self) -> str:
        return str(self.value)
