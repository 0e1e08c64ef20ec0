from enum import StrEnum


class LocationCreateEntity(StrEnum):
    LOCATION = "Location"

    def __str__(self) -> str:
        return str(self.value)
