from enum import StrEnum


class LocationEntity(StrEnum):
    LOCATION = "Location"

    def __str__(self) -> str:
        return str(self.value)
