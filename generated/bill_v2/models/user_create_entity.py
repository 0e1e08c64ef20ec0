from enum import StrEnum


class UserCreateEntity(StrEnum):
    USER = "User"

    def __str__(self) -> str:
        return str(self.value)
