from enum import StrEnum


class UserUpdateEntity(StrEnum):
    USER = "User"

    def __str__(self) -> str:
        return str(self.value)
