from enum import StrEnum


class LocationUpdateEntity(StrEnum):
    LOCATION = "Location"

    def __str__(self) -> str:
        return str(self.value)
