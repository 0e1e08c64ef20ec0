from enum import StrEnum


class ProfileEntity(StrEnum):
    PROFILE = "Profile"

    def __str__(self) -> str:
        return str(self.value)
